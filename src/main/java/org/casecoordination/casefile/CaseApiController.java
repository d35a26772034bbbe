package org.casecoordination.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casecoordination.client.Client;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/cases/{caseNumber}: where a case stands and what work is open on it. */
@RestController
@JsonApi
class CaseApiController {

    private final CaseFileService caseFiles;
    private final CaseFlags caseFlags;
    private final ProviderReferralsOfCase referrals;
    private final ActivityNames activityNames;

    CaseApiController(CaseFileService caseFiles, CaseFlags caseFlags, ProviderReferralsOfCase referrals,
            ActivityNames activityNames) {
        this.activityNames = activityNames;
        this.caseFiles = caseFiles;
        this.caseFlags = caseFlags;
        this.referrals = referrals;
    }

    record ClientView(Long id, String firstName, String lastName, LocalDate dateOfBirth, String sex, String phone,
            String address, String preferredLanguage, String primaryConcern) {
        static ClientView of(Client c) {
            return new ClientView(c.getId(), c.getFirstName(), c.getLastName(), c.getDateOfBirth(), c.getSex().name(),
                    c.getPhone(), c.getAddress(), c.getPreferredLanguage(), c.getPrimaryConcern().name());
        }
    }

    record TaskView(String id, String taskDefinitionKey, String name, String assignee) {
    }

    record FlagView(String kind, String reason, Instant raisedAt) {
    }

    record CaseView(String caseNumber, String stage, String team, ClientView client, String owner,
            List<TaskView> openTasks, String closureReason, String acuity, List<FlagView> flags,
            List<ProviderReferralsOfCase.Summary> referrals) {
    }

    @GetMapping("/api/cases/{caseNumber}")
    CaseView get(@PathVariable String caseNumber) {
        CareCase careCase = caseFiles.find(caseNumber);
        List<TaskView> tasks = caseFiles.openTasks(caseNumber).stream()
                .map(t -> new TaskView(t.getId(), t.getTaskDefinitionKey(), activityNames.of(t), t.getAssignee())).toList();
        return new CaseView(careCase.getCaseNumber(), careCase.getStage().name(), careCase.getTeam(),
                ClientView.of(careCase.getClient()), careCase.getOwner(), tasks,
                careCase.isClosed() ? careCase.getClosureReason() : null,
                careCase.getAcuity() == null ? null : careCase.getAcuity().name(),
                caseFlags.open(careCase).stream()
                        .map(f -> new FlagView(f.getKind().name(), f.getReason(), f.getRaisedAt())).toList(),
                referrals.of(careCase));
    }
}
