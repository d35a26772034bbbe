package org.casecoordination.processes.deployment;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.casecoordination.processes.CaseStage;

/**
 * Reads the case stage an analyst declared on a BPMN element (Modeler: Extension properties, name "stage"), so
 * moving a step to another stage is a diagram change, not a code change.
 */
public final class StageOfActivity {

    public static final String STAGE_PROPERTY = "stage";

    public static Optional<CaseStage> of(BaseElement element) {
        if (element == null) {
            return Optional.empty();
        }
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> STAGE_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst()
                .map(CaseStage::valueOf);
    }

    private StageOfActivity() {
    }
}
