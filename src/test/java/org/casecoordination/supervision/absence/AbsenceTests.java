package org.casecoordination.supervision.absence;

import java.util.Locale;
import java.time.format.FormatStyle;
import java.time.format.DateTimeFormatter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A coordinator marked away: new tasks go to the team queue during the period only; who may mark whom away. */
@ApplicationTest
class AbsenceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    AbsenceRepository absenceRepository;
    @Autowired
    Absences absences;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    CaseRepository caseRepository;

    @AfterEach
    void back() {
        ClockUtil.reset();
        absenceRepository.deleteAll();
    }

    static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    static UserRequestPostProcessor southSupervisor() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-south");
    }

    ResultActions markAway(UserRequestPostProcessor who, String user, LocalDate from, LocalDate until,
            String coveredBy) throws Exception {
        String cover = coveredBy == null ? "" : ", \"coveredBy\": \"" + coveredBy + "\"";
        return mvc.perform(post("/api/supervision/absences").with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"user\": \"" + user + "\", \"from\": \"" + from + "\", \"until\": \"" + until + "\"" + cover
                        + "}"));
    }

    @Test
    void whileAwayANewTaskForTheCoordinatorWaitsInTheTeamQueueAndAfterThePeriodItIsTheirsAgain() throws Exception {
        LocalDate today = absences.today();
        markAway(sam(), "cora", today, today.plusDays(1), "colin")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user").value("cora"))
                .andExpect(jsonPath("$.coveredBy").value("colin"));

        String whileAway = cases.open("team-north");
        cases.completeIntake("cora", whileAway);
        Task queued = cases.task(whileAway, "Task_Assessment");
        assertThat(queued.getAssignee()).isNull();
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(
                        caseRepository.findByCaseNumber(whileAway).orElseThrow().getId()))
                .anyMatch(e -> e.getKind() == TimelineKind.TASK_UNASSIGNED
                        && e.getSummary().contains("Cora Lindqvist is away until "
                                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                                        .format(today.plusDays(1)) + ", covered by Colin Mensah"));
        mvc.perform(get("/tasks").with(Users.colin()).param("view", "team").param("q", whileAway))
                .andExpect(content().string(Matchers.containsString(whileAway)));
        assertThat(taskService.createTaskQuery().taskId(queued.getId()).taskCandidateGroup("team-north").count())
                .isEqualTo(1);
        mvc.perform(get("/api/supervision/caseload").param("team", "team-north").with(sam()))
                .andExpect(jsonPath("$.coordinators[?(@.userId == 'cora')].away").value(true))
                .andExpect(jsonPath("$.coordinators[?(@.userId == 'cora')].coveredBy").value("colin"))
                .andExpect(jsonPath("$.coordinators[?(@.userId == 'colin')].away").value(false));
        mvc.perform(get("/supervision/caseload").param("team", "team-north").with(sam()))
                .andExpect(content().string(Matchers.containsString("covered by Colin Mensah")));

        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(2))));
        String afterwards = cases.open("team-north");
        cases.completeIntake("cora", afterwards);
        assertThat(cases.task(afterwards, "Task_Assessment").getAssignee()).isEqualTo("cora");
    }

    @Test
    void anAbsenceStartingLaterDoesNotRouteTodaysTasks() throws Exception {
        LocalDate today = absences.today();
        markAway(Users.cora(), "cora", today.plusDays(3), today.plusDays(5), null).andExpect(status().isCreated());
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");
    }

    @Test
    void coordinatorsMarkOnlyThemselvesAwaySupervisorsOnlyCoordinatorsOfTheirTeams() throws Exception {
        LocalDate today = absences.today();
        markAway(Users.cora(), "cora", today, today, null).andExpect(status().isCreated());
        markAway(Users.cora(), "colin", today, today, null).andExpect(status().isForbidden());
        markAway(southSupervisor(), "cora", today, today, null).andExpect(status().isForbidden());
        markAway(southSupervisor(), "dana", today, today, null).andExpect(status().isCreated());
        markAway(sam(), "nobody-here", today, today, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("user"));
        assertThat(absenceRepository.findAll()).extracting(Absence::getUserId).containsExactlyInAnyOrder("cora", "dana");
    }

    @Test
    void aBadPeriodOrCoverIs400AndNothingIsSaved() throws Exception {
        LocalDate today = absences.today();
        markAway(sam(), "cora", today.plusDays(2), today, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"));
        markAway(sam(), "cora", today.minusDays(5), today.minusDays(1), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"));
        markAway(sam(), "cora", today, today, "dana").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("coveredBy"));
        mvc.perform(post("/api/supervision/absences").with(sam()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"user\": \"cora\", \"until\": \"" + today + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        assertThat(absenceRepository.findAll()).isEmpty();
    }

    @Test
    void thePageShowsAbsencesAndErrorsNextToTheField() throws Exception {
        LocalDate today = absences.today();
        mvc.perform(post("/supervision/absences").with(sam()).with(csrf()).param("user", "cora")
                        .param("from", today.toString()).param("until", today.minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"until-error\"")));
        mvc.perform(post("/supervision/absences").with(sam()).with(csrf()).param("user", "cora")
                        .param("from", today.toString()).param("until", today.toString()).param("coveredBy", "colin"))
                .andExpect(redirectedUrl("/supervision/absences"));
        mvc.perform(get("/supervision/absences").with(sam()))
                .andExpect(content().string(Matchers.containsString("data-user=\"cora\"")));
        mvc.perform(get("/supervision/absences").with(Users.dana()))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-user=\"cora\""))));
    }

    @Test
    void anAbsenceEndedEarlyGivesTheCoordinatorNewTasksAgain() throws Exception {
        LocalDate today = absences.today();
        long id = idOf(markAway(sam(), "cora", today.minusDays(1), today.plusDays(3), "colin"));
        String whileAway = cases.open("team-north");
        cases.completeIntake("cora", whileAway);
        assertThat(cases.task(whileAway, "Task_Assessment").getAssignee()).isNull();

        mvc.perform(post("/api/supervision/absences/{id}/end", id).with(Users.cora()))
                .andExpect(status().isNoContent());

        assertThat(absenceRepository.findById(id)).get().extracting(Absence::getAwayUntil)
                .isEqualTo(today.minusDays(1));
        assertThat(absences.current("cora")).isEmpty();
        String back = cases.open("team-north");
        cases.completeIntake("cora", back);
        assertThat(cases.task(back, "Task_Assessment").getAssignee()).isEqualTo("cora");
        mvc.perform(post("/api/supervision/absences/{id}/end", id).with(sam()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("already")));
    }

    @Test
    void anAbsenceNotBegunYetIsRemoved() throws Exception {
        LocalDate today = absences.today();
        long id = idOf(markAway(Users.cora(), "cora", today.plusDays(3), today.plusDays(5), null));

        mvc.perform(post("/api/supervision/absences/{id}/end", id).with(sam())).andExpect(status().isNoContent());

        assertThat(absenceRepository.findAll()).isEmpty();
    }

    @Test
    void onlyTheCoordinatorAndTheSupervisorsOfTheirTeamEndAnAbsence() throws Exception {
        LocalDate today = absences.today();
        long id = idOf(markAway(sam(), "cora", today, today.plusDays(2), null));

        mvc.perform(post("/api/supervision/absences/{id}/end", id).with(Users.colin()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/supervision/absences/{id}/end", id).with(southSupervisor()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/supervision/absences/{id}/end", id + 1000).with(sam()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no absence " + (id + 1000) + "."));
        mvc.perform(post("/supervision/absences/{id}/end", id).with(Users.colin()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(absenceRepository.findById(id)).get().extracting(Absence::getAwayUntil).isEqualTo(today.plusDays(2));
    }

    @Test
    void theSupervisorEndsAnAbsenceFromThePage() throws Exception {
        LocalDate today = absences.today();
        long id = idOf(markAway(sam(), "cora", today.minusDays(2), today.plusDays(2), null));
        mvc.perform(get("/supervision/absences").with(sam()))
                .andExpect(content().string(Matchers.containsString("id=\"end-absence-" + id + "\"")))
                .andExpect(content().string(Matchers.containsString("Back today")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/supervision/caseload/cora?team=team-north\">Hand over work</a>")));
        mvc.perform(get("/supervision/caseload/cora").param("team", "team-north").with(sam()))
                .andExpect(status().isOk());
        mvc.perform(get("/supervision/absences").with(Users.cora()))
                .andExpect(content().string(Matchers.containsString("id=\"end-absence-" + id + "\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hand over work"))));

        mvc.perform(post("/supervision/absences/{id}/end", id).with(sam()))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/supervision/absences/{id}/end", id).with(sam()).with(csrf()))
                .andExpect(redirectedUrl("/supervision/absences"))
                .andExpect(flash().attribute("message", "Cora Lindqvist is back from today; new tasks go to them again."));

        assertThat(absences.current("cora")).isEmpty();
        mvc.perform(get("/supervision/absences").with(sam()))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-user=\"cora\""))));
        mvc.perform(post("/supervision/absences/{id}/end", id).with(sam()).with(csrf()))
                .andExpect(redirectedUrl("/supervision/absences"))
                .andExpect(flash().attribute("error", "That absence ended on " + DateTimeFormatter.ofLocalizedDate(
                        FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(today.minusDays(1)) + " already."));
    }

    private static long idOf(ResultActions created) throws Exception {
        created.andExpect(status().isCreated());
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
