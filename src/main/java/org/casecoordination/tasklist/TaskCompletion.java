package org.casecoordination.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.casecoordination.casefile.CareCase;

/** A task being completed: the case it belongs to, the accepted values and who completes it. */
public record TaskCompletion(CareCase careCase, DelegateTask task, Map<String, Object> values, String completedBy) {

    public Object value(String key) {
        return values.get(key);
    }

    public void setProcessVariable(String name, Object value) {
        task.getExecution().setVariable(name, value);
    }
}
