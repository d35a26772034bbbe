package org.casecoordination.arrangement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.TaskCreateOrder;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new "Select provider" task gets the providers to choose from as the task's own variable
 * {@code providerOptions}: the JSON list {@code [{"label", "value"}]} that the select-provider form's select reads
 * through its {@code valuesKey}, in Camunda Tasklist as in the app. The matching providers come first (area and
 * language, open places first), then the service's providers elsewhere, so there is always a choice when the
 * service has any provider. Only provider directory data, no client data; a task variable, so it goes with the
 * task, and outside the data contract's history (ContractOnlyVariableHistory keeps it out of ACT_HI_*).
 */
@Component
class ProviderOptions {

    private final ProviderProposals proposals;
    private final CaseRepository cases;
    private final Words words;
    private final ObjectMapper json = new ObjectMapper();

    ProviderOptions(ProviderProposals proposals, CaseRepository cases, Words words) {
        this.proposals = proposals;
        this.cases = cases;
        this.words = words;
    }

    @EventListener
    @Order(TaskCreateOrder.PROVIDER_OPTIONS)
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || !ServiceArrangementProcess.TASK_SELECT_PROVIDER.equals(task.getTaskDefinitionKey())
                || task.getExecution() == null) {
            return;
        }
        ServiceType type = ServiceType.of(String.valueOf(
                task.getVariable(CaseLifecycleProcess.Variables.SERVICE_TYPE))).orElse(null);
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (type == null || caseNumber == null) {
            return;
        }
        cases.lookUp(caseNumber).ifPresent(careCase -> {
            ProviderProposals.Matching found = proposals.matching(type, careCase.getClient());
            List<Provider> offered = new ArrayList<>(found.matching());
            offered.addAll(found.otherAreas());
            task.setVariableLocal(ServiceArrangementProcess.Variables.PROVIDER_OPTIONS,
                    SpinValues.jsonValue(toJson(offered)).create());
        });
    }

    private String toJson(List<Provider> providers) {
        List<Map<String, String>> options = providers.stream().map(this::option).toList();
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("provider options cannot be written", e);
        }
    }

    /** "Northside Home Care – 3 open places", what a coordinator needs to choose in Tasklist too. */
    private Map<String, String> option(Provider provider) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", provider.getName() + " \u2013 " + places(provider));
        option.put("value", String.valueOf(provider.getId()));
        return option;
    }

    private String places(Provider provider) {
        if (!provider.hasOpenCapacity()) {
            return words.label("provider", "full");
        }
        return provider.getOpenPlaces() + " " + words.label("provider",
                provider.getOpenPlaces() == 1 ? "openPlace" : "openPlaces");
    }
}
