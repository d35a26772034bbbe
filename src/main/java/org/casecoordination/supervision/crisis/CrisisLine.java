package org.casecoordination.supervision.crisis;

import java.util.ArrayList;
import org.casecoordination.casefile.TimelineText;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlagRepository;
import org.casecoordination.casefile.CaseFlagsChanged;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.supervision.notice.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports a crisis on an open case: the report goes into the case record (what was said, by whom, the number to
 * call back) and on the timeline, the case carries a red CRISIS flag until the response is recorded, the process
 * starts "Respond to crisis" for whoever is on call (due within the hour at any time of any day), and the people
 * responsible get an urgent notice.
 */
@Service
public class CrisisLine {

    /** The open crisis task's read-only copy of the report, for Camunda Tasklist's form (never in history). */
    public static final String TASK_COPY_VARIABLE = "crisisReport";
    /** A CRISIS flag's reason: what raised it, in plain words, never the client's. */
    static final String FLAG_REASON = "Crisis call";

    private static final Logger log = LoggerFactory.getLogger(CrisisLine.class);

    private final CaseFileService caseFiles;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final AsApplication asApplication;
    private final CrisisRecordRepository records;
    private final CaseFlagRepository flags;
    private final CurrentUser currentUser;
    private final CrisisRecipients recipients;
    private final Notices notices;
    private final CrisisWords words;
    private final ApplicationEventPublisher events;

    CrisisLine(CaseFileService caseFiles, CaseTimeline timeline, RuntimeService runtimeService,
            TaskService taskService, AsApplication asApplication, CrisisRecordRepository records,
            CaseFlagRepository flags, CurrentUser currentUser, CrisisRecipients recipients, Notices notices,
            CrisisWords words, ApplicationEventPublisher events) {
        this.caseFiles = caseFiles;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.asApplication = asApplication;
        this.records = records;
        this.flags = flags;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.notices = notices;
        this.words = words;
        this.events = events;
    }

    /** Where the new task went; a closed case (or one whose process has ended) is a conflict. */
    @Transactional
    public CrisisRouted report(String caseNumber, CrisisReport report) {
        CareCase careCase = caseFiles.find(caseNumber);
        if (careCase.isClosed()) {
            throw new CaseConflictException("Case " + caseNumber + " is closed; reopen it or open a new referral.");
        }
        timeline.record(careCase, TimelineKind.CRISIS_REPORTED, summary(report));
        CrisisRecord record = records.save(new CrisisRecord(careCase, report, currentUser.id()));
        if (flags.findFirstByCareCaseIdAndKindAndResolvedAtIsNull(careCase.getId(), CaseFlag.Kind.CRISIS).isEmpty()) {
            flags.save(new CaseFlag(careCase, CaseFlag.Kind.CRISIS, FLAG_REASON, currentUser.id()));
        }
        events.publishEvent(new CaseFlagsChanged(careCase.getId(), careCase.getCaseNumber()));
        Set<String> before = crisisTasks(careCase).stream().map(Task::getId).collect(Collectors.toSet());
        try {
            asApplication.run(() -> runtimeService
                    .createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CRISIS_REPORTED)
                    .processInstanceId(careCase.getProcessInstanceId())
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new CaseConflictException("Case " + caseNumber + " has no open work to attach a crisis to.");
        }
        Task task = crisisTasks(careCase).stream().filter(t -> !before.contains(t.getId())).findFirst()
                .orElseThrow();
        record.startedTask(task.getId());
        asApplication.run(() -> {
            taskService.setVariableLocal(task.getId(), TASK_COPY_VARIABLE, words.taskCopy(record));
            return null;
        });
        List<String> told = recipients.of(careCase, task.getAssignee());
        TimelineText notice = CrisisWords.notice(careCase.getCaseNumber(), record.getReportedBy(), task.getDueDate());
        told.forEach(person -> notices.sendUrgent(person, careCase.getCaseNumber(), task.getId(), notice));
        log.info("Crisis reported on case {}: task {} for {}", careCase.getId(), task.getId(),
                task.getAssignee() == null ? "the team queue" : task.getAssignee());
        return new CrisisRouted(task.getId(), task.getAssignee(), task.getDueDate(), careCase.getTeam(), told);
    }

    private List<Task> crisisTasks(CareCase careCase) {
        return asApplication.run(() -> taskService.createTaskQuery()
                .processInstanceId(careCase.getProcessInstanceId())
                .taskDefinitionKey(CaseLifecycleProcess.TASK_CRISIS_RESPONSE).list());
    }

    /** Who called and the number to call back, when given, then what happened. */
    private static TimelineText summary(CrisisReport report) {
        boolean by = report.reportedBy() != null && !report.reportedBy().isBlank();
        boolean callback = report.callbackNumber() != null && !report.callbackNumber().isBlank();
        String key = "timeline.crisis" + (by ? ".by" : "") + (callback ? ".callback" : "");
        List<String> arguments = new ArrayList<>();
        if (by) {
            arguments.add(report.reportedBy().strip());
        }
        if (callback) {
            arguments.add(report.callbackNumber().strip());
        }
        arguments.add(report.description().strip());
        return TimelineText.of(key, arguments.toArray());
    }
}
