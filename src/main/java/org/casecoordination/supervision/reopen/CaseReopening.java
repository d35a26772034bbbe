package org.casecoordination.supervision.reopen;

import static org.casecoordination.casefile.TimelineText.Words.person;
import org.casecoordination.security.TeamRoles;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.LifecycleProperties;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.supervision.caseload.CaseloadService;
import org.casecoordination.system.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor of the case's team reopens a closed case: a new CaseLifecycle instance for the same case number
 * starts directly at the assessment, under the case's owner. The closed instance stays in history; the record
 * points at the new one, so the lifecycle invariant (one active instance per open case) holds.
 */
@Service
public class CaseReopening {

    private static final Logger log = LoggerFactory.getLogger(CaseReopening.class);

    private final CaseFileService caseFiles;
    private final CaseloadService caseload;
    private final TeamRoles teamRoles;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final AsApplication asApplication;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final String reassessmentInterval;
    private final Words words;

    CaseReopening(CaseFileService caseFiles, CaseloadService caseload, TeamRoles teamRoles, RuntimeService runtimeService,
            HistoryService historyService, AsApplication asApplication, CaseTimeline timeline,
            CurrentUser currentUser, LifecycleProperties lifecycle, Words words) {
        this.caseFiles = caseFiles;
        this.caseload = caseload;
        this.teamRoles = teamRoles;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.asApplication = asApplication;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.words = words;
        this.reassessmentInterval = lifecycle.reassessmentIntervalIso();
    }

    /** Checks in the order the API answers: unknown 404, not visible or not its supervisor 403, not closed 409. */
    @Transactional
    public void reopen(String caseNumber, String reason) {
        CareCase careCase = caseFiles.find(caseNumber);
        teamRoles.checkSupervises(careCase.getTeam());
        if (!careCase.isClosed()) {
            throw new CaseConflictException(words.text("reopen.error.notClosed", caseNumber));
        }
        String previousInstance = careCase.getProcessInstanceId();
        VariableMap variables = Variables.createVariables()
                .putValue(CaseLifecycleProcess.Variables.CASE_NUMBER, caseNumber)
                .putValue(CaseLifecycleProcess.Variables.TEAM, careCase.getTeam())
                .putValue(CaseLifecycleProcess.Variables.OWNER, careCase.getOwner())
                .putValue(CaseLifecycleProcess.Variables.FOLLOW_UP_INTERVAL, previous(previousInstance,
                        CaseLifecycleProcess.Variables.FOLLOW_UP_INTERVAL,
                        CaseLifecycleProcess.Variables.DEFAULT_FOLLOW_UP_INTERVAL))
                .putValue(CaseLifecycleProcess.Variables.REASSESSMENT_INTERVAL, previous(previousInstance,
                        CaseLifecycleProcess.Variables.REASSESSMENT_INTERVAL, reassessmentInterval));
        // The stage first, so the stage listener sees no change when the assessment starts.
        careCase.reopen();
        ProcessInstance instance = asApplication.run(() -> runtimeService
                .createProcessInstanceByKey(CaseLifecycleProcess.PROCESS_KEY)
                .businessKey(caseNumber)
                .setVariables(variables)
                .startBeforeActivity(CaseLifecycleProcess.TASK_ASSESSMENT)
                .execute());
        careCase.setProcessInstanceId(instance.getId());
        timeline.record(careCase, TimelineKind.CASE_REOPENED, "timeline.caseReopened", person(currentUser.id()),
                reason.strip());
        log.info("{} reopened case {} (instance {} after {})", currentUser.id(), caseNumber, instance.getId(),
                previousInstance);
    }

    /** The interval the closed instance last used, so a case keeps its own rhythm after reopening. */
    private String previous(String processInstanceId, String name, String fallback) {
        if (processInstanceId == null) {
            return fallback;
        }
        HistoricVariableInstance variable = asApplication.run(() -> historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).list().stream().findFirst().orElse(null));
        return variable != null && variable.getValue() instanceof String value ? value : fallback;
    }
}
