package org.casecoordination.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.AsApplication;
import org.casecoordination.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a case is in its process, for the diagram on the case page: the BPMN of the case's own version, the
 * activities it waits in and those it has finished. Ids only, no client data; still a view of the case, so it
 * needs the case's access and is audited like the case page (its path is under /cases/{caseNumber}).
 */
@RestController
@JsonApi
class CaseDiagramController {

    private final CaseRepository cases;
    private final CaseAccess access;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final AsApplication asApplication;

    CaseDiagramController(CaseRepository cases, CaseAccess access, RepositoryService repositoryService,
            RuntimeService runtimeService, HistoryService historyService, AsApplication asApplication) {
        this.cases = cases;
        this.access = access;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.asApplication = asApplication;
    }

    record Diagram(String xml, List<String> active, List<String> completed) {
    }

    @GetMapping("/cases/{caseNumber}/diagram")
    Diagram diagram(@PathVariable String caseNumber) {
        CareCase careCase = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        access.checkCanSee(careCase);
        return asApplication.run(() -> {
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).processDefinitionKey(CaseLifecycleProcess.PROCESS_KEY)
                    .orderByProcessInstanceStartTime().desc().listPage(0, 1)
                    .stream().findFirst().orElseThrow(() -> new CaseNotFoundException(caseNumber));
            boolean running = instance.getEndTime() == null;
            List<String> active = running ? runtimeService.getActiveActivityIds(instance.getId()) : List.of();
            List<String> completed = historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).finished().list().stream()
                    .map(HistoricActivityInstance::getActivityId).distinct()
                    .filter(id -> !active.contains(id)).toList();
            return new Diagram(xml(instance.getProcessDefinitionId()), active, completed);
        });
    }

    private String xml(String processDefinitionId) {
        try (InputStream in = repositoryService.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
