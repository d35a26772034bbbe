package org.casecoordination.arrangement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.client.Client;
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

    public record Proposals(ServiceType serviceType, String area, String language, List<Provider> matching,
            List<Provider> otherAreas, List<ProviderReferral> earlier) {
    }

    private final ProviderDirectory directory;
    private final ProviderReferralRepository referrals;
    private final TaskService taskService;

    ProviderProposals(ProviderDirectory directory, ProviderReferralRepository referrals, TaskService taskService) {
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
        Client client = caseFile.client();
        String area = areaOf(client.getAddress());
        String language = client.getPreferredLanguage();
        List<Provider> matching = directory.search(ProviderSearch.of(type, area, language));
        if (matching.isEmpty() && language != null) {
            matching = directory.search(ProviderSearch.of(type, area, null));
        }
        List<Provider> chosen = matching;
        List<Provider> others = directory.search(ProviderSearch.of(type, null, null)).stream()
                .filter(p -> !chosen.contains(p)).toList();
        List<ProviderReferral> earlier = referrals.findByCareCaseAndServiceTypeOrderByCreatedAtAscIdAsc(caseFile.careCase(),
                type);
        return new Proposals(type, area, language, matching, others, earlier);
    }

    static String areaOf(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = POSTAL_CODE.matcher(address);
        return m.find() ? m.group(1) : null;
    }
}
