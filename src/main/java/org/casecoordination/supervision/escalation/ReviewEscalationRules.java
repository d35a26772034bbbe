package org.casecoordination.supervision.escalation;

import static org.casecoordination.casefile.TimelineText.Words.label;
import static org.casecoordination.casefile.TimelineText.Words.person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.People;
import org.casecoordination.supervision.calendar.BusinessCalendar;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.casecoordination.tasklist.TaskValidationException;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A supervisor's decision on an overdue task: reassign it to a coordinator of the case's team, extend its due
 * date (the ladder's timers are computed from the new date), or take it over. Only a supervisor of the case's
 * team completes it; the decision and reason go on the case timeline, a new assignee gets a notice.
 */
@Component
class ReviewEscalationRules implements CompletionRules {

    static final String REASSIGN = "REASSIGN";
    static final String EXTEND = "EXTEND";
    static final String TAKE_OVER = "TAKE_OVER";

    private final LateTasks lateTasks;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final Notices notices;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;
    private final People people;
    private final ReviewEscalationWords reviewWords;
    private final Words words;

    ReviewEscalationRules(LateTasks lateTasks, TaskService taskService, IdentityService identityService,
            AsApplication asApplication, CaseRepository cases, CaseTimeline timeline, Notices notices,
            CurrentUser currentUser, BusinessCalendar calendar, People people, ReviewEscalationWords reviewWords,
            Words words) {
        this.lateTasks = lateTasks;
        this.taskService = taskService;
        this.identityService = identityService;
        this.asApplication = asApplication;
        this.cases = cases;
        this.timeline = timeline;
        this.notices = notices;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.people = people;
        this.reviewWords = reviewWords;
        this.words = words;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_REVIEW_ESCALATION;
    }

    @Override
    public List<FieldError> check(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        if (!currentUser.isEngineWork() && !currentUser.groups().contains(Groups.SUPERVISORS)) {
            errors.add(new FieldError(null, words.text("escalation.error.onlySupervisor")));
        }
        if (EXTEND.equals(values.get(Variables.ESCALATION_DECISION))) {
            LocalDate until = date(values.get("extendUntil"));
            if (until == null) {
                errors.add(new FieldError("extendUntil", words.text("escalation.error.noDate")));
            } else if (!calendar.closeOf(until).isAfter(ClockUtil.getCurrentTime().toInstant())) {
                errors.add(new FieldError("extendUntil", words.text("escalation.error.past")));
            } else if (!calendar.isBusinessDay(until)) {
                errors.add(new FieldError("extendUntil", words.text("escalation.error.notWorkingDay")));
            }
        }
        return errors;
    }

    /** Names what is late and since when, for the supervisor's list, and puts the escalation on the timeline. */
    @EventListener
    @Order(TaskCreateOrder.REVIEW_ESCALATION)
    public void onEscalated(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || !CaseLifecycleProcess.TASK_REVIEW_ESCALATION.equals(task.getTaskDefinitionKey())) {
            return;
        }
        Task late = lateTasks.of(task.getExecution()).orElse(null);
        if (late == null) {
            return;
        }
        Duration by = Duration.between(late.getDueDate().toInstant(), ClockUtil.getCurrentTime().toInstant());
        // the engine keeps one name and description for every reader: English, like the diagram's task names;
        // the facts stay on the task so the app's pages say the same in each reader's language
        task.setName(reviewWords.name(Locale.ENGLISH, late.getName()));
        task.setDescription(reviewWords.description(Locale.ENGLISH, late.getName(), by, late.getDueDate(),
                late.getAssignee()));
        task.setVariableLocal(ReviewEscalationWords.LATE_HOURS, Math.max(0, by.toHours()));
        task.setVariableLocal(ReviewEscalationWords.LATE_DUE, late.getDueDate());
        if (late.getAssignee() != null) {
            task.setVariableLocal(ReviewEscalationWords.LATE_ASSIGNEE, late.getAssignee());
        }
        cases.findByCaseNumber(task.getExecution().getProcessBusinessKey()).ifPresent(careCase -> {
            timeline.record(careCase, TimelineKind.TASK_ESCALATED, "timeline.escalation.raised", late,
                    late.getDueDate().toInstant(),
                    late.getAssignee() == null ? label("timeline", "inTeamQueue") : person(late.getAssignee()));
            // urgent: the team's supervisors hear of it at once, by email too, whatever their settings
            supervisorsOf(careCase.getTeam()).forEach(supervisor -> notices.sendUrgent(supervisor,
                    careCase.getCaseNumber(), task.getId(), TimelineText.of("notice.escalation.raised", late,
                            late.getDueDate().toInstant())));
        });
    }

    private List<String> supervisorsOf(String team) {
        return asApplication.run(() -> {
            java.util.Set<String> supervisors = identityService.createUserQuery().memberOfGroup(Groups.SUPERVISORS)
                    .list().stream().map(org.camunda.bpm.engine.identity.User::getId)
                    .collect(java.util.stream.Collectors.toSet());
            return identityService.createUserQuery().memberOfGroup(team).list().stream()
                    .map(org.camunda.bpm.engine.identity.User::getId).filter(supervisors::contains).sorted().toList();
        });
    }

    @Override
    public void apply(TaskCompletion completion) {
        CareCase careCase = completion.careCase();
        Task late = lateTasks.of(completion.task().getExecution()).orElse(null);
        String reason = String.valueOf(completion.value("escalationReason"));
        String decision = String.valueOf(completion.value(Variables.ESCALATION_DECISION));
        if (late == null) {
            timeline.record(careCase, TimelineKind.ESCALATION_DECIDED, "timeline.escalation.alreadyDone", reason);
            return;
        }
        switch (decision) {
            case REASSIGN -> {
                String to = String.valueOf(completion.value("reassignTo")).trim();
                if (!isCoordinatorOf(to, careCase.getTeam())) {
                    throw new TaskValidationException(List.of(new FieldError("reassignTo",
                            words.text("escalation.error.notCoordinator", people.teamName(careCase.getTeam())))));
                }
                assign(late, to);
                notices.send(to, careCase.getCaseNumber(), late.getId(), TimelineText.of(
                        "notice.escalation.reassigned", late, person(completion.completedBy()), reason));
                timeline.record(careCase, TimelineKind.ESCALATION_DECIDED, "timeline.escalation.reassigned",
                        late, person(to), reason);
            }
            case EXTEND -> {
                Instant due = calendar.closeOf(date(completion.value("extendUntil")));
                asApplication.run(() -> {
                    taskService.setDueDate(late.getId(), Date.from(due));
                    return null;
                });
                timeline.record(careCase, TimelineKind.ESCALATION_DECIDED, "timeline.escalation.extended",
                        late, due, reason);
            }
            case TAKE_OVER -> {
                assign(late, completion.completedBy());
                timeline.record(careCase, TimelineKind.ESCALATION_DECIDED, "timeline.escalation.takenOver",
                        late, person(completion.completedBy()), reason);
            }
            default -> throw new TaskValidationException(List.of(new FieldError(Variables.ESCALATION_DECISION,
                    words.text("escalation.error.noDecision"))));
        }
    }

    private void assign(Task late, String to) {
        asApplication.run(() -> {
            taskService.setAssignee(late.getId(), to);
            return null;
        });
    }

    private boolean isCoordinatorOf(String userId, String team) {
        return asApplication.run(() -> identityService.createUserQuery().userId(userId).memberOfGroup(team)
                .count() == 1 && identityService.createUserQuery().userId(userId)
                .memberOfGroup(Groups.COORDINATORS).count() == 1);
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
