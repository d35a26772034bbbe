package org.casecoordination.processes;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casecoordination.assessment.InstrumentResult;
import org.casecoordination.assessment.acuity.AcuityDecided;
import org.casecoordination.assessment.acuity.CaseAcuityUpdates;
import org.casecoordination.assessment.acuity.LatestResults;
import org.casecoordination.assessment.safety.TeamSupervisors;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;

/**
 * The Spring beans processes/case-lifecycle.bpmn calls, for the plain process tests: the real acuity listener and
 * input lookups over results a test sets, the case record updates mocked, and the supervisors of every team.
 */
public final class DiagramBeans {

    public static final List<String> SUPERVISORS = List.of("supervisor.sue");

    public final Map<String, InstrumentResult> latest = new ConcurrentHashMap<>();
    public final CaseAcuityUpdates acuityUpdates = mock(CaseAcuityUpdates.class);

    public static DiagramBeans register() {
        DiagramBeans beans = new DiagramBeans();
        CareCase careCase = mock(CareCase.class);
        when(careCase.getId()).thenReturn(1L);
        CaseRepository cases = mock(CaseRepository.class);
        when(cases.findByCaseNumber(anyString())).thenReturn(Optional.of(careCase));
        Mocks.register("latestResults", new LatestResults(cases, caseId -> Map.copyOf(beans.latest)));
        Mocks.register("acuityDecided", new AcuityDecided(beans.acuityUpdates));
        TeamSupervisors supervisors = mock(TeamSupervisors.class);
        when(supervisors.of(anyString())).thenAnswer(call -> new ArrayList<>(SUPERVISORS));
        Mocks.register("teamSupervisors", supervisors);
        return beans;
    }

    public void given(String instrument, Integer score, String band, String... flags) {
        latest.put(instrument, new InstrumentResult(instrument, score, band, List.of(flags), List.of(), null));
    }

    public static void reset() {
        Mocks.reset();
    }
}
