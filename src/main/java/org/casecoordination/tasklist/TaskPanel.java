package org.casecoordination.tasklist;

import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFile;
import org.springframework.ui.Model;

/**
 * A part of the task page that another module contributes beside the form (the assessment's instruments, the
 * service plan's suggestions): the task list composes the page from every {@code TaskPanel} bean without
 * importing the modules that make them. A panel that has nothing for this task adds its attribute as null.
 */
public interface TaskPanel {

    /** Adds this panel's attributes to the model of the task page for this task of this case. */
    void addTo(Task task, CaseFile caseFile, Model model);
}
