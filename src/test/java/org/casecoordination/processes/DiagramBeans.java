package org.casecoordination.processes;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casecoordination.assessment.InstrumentResult;
import org.casecoordination.assessment.acuity.AcuityDecided;
import org.casecoordination.assessment.acuity.CaseAcuityUpdates;
import org.casecoordination.assessment.acuity.LatestResults;
import org.casecoordination.assessment.safety.TeamSupervisors;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.security.AsApplication;
import org.casecoordination.supervision.calendar.BusinessCalendar;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.casecoordination.supervision.calendar.Holidays;
import org.casecoordination.supervision.calendar.SlaDueDates;
import org.casecoordination.supervision.calendar.SlaTimes;
import org.casecoordination.supervision.crisis.OnCallRoster;
import org.casecoordination.supervision.escalation.LateTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The Spring beans processes/case-lifecycle.bpmn calls, for the plain process tests: the real acuity listener and
 * input lookups over results a test sets, the case record updates mocked, and the supervisors of every team.
 */
public final class DiagramBeans {

    public static final List<String> SUPERVISORS = List.of("supervisor.sue");

    public final Map<String, InstrumentResult> latest = new ConcurrentHashMap<>();
    public final CaseAcuityUpdates acuityUpdates = mock(CaseAcuityUpdates.class);
    /** The case every instance belongs to: routine, opened when the beans were registered. */
    public final CareCase careCase = mock(CareCase.class);
    public final JavaDelegate overdueReminder = mock(JavaDelegate.class);
    /** Nobody on call unless a test says so. */
    public final OnCallRoster onCallRoster = mock(OnCallRoster.class);
    public SlaDueDates slaDueDates;

    /** Monday to Friday 08:00-18:00 in Berlin, no holidays unless a test gives some. */
    public static BusinessCalendar calendar(LocalDate... holidays) {
        return new BusinessCalendar(new BusinessHours(ZoneId.of("Europe/Berlin"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0)),
                Holidays.of(Set.of(holidays)));
    }

    public static DiagramBeans register() {
        DiagramBeans beans = new DiagramBeans();
        CareCase careCase = beans.careCase;
        when(careCase.getId()).thenReturn(1L);
        when(careCase.getOpenedAt()).thenReturn(Instant.now());
        when(careCase.getUrgency()).thenReturn(Urgency.ROUTINE);
        CaseRepository cases = mock(CaseRepository.class);
        when(cases.findByCaseNumber(anyString())).thenReturn(Optional.of(careCase));
        when(cases.lookUp(anyString())).thenReturn(Optional.of(careCase));
        Mocks.register("latestResults", new LatestResults(cases, caseId -> Map.copyOf(beans.latest)));
        Mocks.register("acuityDecided", new AcuityDecided(beans.acuityUpdates));
        TeamSupervisors supervisors = mock(TeamSupervisors.class);
        when(supervisors.of(anyString())).thenAnswer(call -> new ArrayList<>(SUPERVISORS));
        Mocks.register("teamSupervisors", supervisors);
        BusinessCalendar calendar = calendar();
        beans.slaDueDates = new SlaDueDates(cases, calendar, SlaTimes.defaults());
        Mocks.register("businessCalendar", calendar);
        Mocks.register("slaDueDates", beans.slaDueDates);
        Mocks.register("overdueReminder", beans.overdueReminder);
        Mocks.register("onCallRoster", beans.onCallRoster);
        // withdrawing escalations when case work ends needs the app (EscalationApplicationTests)
        Mocks.register("lateTaskWithdrawal", (ExecutionListener) execution -> { });
        return beans;
    }

    /** The overdue ladder's real task lookups on the test's engine (the reminder itself stays a mock). */
    public void withLadder(ProcessEngine engine) {
        Mocks.register("lateTasks", new LateTasks(engine.getTaskService(), new AsApplication(engine.getIdentityService()),
                slaDueDates));
    }

    public void given(String instrument, Integer score, String band, String... flags) {
        latest.put(instrument, new InstrumentResult(instrument, score, band, List.of(flags), List.of(), null));
    }

    public static void reset() {
        Mocks.reset();
    }
}
