package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/cases/{caseNumber}/notes and GET /api/cases/{caseNumber}/timeline: the case page's notes and timeline. */
@ApplicationTest
class CaseNotesApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseNoteRepository notes;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNoteIs201AndShowsInTheTimelineBothAuditedAsTheCaseRecord() throws Exception {
        String caseNumber = cases.open("team-north");

        mvc.perform(note(caseNumber, "{\"text\": \"  Called her daughter; visit on Friday.  \"}").with(Users.colin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.author").value("colin"))
                .andExpect(jsonPath("$.createdAt").exists())
                .andExpect(jsonPath("$.text").value("Called her daughter; visit on Friday."));

        mvc.perform(get("/api/cases/{n}/timeline", caseNumber).with(Users.cora()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.entries[0].kind").value("NOTE_ADDED"))
                .andExpect(jsonPath("$.entries[0].actor").value("colin"))
                .andExpect(jsonPath("$.entries[0].summary").value("Note added"))
                .andExpect(jsonPath("$.entries[1].kind").value("REFERRAL_RECEIVED"))
                .andExpect(jsonPath("$.notes[0].text").value("Called her daughter; visit on Friday."));

        assertThat(audit(caseNumber)).contains("colin CHANGE_RECORD POST /api/cases/" + caseNumber + "/notes 201",
                "cora VIEW_RECORD GET /api/cases/" + caseNumber + "/timeline 200");
    }

    @Test
    void refusalsWriteNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        long notesBefore = noteCount(caseNumber);
        long entriesBefore = timelineCount(caseNumber);

        mvc.perform(note(caseNumber, "{\"text\": \"From the other team\"}").with(Users.dana()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].message").exists());
        mvc.perform(note(caseNumber, "{\"text\": \"\"}").with(Users.dana()))
                .andExpect(status().isForbidden());
        mvc.perform(note(caseNumber, "{\"text\": \"Nobody\"}")).andExpect(status().isUnauthorized());
        mvc.perform(note(caseNumber, "{\"text\": \"  \"}").with(Users.cora()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("Write the note first."));
        mvc.perform(note(caseNumber, "{\"text\": \"" + "x".repeat(8001) + "\"}").with(Users.cora()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(note(caseNumber, "{not json").with(Users.cora())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").isEmpty());
        mvc.perform(note("CC-0000-404", "{\"text\": \"Lost\"}").with(Users.cora()))
                .andExpect(status().isNotFound());

        assertThat(noteCount(caseNumber)).isEqualTo(notesBefore);
        assertThat(timelineCount(caseNumber)).isEqualTo(entriesBefore);
        assertThat(audit(caseNumber)).contains("dana CHANGE_RECORD POST /api/cases/" + caseNumber + "/notes 403");
    }

    @Test
    void theTimelineIsForTheCasesTeamOnly() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(get("/api/cases/{n}/timeline", caseNumber).with(Users.dana())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").exists());
        mvc.perform(get("/api/cases/{n}/timeline", "CC-0000-404").with(Users.cora()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/{n}/timeline", caseNumber)).andExpect(status().isUnauthorized());
        assertThat(audit(caseNumber)).contains("dana VIEW_RECORD GET /api/cases/" + caseNumber + "/timeline 403");
    }

    private static MockHttpServletRequestBuilder note(String caseNumber, String body) {
        return post("/api/cases/{n}/notes", caseNumber).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long noteCount(String caseNumber) {
        return notes.findByCareCaseIdOrderByCreatedAtDesc(caseId(caseNumber)).size();
    }

    private long timelineCount(String caseNumber) {
        return timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(caseId(caseNumber)).size();
    }

    private Long caseId(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
    }

    private List<String> audit(String caseNumber) {
        return jdbc.queryForList("select actor || ' ' || action || ' ' || resource || ' ' || outcome "
                + "from audit_event where case_number = ? order by id", String.class, caseNumber);
    }
}
