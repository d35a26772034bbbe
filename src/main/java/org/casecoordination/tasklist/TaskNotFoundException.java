package org.casecoordination.tasklist;

import org.casecoordination.system.Explained;
import org.casecoordination.system.GoneException;

public class TaskNotFoundException extends GoneException implements Explained {

    public TaskNotFoundException(String taskId) {
        super("This task no longer exists: someone may have completed it already.", "/tasks");
    }

    @Override
    public String messageKey() {
        return "errors.taskGone";
    }
}
