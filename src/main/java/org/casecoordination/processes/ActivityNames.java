package org.casecoordination.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.casecoordination.security.AsApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names of tasks, activities and processes in the reader's language, from the names file deployed beside the
 * diagram ({@code processes/<diagram>.<language>.json}, see {@link DiagramTranslation}). A task of an old process
 * version reads its version's names: each process definition is read once, as deployments never change. The
 * diagram's own name is the answer whenever there is no other: for its own language, an element without a
 * translation, a name changed at run time ("Overdue: Assess needs") unless the module that changed it says how it
 * reads ({@link RunTimeTaskWords}). Task descriptions (the diagrams' documentation of user tasks) likewise. Templates call it as {@code @activityNames}.
 */
@Component("activityNames")
public class ActivityNames {

    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final AsApplication asApplication;
    private final List<ActivityNameValues> values;
    private final List<RunTimeTaskWords> runTimeWords;
    private final Map<String, Names> byDefinition = new ConcurrentHashMap<>();
    private final NamedParameterJdbcTemplate jdbc;
    /** The engine's execution table with its configured prefix, asked once. */
    private volatile String executionTable;

    public ActivityNames(RepositoryService repositoryService, ManagementService managementService, HistoryService historyService, AsApplication asApplication,
            List<ActivityNameValues> values, List<RunTimeTaskWords> runTimeWords, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.asApplication = asApplication;
        this.values = List.copyOf(values);
        this.runTimeWords = List.copyOf(runTimeWords);
    }

    /** A task's name in the request's language. */
    public String of(Task task) {
        return task == null ? null : name(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
    }

    /**
     * A task's description in the request's language: the names file's words for the diagram's documentation; a
     * description set at run time (a supervisor's comment on a returned closure) as the engine has it.
     */
    public String descriptionOf(Task task) {
        if (task == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return runTimeWords.stream().map(words -> words.description(task, locale,
                        english -> byOwnName(task.getProcessDefinitionId(), english, locale)))
                .flatMap(java.util.Optional::stream).findFirst()
                .orElseGet(() -> description(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                        task.getDescription(), locale));
    }

    public String description(String processDefinitionId, String taskId, String shown, Locale locale) {
        if (processDefinitionId == null || taskId == null || locale == null || shown == null) {
            return shown;
        }
        Names names = byDefinition.computeIfAbsent(processDefinitionId, this::load);
        String translated = names.translatedDescriptions().getOrDefault(locale.getLanguage(), Map.of()).get(taskId);
        return translated != null && UserTaskDescriptions.same(names.ownDescriptions().get(taskId), shown)
                ? translated : shown;
    }

    /** An activity's (or a process's, by its key) name in the request's language; {@code shown} as the engine has it. */
    public String name(String processDefinitionId, String activityId, String shown) {
        return name(processDefinitionId, activityId, shown, LocaleContextHolder.getLocale());
    }

    /**
     * The process version of each of these tasks, which may be completed (a case's records of them), for
     * {@link #name(String, String, String)}: read from the history, which keeps it after the task is gone. One query
     * for all of a case page's records, not one per record; an id the history does not know is left out.
     */
    public Map<String, String> definitionsOfCompletedTasks(Collection<String> taskIds) {
        List<String> ids = taskIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        // a native query: HistoricTaskInstanceQuery takes one task id only; the lookup was the application's before
        // (no read check), as native queries are
        StringBuilder sql = new StringBuilder("select RES.* from ")
                .append(managementService.getTableName(HistoricTaskInstance.class)).append(" RES where RES.ID_ in (");
        var query = historyService.createNativeHistoricTaskInstanceQuery();
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
            query.parameter("id" + i, ids.get(i));
        }
        Map<String, String> definitions = new HashMap<>();
        query.sql(sql.append(')').toString()).list().stream().filter(task -> task.getProcessDefinitionId() != null)
                .forEach(task -> definitions.put(task.getId(), task.getProcessDefinitionId()));
        return definitions;
    }

    /** A process definition's name in the request's language. */
    public String processName(ProcessDefinition definition) {
        return definition == null ? null : name(definition.getId(), definition.getKey(), definition.getName());
    }

    public String name(String processDefinitionId, String activityId, String shown, Locale locale) {
        if (processDefinitionId == null || activityId == null || locale == null) {
            return shown;
        }
        if (shown != null) {
            java.util.Optional<String> runTime = runTimeWords.stream().map(words -> words.name(activityId, shown,
                    locale, english -> byOwnName(processDefinitionId, english, locale)))
                    .flatMap(java.util.Optional::stream).findFirst();
            if (runTime.isPresent()) {
                return runTime.get();
            }
        }
        Names names = byDefinition.computeIfAbsent(processDefinitionId, this::load);
        String own = names.own().get(activityId);
        String translated = names.translated().getOrDefault(locale.getLanguage(), Map.of()).get(activityId);
        if (own == null || translated == null) {
            return shown != null ? shown : own;
        }
        return fill(own, translated, shown == null ? own : shown, locale);
    }

    /** The name of the diagram's activity called {@code english} (the diagram's own words), in that language. */
    private String byOwnName(String processDefinitionId, String english, Locale locale) {
        Names names = byDefinition.computeIfAbsent(processDefinitionId, this::load);
        return names.own().entrySet().stream().filter(entry -> entry.getValue().equals(english)).findFirst()
                .map(entry -> name(processDefinitionId, entry.getKey(), english, locale)).orElse(english);
    }

    /**
     * The process definition of each of these process instances, for lists that keep only the instance (the
     * task list's read model): one query for a page.
     */
    public Map<String, String> definitionsOf(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        // one statement by primary key for the page, two columns: the version only names the rows the read model
        // already chose for the reader (the application's lookup, no read check). The engine's native query did
        // the same in a command of its own, mapping whole executions: 8 % of a list page's CPU (benchmarks.md).
        String table = executionTable;
        if (table == null) {
            table = managementService.getTableName(Execution.class);
            executionTable = table;
        }
        Map<String, String> definitions = new HashMap<>();
        jdbc.query("select ID_, PROC_DEF_ID_ from " + table + " where ID_ in (:ids)",
                Map.of("ids", List.copyOf(processInstanceIds)),
                (java.sql.ResultSet rs) -> {
                    definitions.put(rs.getString(1), rs.getString(2));
                });
        return definitions;
    }

    /**
     * The translation with the values the engine filled into the diagram's name ({@code Select provider – Home
     * care} against {@code Select provider – ${serviceLabel}}) put in its place, each in the reader's language.
     * A name that does not read as the diagram's (changed at run time) stays as it is.
     */
    private String fill(String own, String translated, String shown, Locale locale) {
        Matcher expressions = DiagramTranslation.expressionPattern().matcher(own);
        StringBuilder pattern = new StringBuilder();
        List<String> variables = new ArrayList<>();
        int end = 0;
        while (expressions.find()) {
            pattern.append(Pattern.quote(own.substring(end, expressions.start()))).append("(.*?)");
            variables.add(expressions.group(1).strip());
            end = expressions.end();
        }
        pattern.append(Pattern.quote(own.substring(end)));
        Matcher shownParts = Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(shown);
        if (!shownParts.matches()) {
            return shown;
        }
        Map<String, String> filled = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            filled.put(variables.get(i), inLanguage(variables.get(i), shownParts.group(i + 1), locale));
        }
        Matcher slots = DiagramTranslation.expressionPattern().matcher(translated);
        StringBuilder result = new StringBuilder();
        while (slots.find()) {
            String value = filled.getOrDefault(slots.group(1).strip(), slots.group());
            slots.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        slots.appendTail(result);
        return result.toString();
    }

    private String inLanguage(String variable, String value, Locale locale) {
        return values.stream().map(words -> words.inLanguage(variable, value, locale))
                .flatMap(java.util.Optional::stream).findFirst().orElse(value);
    }

    /**
     * @param own element id → the diagram's name; @param translated language → element id → name; the same for
     * the user tasks' descriptions
     */
    private record Names(Map<String, String> own, Map<String, Map<String, String>> translated,
            Map<String, String> ownDescriptions, Map<String, Map<String, String>> translatedDescriptions) {
    }

    private Names load(String processDefinitionId) {
        return asApplication.run(() -> {
            ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
            Map<String, String> own = new HashMap<>();
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String name = element instanceof Process process ? process.getName()
                        : element instanceof Activity activity ? activity.getName() : null;
                if (element.getId() != null && name != null) {
                    own.put(element.getId(), name);
                }
            }
            Map<String, Map<String, String>> translatedDescriptions = new HashMap<>();
            return new Names(own, translations(definition, translatedDescriptions),
                    UserTaskDescriptions.of(model), translatedDescriptions);
        });
    }

    private Map<String, Map<String, String>> translations(ProcessDefinition definition,
            Map<String, Map<String, String>> descriptions) {
        String resource = definition.getResourceName();
        String diagram = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.bpmn(20\\.xml)?$", "");
        Map<String, Map<String, String>> translated = new HashMap<>();
        for (String name : repositoryService.getDeploymentResourceNames(definition.getDeploymentId())) {
            DiagramTranslation.FileName fileName = name.startsWith("processes/")
                    ? DiagramTranslation.FileName.of(name) : null;
            if (fileName == null || !fileName.diagram().equals(diagram)) {
                continue;
            }
            try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), name)) {
                DiagramTranslation names = DiagramTranslation.parse(in.readAllBytes(), name);
                translated.put(names.language(), names.names());
                descriptions.put(names.language(), names.descriptions());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DiagramTranslation.InvalidDiagramTranslation unchecked) {
                // deployed past the app's checks (straight into the engine): the diagram's own names then
            }
        }
        return translated;
    }
}
