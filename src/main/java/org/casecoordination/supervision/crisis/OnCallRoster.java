package org.casecoordination.supervision.crisis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.springframework.stereotype.Component;

/**
 * Who answers a team's crisis line right now ({@code camunda:assignee="${onCallRoster.now(team)}"}): the week's
 * entry in the roster, or nobody, and the crisis waits in the team's queue (which its supervisors also see).
 */
@Component("onCallRoster")
public class OnCallRoster {

    private final OnCallShiftRepository shifts;
    private final BusinessHours hours;

    OnCallRoster(OnCallShiftRepository shifts, BusinessHours hours) {
        this.shifts = shifts;
        this.hours = hours;
    }

    public String now(String team) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), hours.zone());
        return shifts.findByTeamAndWeekStart(team, weekOf(today)).map(OnCallShift::getUserId).orElse(null);
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
