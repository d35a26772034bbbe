package org.casecoordination.supervision.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.supervision.notice.Notice;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The caseload page's bulk hand-over: a supervisor ticks a coordinator's tasks and cases and gives them away. */
@ApplicationTest
class HandOverPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    Notices notices;

    static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    @Test
    void aSupervisorHandsTickedCasesAndTasksToAColleagueWhoSeesWhatAndWhy() throws Exception {
        String wholeCase = cases.open("team-north");
        cases.completeIntake("cora", wholeCase);
        String oneTaskCase = cases.open("team-north");
        cases.completeIntake("cora", oneTaskCase);
        String taskId = cases.task(oneTaskCase, "Task_Assessment").getId();

        assertThat(page("/supervision/caseload?team=team-north").getElementById("work-of-cora").attr("href"))
                .isEqualTo("/supervision/caseload/cora?team=team-north");
        Document work = page("/supervision/caseload/cora?team=team-north");
        assertThat(work.getElementById("case-" + wholeCase)).isNotNull();
        assertThat(work.getElementById("task-" + taskId)).isNotNull();
        assertThat(work.select("#to option").eachAttr("value")).contains("colin").doesNotContain("cora", "dana");

        mvc.perform(handOver().param("caseNumbers", wholeCase).param("taskIds", taskId).param("to", "colin")
                        .param("reason", "Cora is on leave until the 14th."))
                .andExpect(redirectedUrl("/supervision/caseload?team=team-north"))
                .andExpect(flash().attribute("message", "Handed one task and one case to Colin Mensah."));

        assertThat(caseRepository.findByCaseNumber(wholeCase).orElseThrow().getOwner()).isEqualTo("colin");
        assertThat(cases.task(wholeCase, "Task_Assessment").getAssignee()).isEqualTo("colin");
        assertThat(cases.task(oneTaskCase, "Task_Assessment").getAssignee()).isEqualTo("colin");
        assertThat(caseRepository.findByCaseNumber(oneTaskCase).orElseThrow().getOwner()).isEqualTo("cora");
        assertThat(notices.of("colin")).filteredOn(n -> wholeCase.equals(n.getCaseNumber())
                        || oneTaskCase.equals(n.getCaseNumber())).extracting(Notice::getMessage).hasSize(2)
                .allSatisfy(message -> assertThat(message).contains("by Sam Reyes").contains("Cora is on leave until the 14th."));
    }

    @Test
    void mistakesAreShownNextToTheFieldAndChangeNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        Document nothingTicked = submit(handOver().param("to", "colin").param("reason", "Covering"));
        assertThat(nothingTicked.getElementById("selection-error").text())
                .isEqualTo("Tick the tasks or cases to hand over.");
        Document noReason = submit(handOver().param("taskIds", taskId).param("to", "colin").param("reason", " "));
        assertThat(noReason.getElementById("reason-error").text()).isEqualTo("Give the reason; the coordinator sees it.");
        assertThat(noReason.getElementById("task-" + taskId).hasAttr("checked")).as("the ticks are kept").isTrue();
        Document noOne = submit(handOver().param("taskIds", taskId).param("reason", "Covering"));
        assertThat(noOne.getElementById("to-error").text()).isEqualTo("Choose the coordinator who takes the work over.");
        Document otherTeam = submit(handOver().param("taskIds", taskId).param("to", "dana").param("reason", "Covering"));
        assertThat(otherTeam.getElementById("to-error").text()).isEqualTo("Dana Okafor is not a coordinator of Team North.");
        mvc.perform(post("/supervision/caseload/cora").param("team", "team-north").with(sam())
                        .param("taskIds", taskId).param("to", "colin").param("reason", "No token"))
                .andExpect(status().isForbidden());

        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");
    }

    @Test
    void onlySupervisorsOfTheTeamSeeAndHandOverACoordinatorsWork() throws Exception {
        UserRequestPostProcessor southSupervisor = user("sam").authorities(() -> "GROUP_supervisors",
                () -> "GROUP_team-south");
        mvc.perform(get("/supervision/caseload/cora").param("team", "team-north").with(Users.colin()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/caseload/cora").param("team", "team-north").with(southSupervisor))
                .andExpect(status().isForbidden());
        mvc.perform(post("/supervision/caseload/cora").param("team", "team-north").with(Users.colin()).with(csrf())
                        .param("caseNumbers", "CC-2026-999999").param("to", "colin").param("reason", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/caseload/dana").param("team", "team-north").with(sam()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCaseloadAndACoordinatorsWorkSpeakSpanish() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        Document caseload = Jsoup.parse(mvc.perform(get("/supervision/caseload").param("team", "team-north")
                        .with(sam()).header("Accept-Language", "es")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(caseload.select("#caseload-table th").eachText())
                .contains("Casos abiertos", "Ponderada por gravedad", "Tareas abiertas", "Vencidas", "Ausente hoy");
        assertThat(caseload.select("#caseload-table td[data-label=Casos abiertos]")).isNotEmpty();
        assertThat(caseload.getElementById("caseload-chart").attr("aria-label")).startsWith("Casos abiertos");

        Document work = Jsoup.parse(mvc.perform(get("/supervision/caseload/cora").param("team", "team-north")
                        .with(sam()).header("Accept-Language", "es")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(work.select("h1").text()).isEqualTo("Trabajo de Cora Lindqvist");
        assertThat(work.select("label[for=to]").text()).isEqualTo("Entregar a");
        assertThat(work.getElementById("task-" + taskId).attr("aria-label")).startsWith("Entregar ")
                .endsWith(" del caso " + caseNumber);

        Document noReason = submit(handOver().header("Accept-Language", "es").param("taskIds", taskId)
                .param("to", "colin").param("reason", " "));
        assertThat(noReason.getElementById("reason-error").text())
                .isEqualTo("Escriba el motivo; el coordinador de casos lo verá.");
        Document nothingTicked = submit(handOver().header("Accept-Language", "es").param("to", "colin")
                .param("reason", "Cubre"));
        assertThat(nothingTicked.getElementById("selection-error").text())
                .isEqualTo("Marque las tareas o los casos que va a entregar.");
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");
    }

    private MockHttpServletRequestBuilder handOver() {
        return post("/supervision/caseload/cora").param("team", "team-north").with(sam()).with(csrf());
    }

    private Document submit(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(sam())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
