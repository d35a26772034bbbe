package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import java.util.Locale;
import java.util.UUID;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one page a person reaches without an account, from a reminder email on their phone: in the email's language,
 * no sideways scrolling at 390 px, the accessibility check (run on every page), unsubscribe and undo by touch.
 */
@ApplicationTest
class UnsubscribeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "unsubscribe-last-page.png");
    }

    @Test
    void aSpanishReaderUnsubscribesAndUndoesItOnAPhone() throws Exception {
        String token = emailSent("es");
        browser = BrowserSession.start(Locale.forLanguageTag("es"));
        browser.manage().window().setSize(new Dimension(390, 844));

        browser.get("http://localhost:" + port + "/unsubscribe/" + token);
        assertThat(waitFor(browser, By.id("unsubscribe-question")).getText())
                .isEqualTo("¿Quiere dejar de recibir correos de recordatorio en esta dirección?");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);

        click(browser, By.id("unsubscribe-submit"));
        assertThat(waitFor(browser, By.id("unsubscribe-done")).getText()).startsWith("Listo.");
        click(browser, By.id("resubscribe-submit"));
        assertThat(waitFor(browser, By.id("resubscribe-done")).getText())
                .isEqualTo("Listo. Esta dirección volverá a recibir correos de recordatorio.");
        assertThat(browser.getPageSource()).doesNotContain("rosa@example.org");
    }

    /** A reminder email as the reminders write it to the delivery log, with its unsubscribe token. */
    private String emailSent(String language) {
        String caseNumber = cases.open("team-north");
        long caseId = jdbc.queryForObject("select id from care_case where case_number = ?", Long.class, caseNumber);
        String token = UUID.randomUUID().toString();
        jdbc.update("""
                insert into outgoing_message (id, case_id, case_number, recipient, channel, purpose, language, body,
                    urgent, status, attempts, created_at, status_at, subject, unsubscribe_token)
                values (next value for outgoing_message_seq, ?, ?, 'rosa@example.org', 'EMAIL', 'APPOINTMENT', ?,
                    'Reminder', false, 'SENT', 1, current_timestamp, current_timestamp, 'Reminder', ?)""",
                caseId, caseNumber, language, token);
        return token;
    }
}
