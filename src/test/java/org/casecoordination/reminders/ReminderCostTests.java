package org.casecoordination.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderReferralAnswer;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ProviderSearch;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.processes.ClientReminderProcess;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the reminders cost a provider's acceptance and the confirmation of the first day (issue #17, lifecycle
 * throughput against the bare engine), counted with H2's statistics: the acceptance starts its two reminders
 * without first looking for a service-start reminder that cannot run yet, and confirming the same first day again
 * leaves the reminder as it is. That the reminders still fire is {@link ReminderApplicationTests}'.
 */
@ApplicationTest
class ReminderCostTests {

    @Autowired
    Cases cases;
    @Autowired
    SqlStatements sql;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    ProviderDirectory providers;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void anAcceptanceStartsItsTwoRemindersWithOneMessageCorrelation() throws Exception {
        String caseNumber = cases.open("team-north");
        long referral = requested(caseNumber);
        LocalDate firstDay = LocalDate.now().plusDays(7);

        List<SqlStatements.Statement> statements = sql.of(() -> cases.as("cora", () -> {
            referrals.answer(referral, new ProviderReferralAnswer(true, null, firstDay), "provider");
            return null;
        }));

        assertThat(reminderPurposes(caseNumber)).as("the reminders the acceptance started")
                .containsExactlyInAnyOrder(MessagePurpose.REFERRAL_ACCEPTED.name(), MessagePurpose.SERVICE_START.name());
        // the arrangement's "referral accepted" message is the only one correlated: there is no reminder to move
        assertThat(correlations(statements)).as("message correlations in the acceptance").isEqualTo(1);
    }

    @Test
    void confirmingTheSameFirstDayLeavesItsReminderAsItIs() throws Exception {
        String caseNumber = cases.open("team-north");
        long referral = requested(caseNumber);
        LocalDate firstDay = LocalDate.now().plusDays(7);
        cases.as("cora", () -> {
            referrals.answer(referral, new ProviderReferralAnswer(true, null, firstDay), "provider");
            return null;
        });

        List<SqlStatements.Statement> statements = sql.of(() -> cases.as("cora", () -> {
            referrals.confirm(referral, firstDay, "Mondays");
            return null;
        }));

        assertThat(correlations(statements)).as("message correlations when nothing moved").isZero();
        assertThat(reminderPurposes(caseNumber)).as("the reminders still set")
                .containsExactlyInAnyOrder(MessagePurpose.REFERRAL_ACCEPTED.name(), MessagePurpose.SERVICE_START.name());
    }

    /** A home-care referral of the case, sent to the first demo provider and waiting for its answer. */
    private long requested(String caseNumber) {
        cases.giveConsentToShare("cora", caseNumber);
        return cases.as("cora", () -> {
            long provider = providers.search(ProviderSearch.of(ServiceType.HOME_CARE, null, null)).get(0).getId();
            long id = referrals.draft(caseRepository.findByCaseNumber(caseNumber).orElseThrow(), ServiceType.HOME_CARE,
                    provider, "cora").getId();
            referrals.request(id, "cora");
            return id;
        });
    }

    private List<Object> reminderPurposes(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ClientReminderProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).list().stream()
                .map(instance -> runtimeService.getVariable(instance.getId(),
                        ClientReminderProcess.Variables.REMINDER_FOR))
                .toList();
    }

    /** The engine's look-ups of executions waiting for a message by name: one per correlation. */
    private static long correlations(List<SqlStatements.Statement> statements) {
        return statements.stream().filter(s -> {
            String upper = s.sql().toUpperCase(Locale.ROOT);
            return upper.contains("ACT_RU_EXECUTION") && upper.contains("ACT_RU_EVENT_SUBSCR")
                    && upper.contains("EVENT_NAME_");
        }).mapToLong(SqlStatements.Statement::count).sum();
    }
}
