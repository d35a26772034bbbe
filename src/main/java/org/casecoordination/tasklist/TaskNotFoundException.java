package org.casecoordination.tasklist;

public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskId) {
        super("This task no longer exists: someone may have completed it already.");
    }
}
