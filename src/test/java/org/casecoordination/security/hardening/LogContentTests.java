package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logs carry ids, never a client's name, date of birth or notes: a referral, an intake, a note and a malformed
 * referral go through the API and the pages, and nothing logged meanwhile contains what was typed.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class LogContentTests {

    private static final String FIRST_NAME = "Zebulon";
    private static final String LAST_NAME = "Quillfeather";
    private static final String BIRTH_DATE = "1936-07-19";
    private static final String REFERRAL_NOTE = "Prefers visits after the marmalade hour";
    private static final String INTAKE_NOTE = "Worried about the periwinkle staircase";
    private static final String CASE_NOTE = "Daughter phoned about the zither lessons";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    @Test
    void nothingTheCoordinatorTypedAboutTheClientIsLogged(CapturedOutput output) throws Exception {
        Referrals referrals = new Referrals(mvc);
        String caseNumber = referrals.refer(Map.of("firstName", FIRST_NAME, "lastName", LAST_NAME,
                "dateOfBirth", BIRTH_DATE, "address", "12 " + LAST_NAME + " Lane"), REFERRAL_NOTE);
        referrals.completeIntake(cases.task(caseNumber, "Task_Intake").getId(), INTAKE_NOTE);
        mvc.perform(post("/cases/{n}/notes", caseNumber).with(Users.cora()).with(csrf()).param("text", CASE_NOTE))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())).andExpect(status().isOk());
        mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic("cora", "demo"))).andExpect(status().isOk());
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"client\": {\"firstName\": \"" + FIRST_NAME + "\", \"lastName\": \"" + LAST_NAME
                                + "\", \"dateOfBirth\": \"" + FIRST_NAME + " " + BIRTH_DATE + "\"},"
                                + " \"primaryConcern\": \"DEMENTIA\", \"urgency\": \"ROUTINE\"}"))
                .andExpect(status().isBadRequest());

        assertThat(output.getAll()).as("the log mentions the case by its number at most")
                .doesNotContain(FIRST_NAME, LAST_NAME, BIRTH_DATE, REFERRAL_NOTE, INTAKE_NOTE, CASE_NOTE);
    }

    /**
     * At DEBUG and TRACE these print bound SQL values, whole entities or request bodies. Turning the root level up
     * to find a problem must not turn them on (checked here without the flood of output a full run would make).
     */
    @Test
    void loggersThatWouldPrintClientDataStayQuietWhenTheRootLevelIsTurnedUp() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        LogLevel configured = logging.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME).getConfiguredLevel();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
        try {
            for (String name : List.of("org.hibernate.SQL", "org.hibernate.orm.jdbc.bind",
                    "org.hibernate.internal.util.EntityPrinter",
                    "org.hibernate.resource.jdbc.internal.ResourceRegistryStandardImpl",
                    "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity",
                    "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity",
                    "org.springframework.web.servlet.mvc.method.annotation.HttpEntityMethodProcessor",
                    "org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor",
                    "org.springframework.web.filter.CommonsRequestLoggingFilter",
                    "org.springframework.web.servlet.DispatcherServlet")) {
                assertThat(LoggerFactory.getLogger(name).isDebugEnabled()).as(name).isFalse();
            }
        } finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, configured);
        }
    }
}
