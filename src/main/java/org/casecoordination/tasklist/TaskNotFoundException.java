package org.casecoordination.tasklist;

import org.casecoordination.system.GoneException;

public class TaskNotFoundException extends GoneException {

    public TaskNotFoundException(String taskId) {
        super("This task no longer exists: someone may have completed it already.", "/tasks");
    }
}
