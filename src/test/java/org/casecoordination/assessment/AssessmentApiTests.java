package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.closure.CaseClosureService;
import org.casecoordination.closure.EarlyClosureReason;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST and GET /api/cases/{caseNumber}/assessments: each status, the error shape, nothing stored on refusal. */
@ApplicationTest
class AssessmentApiTests {

    static final String AHC_UNSAFE = """
            {"instrument": "AHCHRSN", "answers": {"livingSituation": "WORRIED_ABOUT_LOSING",
             "housingProblems": ["MOLD"], "foodWorry": "SOMETIMES", "foodDidNotLast": "NEVER",
             "transportation": "NO", "utilities": "NO",
             "physicallyHurt": 3, "insulted": 3, "threatened": 3, "screamedAt": 2}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    AssessmentResultRepository results;
    @Autowired
    CaseClosureService closure;
    @Autowired
    EntityManager em;

    /**
     * A case past intake: its work is then the owner's, so these tests leave no unclaimed tasks in the shared
     * context's team queue (whose first page other tests read).
     */
    String openCase() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        return caseNumber;
    }

    ResultActions post(String caseNumber, String user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/cases/{n}/assessments", caseNumber).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    int stored(String caseNumber) {
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        return results.findByCareCaseIdOrderByAdministeredAtDescIdDesc(caseId).size();
    }

    @Test
    void aPhq9IsScoredStoredAndListed() throws Exception {
        String caseNumber = openCase();

        post(caseNumber, "cora", "{\"instrument\": \"PHQ9\", \"answers\": [2,2,2,2,2,2,2,1,1]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.instrument").value("PHQ9"))
                .andExpect(jsonPath("$.score").value(16))
                .andExpect(jsonPath("$.band").value("MODERATELY_SEVERE"))
                .andExpect(jsonPath("$.flags[0]").value("SAFETY"))
                .andExpect(jsonPath("$.positiveDomains").doesNotExist())
                .andExpect(jsonPath("$.administeredBy").value("cora"));
        post(caseNumber, "colin", "{\"instrument\": \"LAWTONIADL\", \"answers\": [1,1,1,1,0,0,1,1]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(6))
                .andExpect(jsonPath("$.band").doesNotExist())
                .andExpect(jsonPath("$.flags", hasSize(0)));

        mvc.perform(get("/api/cases/{n}/assessments", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].instrument").value("LAWTONIADL"))
                .andExpect(jsonPath("$[1].instrument").value("PHQ9"))
                .andExpect(jsonPath("$[1].answers[7]").value(1))
                .andExpect(jsonPath("$[1].instrumentVersion").value("1"));
        assertThat(auditedActions(caseNumber)).contains("CHANGE_RECORD", "VIEW_RECORD");
    }

    @Test
    void theAhcAnswersAreAnObjectAndItsResultIsTheListOfPositiveDomains() throws Exception {
        String caseNumber = openCase();

        post(caseNumber, "cora", AHC_UNSAFE)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").doesNotExist())
                .andExpect(jsonPath("$.band").doesNotExist())
                .andExpect(jsonPath("$.positiveDomains", hasSize(4)))
                .andExpect(jsonPath("$.positiveDomains[0]").value("HOUSING_INSTABILITY"))
                .andExpect(jsonPath("$.positiveDomains[3]").value("INTERPERSONAL_SAFETY"))
                .andExpect(jsonPath("$.flags[0]").value("SAFETY"));
    }

    @Test
    void auditCTakesTheSexOfTheRequest() throws Exception {
        String caseNumber = openCase();

        post(caseNumber, "cora", "{\"instrument\": \"AUDITC\", \"answers\": [1,1,1], \"sex\": \"MALE\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.band").value("NEGATIVE"));
        post(caseNumber, "cora", "{\"instrument\": \"AUDITC\", \"answers\": [1,1,1]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.band").value("POSITIVE"));
    }

    @Test
    void badAnswersAre400NamingWhatIsWrongAndNothingIsStored() throws Exception {
        String caseNumber = openCase();

        post(caseNumber, "cora", "{\"instrument\": \"PHQ9\", \"answers\": [0,0,0,0,0,0,0,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"))
                .andExpect(jsonPath("$.errors[0].message").value("Incomplete: got 8. PHQ-9 needs 9 answers, one per "
                        + "item in order, each a whole number from 0 to 3."));
        post(caseNumber, "cora", "{\"instrument\": \"GAD7\", \"answers\": [0,0,0,9,0,0,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[3]"))
                .andExpect(jsonPath("$.errors[0].message").value("Item 4 must be a whole number from 0 to 3; got 9."));
        post(caseNumber, "cora", "{\"instrument\": \"MMSE\", \"answers\": [1]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("instrument"));
        post(caseNumber, "cora", "{\"answers\": [1]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("instrument"));
        post(caseNumber, "cora", AHC_UNSAFE.replace("\"SOMETIMES\"", "\"RARELY\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.foodWorry"));
        post(caseNumber, "cora", "{\"instrument\": \"AUDITC\", \"answers\": [1,1,1], \"sex\": \"M\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sex"));

        assertThat(stored(caseNumber)).isZero();
    }

    @Test
    void aCallerReadingSpanishIsToldWhatIsWrongInSpanish() throws Exception {
        String caseNumber = openCase();

        spanish(caseNumber, "{\"instrument\": \"PHQ9\", \"answers\": [0,0,0,0,0,0,0,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"))
                .andExpect(jsonPath("$.errors[0].message").value("Incompleto: se recibieron 8. PHQ-9 necesita 9 "
                        + "respuestas, una por pregunta y en orden, cada una un número entero de 0 a 3."));
        spanish(caseNumber, "{\"instrument\": \"GAD7\", \"answers\": [0,0,0,9,0,0,0]}")
                .andExpect(jsonPath("$.errors[0].message")
                        .value("La pregunta 4 debe ser un número entero de 0 a 3; se recibió 9."));
        spanish(caseNumber, "{\"instrument\": \"MMSE\", \"answers\": [1]}")
                .andExpect(jsonPath("$.errors[0].field").value("instrument"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Instrumento desconocido \u201cMMSE\u201d; use uno de PHQ9, GAD7")));
        spanish(caseNumber, AHC_UNSAFE.replace("\"SOMETIMES\"", "\"RARELY\""))
                .andExpect(jsonPath("$.errors[0].field").value("answers.foodWorry"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Debe ser uno de OFTEN, SOMETIMES, NEVER; se recibió \"RARELY\"."));
        assertThat(stored(caseNumber)).isZero();
    }

    ResultActions spanish(String caseNumber, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/cases/{n}/assessments", caseNumber).with(httpBasic("cora", "demo"))
                .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anUnknownCaseIs404() throws Exception {
        post("NO-SUCH-CASE", "cora", "{\"instrument\": \"PHQ9\", \"answers\": [0,0,0,0,0,0,0,0,0]}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("There is no case NO-SUCH-CASE."));
        mvc.perform(get("/api/cases/{n}/assessments", "NO-SUCH-CASE").with(httpBasic("cora", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClosedCaseIs409() throws Exception {
        String caseNumber = openCase();
        cases.as("cora", () -> {
            closure.closeEarly(caseNumber, EarlyClosureReason.MOVED_AWAY, null);
            return null;
        });
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("MOVED_AWAY"));

        post(caseNumber, "cora", "{\"instrument\": \"PHQ9\", \"answers\": [0,0,0,0,0,0,0,0,0]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("Case " + caseNumber
                        + " is closed: no assessment can be added."));
        assertThat(stored(caseNumber)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana", "ana", "admin"})
    void anotherTeamAnAnalystOrAnAdministratorIs403(String user) throws Exception {
        String caseNumber = openCase();

        post(caseNumber, user, "{\"instrument\": \"PHQ9\", \"answers\": [0,0,0,0,0,0,0,0,0]}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").exists());
        mvc.perform(get("/api/cases/{n}/assessments", caseNumber).with(httpBasic(user, "demo")))
                .andExpect(status().isForbidden());
        assertThat(stored(caseNumber)).isZero();
        assertThat(auditedActions(caseNumber)).contains("CHANGE_RECORD");
    }

    @Test
    void theSupervisorOfTheTeamRecords() throws Exception {
        String caseNumber = cases.open("team-south");

        post(caseNumber, "sam", "{\"instrument\": \"CAGEAID\", \"answers\": [1,1,0,0]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.band").value("CLINICALLY_SIGNIFICANT"));
    }

    java.util.List<String> auditedActions(String caseNumber) {
        return em.createQuery("select e.action from AuditEvent e where e.caseNumber = :n", Object.class)
                .setParameter("n", caseNumber).getResultList().stream().map(String::valueOf).toList();
    }
}
