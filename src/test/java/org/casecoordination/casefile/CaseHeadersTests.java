package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.casecoordination.processes.CaseStage;
import org.junit.jupiter.api.Test;

/** The parts of the case page's header that need no application: the phone as a link, and the stepper. */
class CaseHeadersTests {

    @Test
    void aPhoneBecomesSomethingAPhoneCanDial() {
        assertThat(CaseHeaders.phoneLink("+1 (555) 010-2000")).isEqualTo("tel:+15550102000");
        assertThat(CaseHeaders.phoneLink("555-0199 ext. 12")).isEqualTo("tel:5550199");
        assertThat(CaseHeaders.phoneLink("030 1234 567")).isEqualTo("tel:0301234567");
        assertThat(CaseHeaders.phoneLink("ask the daughter")).isNull();
        assertThat(CaseHeaders.phoneLink(" ")).isNull();
        assertThat(CaseHeaders.phoneLink(null)).isNull();
    }

    @Test
    void theStepperMarksEarlierStagesDoneAndOneCurrent() {
        var steps = CaseHeaders.steps(CaseStage.SERVICE_ARRANGEMENT);
        assertThat(steps).extracting(CaseHeader.Step::stage).containsExactly(CaseStage.INTAKE, CaseStage.ASSESSMENT,
                CaseStage.SERVICE_ARRANGEMENT, CaseStage.FOLLOW_UP, CaseStage.CLOSURE);
        assertThat(steps).extracting(CaseHeader.Step::done).containsExactly(true, true, false, false, false);
        assertThat(steps).extracting(CaseHeader.Step::current).containsExactly(false, false, true, false, false);
    }

    @Test
    void aClosedCaseHasFinishedEveryStage() {
        assertThat(CaseHeaders.steps(CaseStage.CLOSED)).allMatch(step -> step.done() && !step.current());
    }
}
