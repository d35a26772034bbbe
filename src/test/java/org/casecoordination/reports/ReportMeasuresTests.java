package org.casecoordination.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every measure on hand-built cases with known answers, in March 2026 in the agency's time zone (the tests' JVM runs
 * in UTC; the business calendar in Europe/Berlin, where summer time starts on 29 March), including the boundaries.
 * Each test has a team of its own and a case of another team that must never count.
 */
@ApplicationTest
class ReportMeasuresTests {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired ReportData data;
    @Autowired NewReferrals newReferrals;
    @Autowired OpenCaseload openCaseload;
    @Autowired TimeToContact timeToContact;
    @Autowired StageTimes stageTimes;
    @Autowired OverdueTasks overdueTasks;
    @Autowired Escalations escalations;
    @Autowired ClosuresByReason closures;
    @Autowired ReferralLoop referralLoop;
    @Autowired ProviderWaits providerWaits;
    @Autowired Declines declines;
    @Autowired DepressionFollowUp depressionFollowUp;
    @Autowired Phq9Response phq9Response;
    @Autowired SocialNeedsReferral socialNeeds;

    static ReportFilter march(String team) {
        return new ReportFilter(team, null, MARCH_1, MARCH_31, null, null);
    }

    @Test
    void theAgencysZoneNotTheServersDecidesTheDayAReferralCameIn() {
        assertThat(data.zone().getRules().getOffset(java.time.Instant.parse("2026-03-31T12:00:00Z")))
                .as("the test needs a calendar zone other than UTC").isNotEqualTo(ZoneOffset.UTC);
        String team = ReportData.newTeam();
        long lastEvening = data.newCase(team, data.at(MARCH_31, 23, 30)).save();
        long firstNight = data.newCase(team, data.at(MARCH_1, 0, 30)).save();
        long april = data.newCase(team, data.at(LocalDate.of(2026, 4, 1), 0, 30)).save();
        long february = data.newCase(team, data.at(LocalDate.of(2026, 2, 28), 23, 59)).save();

        Figure march = newReferrals.compute(march(team)).row("all").figure("count");
        Figure aprilFirst = newReferrals.compute(new ReportFilter(team, null, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1), null, null)).row("all").figure("count");

        // 00:30 on 1 April in Berlin is still 31 March in UTC, and 00:30 on 1 March is 28 February in UTC
        assertThat(march.cases()).containsExactlyInAnyOrder(lastEvening, firstNight);
        assertThat(aprilFirst.cases()).containsExactly(april);
        assertThat(march.cases()).doesNotContain(february);
    }

    @Test
    void newReferralsCountTheTeamsCasesOpenedInThePeriodWithTheFilters() {
        String team = ReportData.newTeam();
        long routine = data.newCase(team, data.at(LocalDate.of(2026, 3, 10), 9, 0)).owner("cora").acuity("HIGH")
                .concern("CANCER").save();
        long urgent = data.newCase(team, data.at(LocalDate.of(2026, 3, 11), 9, 0)).urgent().owner("colin").save();
        data.newCase(ReportData.newTeam(), data.at(LocalDate.of(2026, 3, 10), 9, 0)).save();

        MeasureRow all = newReferrals.compute(march(team)).row("all");
        assertThat(all.figure("count").cases()).containsExactlyInAnyOrder(routine, urgent);
        assertThat(all.figure("urgent").cases()).containsExactly(urgent);
        assertThat(newReferrals.compute(new ReportFilter(team, "cora", MARCH_1, MARCH_31, null, null)).row("all")
                .figure("count").cases()).containsExactly(routine);
        assertThat(newReferrals.compute(new ReportFilter(team, null, MARCH_1, MARCH_31, "CANCER", null)).row("all")
                .figure("count").cases()).containsExactly(routine);
        assertThat(newReferrals.compute(new ReportFilter(team, null, MARCH_1, MARCH_31, null, "LOW")).row("all")
                .figure("count").value()).isZero();
    }

    @Test
    void theOpenCaseloadCountsEachCoordinatorsOpenCasesAndWeighsThemByAcuity() {
        String team = ReportData.newTeam();
        long low = data.newCase(team, data.at(MARCH_1, 9, 0)).owner("cora").acuity("LOW").stage("FOLLOW_UP").save();
        long high = data.newCase(team, data.at(MARCH_1, 9, 0)).owner("cora").acuity("HIGH").save();
        long unassessed = data.newCase(team, data.at(MARCH_1, 9, 0)).owner("cora").save();
        long critical = data.newCase(team, data.at(MARCH_1, 9, 0)).owner("colin").acuity("CRITICAL").save();
        data.newCase(team, data.at(MARCH_1, 9, 0)).owner("colin").acuity("HIGH")
                .closed(data.at(MARCH_1, 12, 0), "GOALS_MET").save();
        long nobody = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.newCase(ReportData.newTeam(), data.at(MARCH_1, 9, 0)).owner("cora").acuity("CRITICAL").save();

        MeasureTable table = openCaseload.compute(march(team));

        assertThat(table.row("cora").figure("count").cases()).containsExactlyInAnyOrder(low, high, unassessed);
        assertThat(table.row("cora").figure("weighted").value()).isEqualTo(1 + 3 + 1);
        assertThat(table.row("colin").figure("count").cases()).containsExactly(critical);
        assertThat(table.row("colin").figure("weighted").value()).isEqualTo(4);
        assertThat(table.row(OpenCaseload.NOBODY).figure("count").cases()).containsExactly(nobody);
    }

    @Test
    void timeToFirstContactAndToIntakeCountCalendarDaysAndTheStandards() {
        String team = ReportData.newTeam();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        // routine: first contact due two business days later, Wednesday 4 March
        long onTime = data.newCase(team, data.at(monday, 10, 0)).save();
        data.intake(onTime, LocalDate.of(2026, 3, 4), data.at(LocalDate.of(2026, 3, 17), 10, 0)); // day 15
        long late = data.newCase(team, data.at(monday, 11, 0)).save();
        data.intake(late, LocalDate.of(2026, 3, 5), data.at(LocalDate.of(2026, 3, 18), 10, 0)); // day 16
        long notReached = data.newCase(team, data.at(monday, 12, 0)).save();
        data.newCase(ReportData.newTeam(), data.at(monday, 10, 0)).save();

        MeasureTable table = timeToContact.compute(march(team));
        MeasureRow contact = table.row("firstContact");
        MeasureRow intake = table.row("intakeCompleted");

        assertThat(contact.figure("referrals").cases()).containsExactlyInAnyOrder(onTime, late, notReached);
        assertThat(contact.figure("reached").cases()).containsExactlyInAnyOrder(onTime, late);
        assertThat(contact.figure("median").value()).isEqualTo(2.5);
        assertThat(contact.figure("p90").value()).isCloseTo(2.9, within(1e-9));
        // the unreached referral's deadline has passed (today is after March 2026): it counts as missed
        assertThat(contact.figure("withinStandard").cases()).containsExactly(onTime);
        assertThat(contact.figure("withinStandard").of()).isEqualTo(3);
        assertThat(intake.figure("median").value()).isEqualTo(15.5);
        assertThat(intake.figure("withinStandard").cases()).containsExactly(onTime);
    }

    @Test
    void daysInEachStageRunFromTheStageBeforeToTheStagesLastTask() {
        String team = ReportData.newTeam();
        long first = data.newCase(team, data.at(MARCH_1, 0, 0)).save();
        data.stageRecord(first, "Task_Intake", "INTAKE", "{}", data.at(LocalDate.of(2026, 3, 3), 0, 0));
        data.stageRecord(first, "Task_Assessment", "ASSESSMENT", "{}", data.at(LocalDate.of(2026, 3, 5), 0, 0));
        data.stageRecord(first, "Task_DecideAcuity", "ASSESSMENT", "{}", data.at(LocalDate.of(2026, 3, 8), 0, 0));
        long second = data.newCase(team, data.at(LocalDate.of(2026, 3, 10), 12, 0)).save();
        data.stageRecord(second, "Task_Intake", "INTAKE", "{}", data.at(LocalDate.of(2026, 3, 14), 12, 0));
        long other = data.newCase(ReportData.newTeam(), data.at(MARCH_1, 0, 0)).save();
        data.stageRecord(other, "Task_Intake", "INTAKE", "{}", data.at(LocalDate.of(2026, 3, 20), 0, 0));

        MeasureTable table = stageTimes.compute(march(team));

        assertThat(table.row("INTAKE").figure("count").cases()).containsExactlyInAnyOrder(first, second);
        assertThat(table.row("INTAKE").figure("median").value()).isEqualTo(3.0);
        assertThat(table.row("INTAKE").figure("p90").value()).isCloseTo(3.8, within(1e-9));
        assertThat(table.row("ASSESSMENT").figure("count").cases()).containsExactly(first);
        assertThat(table.row("ASSESSMENT").figure("median").value()).isEqualTo(5.0);
        assertThat(table.row("FOLLOW_UP").figure("median").value()).isNull();
    }

    @Test
    void overdueTasksAreCountedByStageAndEscalationsByKind() {
        String team = ReportData.newTeam();
        long late = data.newCase(team, data.at(MARCH_1, 9, 0)).stage("ASSESSMENT").save();
        long other = data.newCase(ReportData.newTeam(), data.at(MARCH_1, 9, 0)).stage("ASSESSMENT").save();
        try {
            data.openTask(late, team, "ASSESSMENT", java.time.Instant.now().minus(Duration.ofHours(2)));
            data.openTask(late, team, "ASSESSMENT", java.time.Instant.now().minus(Duration.ofDays(3)));
            data.openTask(late, team, "ASSESSMENT", java.time.Instant.now().plus(Duration.ofDays(1)));
            data.openTask(other, "team-elsewhere", "ASSESSMENT", java.time.Instant.now().minus(Duration.ofDays(1)));
            data.timeline(late, "TASK_ESCALATED", data.at(LocalDate.of(2026, 3, 4), 18, 0));
            data.timeline(late, "TASK_ESCALATED", data.at(LocalDate.of(2026, 3, 20), 18, 0));
            data.timeline(late, "SAFETY_RESPONSE_ESCALATED", data.at(LocalDate.of(2026, 4, 1), 0, 5));
            data.timeline(other, "TASK_ESCALATED", data.at(LocalDate.of(2026, 3, 4), 18, 0));

            MeasureRow overdue = overdueTasks.compute(march(team)).row("ASSESSMENT");
            assertThat(overdue.figure("tasks").value()).isEqualTo(2);
            assertThat(overdue.figure("cases").cases()).containsExactly(late);
            MeasureTable raised = escalations.compute(march(team));
            assertThat(raised.row("TASK_ESCALATED").figure("escalations").value()).isEqualTo(2);
            assertThat(raised.row("TASK_ESCALATED").figure("cases").cases()).containsExactly(late);
            assertThat(raised.row("SAFETY_RESPONSE_ESCALATED")).as("escalated in April").isNull();
        } finally {
            data.removeOpenTasks(late);
            data.removeOpenTasks(other);
        }
    }

    @Test
    void closuresAreCountedByReasonInThePeriod() {
        String team = ReportData.newTeam();
        long met1 = data.newCase(team, data.at(MARCH_1, 9, 0)).closed(data.at(LocalDate.of(2026, 3, 5), 9, 0),
                "GOALS_MET").save();
        long met2 = data.newCase(team, data.at(MARCH_1, 9, 0)).closed(data.at(MARCH_31, 23, 30), "GOALS_MET").save();
        long died = data.newCase(team, data.at(MARCH_1, 9, 0)).closed(data.at(LocalDate.of(2026, 3, 6), 9, 0),
                "DECEASED").save();
        data.newCase(team, data.at(MARCH_1, 9, 0)).closed(data.at(LocalDate.of(2026, 4, 1), 0, 30), "GOALS_MET").save();
        data.newCase(ReportData.newTeam(), data.at(MARCH_1, 9, 0)).closed(data.at(MARCH_31, 9, 0), "GOALS_MET").save();

        MeasureTable table = closures.compute(march(team));

        assertThat(table.rows()).extracting(MeasureRow::key).containsExactly("DECEASED", "GOALS_MET");
        assertThat(table.row("GOALS_MET").figure("count").cases()).containsExactlyInAnyOrder(met1, met2);
        assertThat(table.row("DECEASED").figure("count").cases()).containsExactly(died);
    }

    @Test
    void referralsCloseTheLoopWaitForAnswersAndAreDeclinedForReasons() {
        String team = ReportData.newTeam();
        long provider = data.provider("Sunrise Home Care");
        long first = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        long second = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        long accepted = data.providerReferral(first, provider, "HOME_CARE", data.at(LocalDate.of(2026, 3, 2), 10, 0));
        data.status(accepted, "ACCEPTED", data.at(LocalDate.of(2026, 3, 4), 10, 0), null);
        data.status(accepted, "IN_PROGRESS", data.at(LocalDate.of(2026, 3, 10), 10, 0), null);
        long declined = data.providerReferral(second, provider, "HOME_CARE", data.at(LocalDate.of(2026, 3, 3), 10, 0));
        data.status(declined, "REJECTED", data.at(LocalDate.of(2026, 3, 4), 16, 0), "No places this month");
        data.providerReferral(second, provider, "HOME_CARE", data.at(LocalDate.of(2026, 3, 5), 10, 0));
        long elsewhere = data.newCase(ReportData.newTeam(), data.at(MARCH_1, 9, 0)).save();
        long otherTeams = data.providerReferral(elsewhere, provider, "HOME_CARE", data.at(LocalDate.of(2026, 3, 2), 9, 0));
        data.status(otherTeams, "REJECTED", data.at(LocalDate.of(2026, 3, 3), 9, 0), "No places this month");

        MeasureTable loop = referralLoop.compute(march(team));
        assertThat(loop.row("sent").figure("referrals").value()).isEqualTo(3);
        assertThat(loop.row("answered").figure("referrals").value()).isEqualTo(2);
        assertThat(loop.row("delivered").figure("referrals").value()).isEqualTo(1);
        assertThat(loop.row("delivered").figure("shareOfSent").value()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(loop.row("delivered").figure("shareOfSent").cases()).containsExactly(first);

        MeasureRow waits = providerWaits.compute(march(team)).row(String.valueOf(provider));
        assertThat(waits.figure("referrals").value()).isEqualTo(3);
        assertThat(waits.figure("median").value()).isCloseTo((2.0 + 1.25) / 2, within(1e-9));
        assertThat(waits.figure("waiting").value()).isEqualTo(1);
        assertThat(waits.figure("waiting").cases()).containsExactly(second);

        MeasureTable reasons = declines.compute(march(team));
        assertThat(reasons.row("No places this month").figure("declines").value()).isEqualTo(1);
        assertThat(reasons.row("No places this month").figure("cases").cases()).containsExactly(second);
    }

    @Test
    void depressionFollowUpCountsDay30AndNotDay31() {
        String team = ReportData.newTeam();
        long day30 = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.phq9(day30, 12, data.at(MARCH_1, 10, 0));
        data.stageRecord(day30, "Task_FollowUp", "FOLLOW_UP", "{}", data.at(MARCH_31, 23, 0));
        long day31 = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.phq9(day31, 10, data.at(MARCH_1, 10, 0));
        data.stageRecord(day31, "Task_FollowUp", "FOLLOW_UP", "{}", data.at(LocalDate.of(2026, 4, 1), 0, 30));
        long nine = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.phq9(nine, 9, data.at(MARCH_1, 10, 0));
        data.stageRecord(nine, "Task_FollowUp", "FOLLOW_UP", "{}", data.at(LocalDate.of(2026, 3, 2), 10, 0));
        long service = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.phq9(service, 15, data.at(LocalDate.of(2026, 3, 20), 10, 0));
        data.providerReferral(service, data.provider("Clinic"), "MENTAL_HEALTH_CLINIC",
                data.at(LocalDate.of(2026, 3, 25), 10, 0));
        long other = data.newCase(ReportData.newTeam(), data.at(MARCH_1, 9, 0)).save();
        data.phq9(other, 20, data.at(MARCH_1, 10, 0));

        MeasureRow row = depressionFollowUp.compute(march(team)).row("all");

        assertThat(row.figure("screened").cases()).containsExactlyInAnyOrder(day30, day31, service);
        assertThat(row.figure("followedUp").cases()).containsExactlyInAnyOrder(day30, service);
        assertThat(row.figure("followedUp").value()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void depressionFollowUpFindsTheContactsOfEveryScreenedCaseOfALargeTeam() {
        String team = ReportData.newTeam();
        List<Long> screened = new ArrayList<>();
        for (int i = 0; i <= ReportQueries.CASES_PER_QUERY; i++) { // one more than a contacts query takes
            long id = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
            data.phq9(id, 14, data.at(MARCH_1, 10, 0));
            data.stageRecord(id, "Task_FollowUp", "FOLLOW_UP", "{}", data.at(LocalDate.of(2026, 3, 10), 10, 0));
            screened.add(id);
        }
        long notFollowedUp = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.phq9(notFollowedUp, 14, data.at(MARCH_1, 10, 0));

        MeasureRow row = depressionFollowUp.compute(march(team)).row("all");

        assertThat(row.figure("screened").cases()).hasSize(screened.size() + 1).contains(notFollowedUp);
        assertThat(row.figure("followedUp").cases()).containsExactlyInAnyOrderElementsOf(screened);
    }

    @Test
    void phq9ResponseAndRemissionTakeAFollowUp120To240DaysAfterAnElevatedScore() {
        String team = ReportData.newTeam();
        LocalDate followUpDay = LocalDate.of(2026, 3, 15);
        long halved = pair(team, 20, 120, 10);      // exactly 50 % lower: response; 10 is no remission
        long remitted = pair(team, 10, 240, 4);     // exactly 10 is elevated; 4 is remission
        long five = pair(team, 10, 130, 5);         // response; 5 is no remission
        long worse = pair(team, 20, 150, 11);       // measured, neither
        long tooSoon = pair(team, 12, 119, 2);
        long tooLate = pair(team, 12, 241, 2);
        long notElevated = pair(team, 9, 150, 2);
        long otherTeam = pair(ReportData.newTeam(), 20, 150, 2);

        MeasureRow row = phq9Response.compute(march(team)).row("all");

        assertThat(row.figure("measured").cases()).containsExactlyInAnyOrder(halved, remitted, five, worse)
                .doesNotContain(tooSoon, tooLate, notElevated, otherTeam);
        assertThat(row.figure("response").cases()).containsExactlyInAnyOrder(halved, remitted, five);
        assertThat(row.figure("remission").cases()).containsExactly(remitted);
        assertThat(row.figure("remission").of()).isEqualTo(4);
        assertThat(followUpDay).isBetween(MARCH_1, MARCH_31);
    }

    /** A baseline PHQ-9 {@code days} calendar days before 15 March 2026 (20:00 local) and a follow-up that day. */
    private long pair(String team, int baseline, int days, int followUp) {
        LocalDate followUpDay = LocalDate.of(2026, 3, 15);
        long caseId = data.newCase(team, data.at(followUpDay.minusDays(days + 5L), 9, 0)).save();
        data.phq9(caseId, baseline, data.at(followUpDay.minusDays(days), 8, 0));
        data.phq9(caseId, followUp, data.at(followUpDay, 20, 0));
        return caseId;
    }

    @Test
    void aSocialNeedCountsAsReferredWhenAReferralForThatNeedFollowsWithin30Days() {
        String team = ReportData.newTeam();
        long provider = data.provider("Food Bank");
        long referred = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.ahc(referred, "FOOD,TRANSPORTATION", data.at(MARCH_1, 10, 0));
        data.providerReferral(referred, provider, "SOCIAL_SERVICES", data.at(MARCH_31, 23, 0));
        long day31 = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.ahc(day31, "FOOD", data.at(MARCH_1, 10, 0));
        data.providerReferral(day31, provider, "SOCIAL_SERVICES", data.at(LocalDate.of(2026, 4, 1), 0, 30));
        long wrongService = data.newCase(team, data.at(MARCH_1, 9, 0)).save();
        data.ahc(wrongService, "HOUSING_INSTABILITY", data.at(MARCH_1, 10, 0));
        data.providerReferral(wrongService, provider, "HOME_CARE", data.at(LocalDate.of(2026, 3, 3), 10, 0));
        long other = data.newCase(ReportData.newTeam(), data.at(MARCH_1, 9, 0)).save();
        data.ahc(other, "FOOD", data.at(MARCH_1, 10, 0));

        MeasureTable table = socialNeeds.compute(march(team));

        assertThat(table.row("FOOD").figure("positive").cases()).containsExactlyInAnyOrder(referred, day31);
        assertThat(table.row("FOOD").figure("referred").cases()).containsExactly(referred);
        assertThat(table.row("TRANSPORTATION").figure("positive").cases()).containsExactly(referred);
        assertThat(table.row("TRANSPORTATION").figure("referred").cases()).isEmpty();
        assertThat(table.row("HOUSING_INSTABILITY").figure("referred").cases()).isEmpty();
        assertThat(table.row("UTILITIES").figure("positive").cases()).isEqualTo(Set.of());
    }
}
