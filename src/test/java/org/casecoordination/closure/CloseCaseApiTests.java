package org.casecoordination.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseNote;
import org.casecoordination.casefile.CaseNoteRepository;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/cases/{caseNumber}/close: the case page's "Close this case now" over JSON. */
@ApplicationTest
class CloseCaseApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseNoteRepository notes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void closingCancelsTheOpenWorkAndTheClosureTaskFollows() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        mvc.perform(close(caseNumber, "{\"reason\": \"MOVED_AWAY\", \"explanation\": \"Moved to her sister in Ohio.\"}")
                .with(Users.cora())).andExpect(status().isNoContent());

        assertThat(cases.tasks(caseNumber, "Task_Assessment")).isEmpty();
        assertThat(cases.task(caseNumber, "Task_CloseCase").getAssignee()).isEqualTo("cora");
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getStage()).isEqualTo(CaseStage.CLOSURE);
        assertThat(careCase.getClosureReason()).isEqualTo("MOVED_AWAY");
        assertThat(notes.findByCareCaseIdOrderByCreatedAtDesc(careCase.getId())).extracting(CaseNote::getText)
                .contains("Moved to her sister in Ohio.");
        assertThat(jdbc.queryForList("select action || ' ' || outcome from audit_event where case_number = ? "
                + "and resource = ?", String.class, caseNumber, "POST /api/cases/" + caseNumber + "/close"))
                .containsExactly("CHANGE_RECORD 204");

        mvc.perform(close(caseNumber, "{\"reason\": \"DECEASED\"}").with(Users.cora()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("Case " + caseNumber + " is already at closure."));
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getClosureReason())
                .isEqualTo("MOVED_AWAY");
    }

    @Test
    void refusalsLeaveTheCaseAsItWas() throws Exception {
        String caseNumber = cases.open("team-north");
        long notesBefore = notes.findByCareCaseIdOrderByCreatedAtDesc(caseId(caseNumber)).size();

        mvc.perform(close(caseNumber, "{\"reason\": \"DECEASED\"}").with(Users.dana()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].message").exists());
        mvc.perform(close(caseNumber, "{\"reason\": \"DECEASED\"}")).andExpect(status().isUnauthorized());
        mvc.perform(close("CC-0000-404", "{\"reason\": \"DECEASED\"}").with(Users.cora()))
                .andExpect(status().isNotFound());
        mvc.perform(close(caseNumber, "{\"reason\": \"BORED\", \"explanation\": \"" + "x".repeat(8001) + "\"}")
                        .with(Users.cora()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[1].field").value("explanation"));
        mvc.perform(close(caseNumber, "{}").with(Users.cora())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(close(caseNumber, "").with(Users.cora())).andExpect(status().isBadRequest());

        assertThat(cases.task(caseNumber, "Task_Intake")).isNotNull();
        assertThat(cases.tasks(caseNumber, "Task_CloseCase")).isEmpty();
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getStage()).isEqualTo(CaseStage.INTAKE);
        assertThat(careCase.getClosureReason()).isNull();
        assertThat(notes.findByCareCaseIdOrderByCreatedAtDesc(careCase.getId())).hasSize((int) notesBefore);
    }

    private Long caseId(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
    }

    private static MockHttpServletRequestBuilder close(String caseNumber, String body) {
        return post("/api/cases/{n}/close", caseNumber).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
