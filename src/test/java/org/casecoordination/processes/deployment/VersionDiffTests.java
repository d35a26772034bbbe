package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class VersionDiffTests {

    @Test
    void elementsAddedRemovedAndChangedById() {
        String v1 = ProcessResourceValidatorTests.fixture("valid.bpmn");
        String v2 = v1.replace("name=\"Review\" camunda:formRef", "name=\"Review the request\" camunda:formRef")
                .replace("EndEvent_Declined", "EndEvent_Rejected");

        VersionDiff diff = VersionDiff.between(model(v1), model(v2));

        assertThat(diff.added()).extracting(VersionDiff.DiagramElement::id).containsExactly("EndEvent_Rejected");
        assertThat(diff.removed()).extracting(VersionDiff.DiagramElement::id).containsExactly("EndEvent_Declined");
        assertThat(diff.changed()).extracting(VersionDiff.DiagramElement::id, VersionDiff.DiagramElement::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SequenceFlow_No", "No"),
                        org.assertj.core.groups.Tuple.tuple("Task_Review", "Review the request"));
    }

    @Test
    void aChangedConditionIsAChangeAndLayoutIsNot() {
        String v1 = ProcessResourceValidatorTests.fixture("valid.bpmn");
        String v2 = v1.replace("${!approved}", "${approved == false}").replace("x=\"502\" y=\"212\"",
                "x=\"602\" y=\"312\"");

        VersionDiff diff = VersionDiff.between(model(v1), model(v2));

        assertThat(diff.changed()).extracting(VersionDiff.DiagramElement::id).containsExactly("SequenceFlow_No");
        assertThat(diff.added()).isEmpty();
        assertThat(VersionDiff.between(model(v1), model(v1)).isEmpty()).isTrue();
    }

    private static BpmnModelInstance model(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
