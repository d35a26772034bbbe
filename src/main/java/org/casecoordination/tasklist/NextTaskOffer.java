package org.casecoordination.tasklist;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.casecoordination.system.Dates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a task is completed, the next open task of the same case that the person may work on (theirs, or offered
 * to one of their groups and not claimed): one click on instead of finding the case again. The soonest due first.
 */
@Component
class NextTaskOffer {

    /** What the page offers: "Next for Ruth Finch: Assess needs, due tomorrow". */
    record NextTask(String taskId, String taskName, String clientName, Due due) implements Serializable {
    }

    /** When the offered task is due, in words the page looks up (tasks.next.due.*). */
    record Due(String kind, LocalDate day) implements Serializable {

        static Due of(Date due, LocalDate today, ZoneId zone) {
            if (due == null) {
                return new Due("none", null);
            }
            LocalDate day = due.toInstant().atZone(zone).toLocalDate();
            String kind = due.toInstant().isBefore(Instant.now()) ? "overdue"
                    : day.equals(today) ? "today" : day.equals(today.plusDays(1)) ? "tomorrow" : "on";
            return new Due(kind, day);
        }
    }

    private final TaskService taskService;
    private final CaseFileService caseFiles;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private final ActivityNames activityNames;

    NextTaskOffer(TaskService taskService, CaseFileService caseFiles, CurrentUser currentUser,
            Dates dates, ActivityNames activityNames) {
        this.activityNames = activityNames;
        this.taskService = taskService;
        this.caseFiles = caseFiles;
        this.currentUser = currentUser;
        this.zone = dates.zone();
    }

    @Transactional(readOnly = true) // the client's name is read lazily
    public Optional<NextTask> after(String completedTaskId, String caseNumber) {
        String me = currentUser.id();
        List<String> groups = currentUser.groups();
        Optional<Task> next = caseFiles.openTasks(caseNumber).stream()
                .filter(task -> !task.getId().equals(completedTaskId))
                .filter(task -> me.equals(task.getAssignee()) || task.getAssignee() == null && offeredTo(task, me, groups))
                .min(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Comparator.comparingInt(Task::getPriority).reversed()));
        return next.map(task -> new NextTask(task.getId(), activityNames.of(task),
                caseFiles.find(caseNumber).getClient().fullName(),
                Due.of(task.getDueDate(), LocalDate.now(zone), zone)));
    }

    private boolean offeredTo(Task task, String me, List<String> groups) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> me.equals(link.getUserId())
                        || link.getGroupId() != null && groups.contains(link.getGroupId()));
    }
}
