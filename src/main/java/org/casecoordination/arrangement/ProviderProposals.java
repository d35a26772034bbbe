package org.casecoordination.arrangement;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.client.Client;
import org.casecoordination.consent.ConsentCheck;
import org.casecoordination.consent.ConsentDecision;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the "Select provider" task proposes: providers of the service, in the client's area (a postal code in the
 * client's address) and language, open places first; and the earlier referrals for this service with why they
 * did not go ahead. Called from the task page's template after the page opened the case (access checked).
 */
@Component("providerProposals")
public class ProviderProposals {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\b(\\d{5})\\b");

    /**
     * @param consent whether the client's consents let a referral go to any provider today; when not, the task
     *                offers recording the consent right there
     */
    public record Proposals(String taskId, String caseNumber, ServiceType serviceType, String area, String language,
            List<Provider> matching, List<Provider> otherAreas, List<ProviderReferral> earlier,
            ConsentDecision consent) {
    }

    /** The providers of a service for one client: {@code matching} fit area and language, open places first. */
    public record Matching(String area, String language, List<Provider> matching, List<Provider> otherAreas) {
    }

    private final ProviderDirectory directory;
    private final ProviderReferralRepository referrals;
    private final TaskService taskService;
    private final ConsentCheck consents;

    ProviderProposals(ProviderDirectory directory, ProviderReferralRepository referrals, TaskService taskService,
            ConsentCheck consents) {
        this.consents = consents;
        this.directory = directory;
        this.referrals = referrals;
        this.taskService = taskService;
    }

    /** Null for every task but Task_SelectProvider. */
    @Transactional(readOnly = true)
    public Proposals forTask(Task task, CaseFile caseFile) {
        if (!ServiceArrangementProcess.TASK_SELECT_PROVIDER.equals(task.getTaskDefinitionKey())) {
            return null;
        }
        ServiceType type = ServiceType.of(String.valueOf(taskService.getVariable(task.getId(), "serviceType")))
                .orElse(null);
        if (type == null) {
            return null;
        }
        Matching found = matching(type, caseFile.client());
        List<ProviderReferral> earlier = referrals.findByCareCaseAndServiceTypeOrderByCreatedAtAscIdAsc(caseFile.careCase(),
                type);
        ConsentDecision consent = consents.mayDisclose(caseFile.client().getId(), ConsentPurpose.SHARE_WITH_PROVIDERS,
                LocalDate.now());
        return new Proposals(task.getId(), caseFile.careCase().getCaseNumber(), type, found.area(), found.language(),
                found.matching(), found.otherAreas(), earlier, consent);
    }

    /** The providers of the service for the client: in their area and language (or area only), then the rest. */
    @Transactional(readOnly = true)
    public Matching matching(ServiceType type, Client client) {
        String area = areaOf(client.getAddress());
        String language = client.getPreferredLanguage();
        List<Provider> matching = directory.search(ProviderSearch.of(type, area, language));
        if (matching.isEmpty() && language != null) {
            matching = directory.search(ProviderSearch.of(type, area, null));
        }
        List<Provider> chosen = matching;
        List<Provider> others = directory.search(ProviderSearch.of(type, null, null)).stream()
                .filter(p -> !chosen.contains(p)).toList();
        return new Matching(area, language, matching, others);
    }

    static String areaOf(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = POSTAL_CODE.matcher(address);
        return m.find() ? m.group(1) : null;
    }
}
