package org.casecoordination.tasklist.prefill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.casecoordination.tasklist.TaskFormCheck;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new task whose form declares prefilled fields gets the earlier answers as its own variables, under the fields'
 * keys: Camunda Tasklist fills a Camunda Form's fields from the variables of the same key, so it opens with the
 * same values as this app's page. Task variables go with the task; outside the data contract they never reach the
 * engine's history (ContractOnlyVariableHistory), and completing the task removes them (TaskRecordListener).
 */
@Component
class PrefillVariables {

    private final TaskFormCheck formCheck;
    private final CaseRepository cases;
    private final EarlierAnswers earlierAnswers;
    private final ObjectMapper json = new ObjectMapper();

    PrefillVariables(TaskFormCheck formCheck, CaseRepository cases, EarlierAnswers earlierAnswers) {
        this.formCheck = formCheck;
        this.cases = cases;
        this.earlierAnswers = earlierAnswers;
    }

    @EventListener
    @Order(TaskCreateOrder.PREFILL)
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getExecution() == null
                || task.getExecution().getProcessBusinessKey() == null) {
            return;
        }
        FormDefinition form = formCheck.formOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .orElse(null);
        if (form == null || form.fields().stream().noneMatch(field -> field.prefill() != null)) {
            return;
        }
        cases.lookUp(task.getExecution().getProcessBusinessKey()).ifPresent(careCase -> earlierAnswers
                .of(careCase, form, task::getVariable).forEach((key, answer) -> {
                    if (!answer.isEmpty()) {
                        task.setVariableLocal(key, answer.value() instanceof List<?> list ? jsonList(list)
                                : answer.value());
                    }
                }));
    }

    /** A checklist's value as Tasklist submits it too: a JSON list (a Java list would be stored serialized). */
    private Object jsonList(List<?> list) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(list)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a prefilled list cannot be written", e);
        }
    }
}
