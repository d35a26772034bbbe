package org.casecoordination.processes.guard;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a deployed diagram, decision or form may reach beyond its process variables: the beans made for
 * diagrams with the methods each offers, the engine's own names, read-only, and a few methods on plain values.
 * Nothing else resolves, at deployment (the checks refuse the file) or at run time (the engine's expression
 * manager refuses the call). Adding a bean or a method here is a code change, reviewed like code: the analysts'
 * guide (docs/analysts.md) lists the same names.
 */
public final class DiagramBeanList {

    /**
     * Bean name → methods an expression may call on it. Delegates and listeners have none: the engine calls
     * them ({@code camunda:delegateExpression="${sendReferralDelegate}"}), an expression only names them.
     */
    static final Map<String, Set<String>> BEANS = Map.ofEntries(
            Map.entry("slaDueDates", Set.of("intake", "assessment", "servicePlan", "followUp", "reassessment",
                    "closure", "reviewEscalation", "referralAnswer")),
            Map.entry("latestResults", Set.of("score", "band", "safetyFlag", "positiveDomains",
                    "instrumentsGiven")),
            Map.entry("teamSupervisors", Set.of("of")),
            Map.entry("onCallRoster", Set.of("now")),
            Map.entry("lateTasks", Set.of("isLate", "escalationTime", "dueDate")),
            Map.entry("sendReferralDelegate", Set.of()),
            Map.entry("emailReferralDelegate", Set.of()),
            Map.entry("textMessageDelegate", Set.of()),
            Map.entry("serviceLabelListener", Set.of()),
            Map.entry("overdueReminder", Set.of()),
            Map.entry("lateTaskWithdrawal", Set.of()),
            Map.entry("acuityDecided", Set.of()),
            // processes/client-reminder.bpmn: the timers' moments, the messages a reminder wrote, its two steps
            Map.entry("reminderTimes", Set.of("dayBefore", "before", "announcesAcceptance", "hasTimeOfDay")),
            Map.entry("reminderMessages", Set.of("ids")),
            Map.entry("writeReminderDelegate", Set.of()),
            Map.entry("sendReminderDelegate", Set.of()),
            Map.entry("reminderWithdrawal", Set.of()));

    /**
     * The engine's names in an expression: the execution or task at hand and the current user. Other names
     * the engine knows (variableScope, externalTask) are left out on purpose: nothing here needs them.
     */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");

    /** The engine's functions ({@code ${dateTime().plusDays(2).toDate()}}, Spin's {@code S(json)}). */
    static final Set<String> FUNCTIONS = Set.of("dateTime", "now", "currentUser", "currentUserGroups", "S", "JSON");

    /**
     * What an expression may read from {@code execution} or {@code task}, as a method or a property
     * ({@code execution.processBusinessKey}): variables, ids and names. No setter, no engine services.
     */
    static final Set<String> ENGINE_READS = Set.of("getVariable", "getVariableLocal", "hasVariable",
            "hasVariableLocal", "getId", "getProcessInstanceId", "getProcessDefinitionId", "getProcessBusinessKey",
            "getBusinessKey", "getActivityInstanceId", "getCurrentActivityId", "getCurrentActivityName",
            "getEventName", "getTenantId", "getName", "getAssignee", "getOwner", "getTaskDefinitionKey",
            "getDueDate", "getFollowUpDate", "getPriority", "getCreateTime", "getExecutionId", "getDescription");

    /**
     * Methods on values (a variable, a bean's answer, a function's result), by the value's type at run time.
     * At deployment the type is unknown, so any of these names passes there.
     */
    static final Map<Class<?>, Set<String>> VALUE_METHODS = Map.of(
            String.class, Set.of("length", "isEmpty", "isBlank", "contains", "startsWith", "endsWith", "equals",
                    "equalsIgnoreCase", "toLowerCase", "toUpperCase", "trim", "strip", "substring", "indexOf"),
            java.util.Collection.class, Set.of("size", "isEmpty", "contains"),
            java.util.Map.class, Set.of("size", "isEmpty", "containsKey", "get"),
            Number.class, Set.of("intValue", "longValue", "doubleValue"),
            java.util.Date.class, Set.of("getTime", "before", "after"),
            org.joda.time.DateTime.class, Set.of("plusMinutes", "plusHours", "plusDays", "plusWeeks", "plusMonths",
                    "plusYears", "minusMinutes", "minusHours", "minusDays", "minusWeeks", "minusMonths",
                    "minusYears", "toDate", "isBefore", "isAfter", "isBeforeNow", "isAfterNow",
                    "withTimeAtStartOfDay"),
            org.camunda.spin.json.SpinJsonNode.class, Set.of("prop", "hasProp", "elements", "fieldNames",
                    "stringValue", "numberValue", "boolValue", "isNull", "isString", "isNumber", "isBoolean",
                    "isArray", "isObject", "isValue"));

    static boolean isBean(String name) {
        return BEANS.containsKey(name);
    }

    static Set<String> methodsOf(String bean) {
        return BEANS.getOrDefault(bean, Set.of());
    }

    /** Whether some value type offers this method: what the check at deployment can know. */
    static boolean isValueMethod(String method) {
        return VALUE_METHODS.values().stream().anyMatch(methods -> methods.contains(method));
    }

    /** The methods a value of this type offers to expressions, if any. */
    static Optional<Set<String>> valueMethodsOf(Class<?> type) {
        return VALUE_METHODS.entrySet().stream().filter(entry -> entry.getKey().isAssignableFrom(type))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The getter a property read such as {@code execution.processBusinessKey} calls. */
    static Set<String> gettersOf(String property) {
        if (property.isEmpty()) {
            return Set.of();
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return Set.of("get" + capitalised, "is" + capitalised);
    }

    /** The names in this list, for the analysts' guide test and error messages. */
    public static Set<String> beanNames() {
        return BEANS.keySet();
    }

    private DiagramBeanList() {
    }
}
