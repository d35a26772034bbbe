package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.waitFor;
import static org.casecoordination.browser.BrowserSession.waitForText;

import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator who cannot use a mouse logs in, claims an intake from the team queue, fills it in and completes it
 * with the keyboard alone: every step is reached with Tab and done with typing, Space or Enter (WCAG 2.1.1).
 */
@ApplicationTest
class KeyboardBrowserTests {

    /** More presses than any page here needs to reach its last control; a control not reached is not reachable. */
    static final int MAX_TABS = 120;

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "keyboard-last-page.png");
    }

    @Test
    void coraClaimsFillsAndCompletesAnIntakeWithTheKeyboardAlone() {
        String caseNumber = cases.open("team-north", "Keyboard-Only", "Kim");
        String intake = cases.task(caseNumber, "Task_Intake").getId();

        browser.get("http://localhost:" + port + "/tasks?view=team");
        waitFor(browser, By.id("username"));
        type("cora"); // the user name field has the focus when the page opens
        press(Keys.TAB);
        type("demo");
        press(Keys.ENTER);

        waitFor(browser, By.id("tab-team"));
        tabTo("tr[data-task-id='" + intake + "'] .claim-button");
        press(Keys.ENTER);
        assertThat(waitFor(browser, By.id("task-assignee")).getText()).isEqualTo("cora");

        tabTo("#contactDate");
        typeDate(2026, 11, 20);
        tabTo("#contactMethod");
        type("Phone call");
        tabTo("#livingSituation");
        type("Lives alone");
        tabTo("#presentingNeeds");
        type("Forgets meals; her son visits on Sundays.");
        tabTo("#eligible");
        press(Keys.SPACE);
        tabTo("#complete-button");
        press(Keys.ENTER);

        waitForText(browser, By.id("case-number"), caseNumber);
        assertThat(waitFor(browser, By.id("case-stage")).getText()).isEqualTo("Assessment");
        assertThat(cases.tasks(caseNumber, "Task_Intake")).isEmpty();
    }

    /** Presses Tab until the element is focused; fails when it never is. */
    private void tabTo(String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.executeScript(
                    "return !!document.activeElement && document.activeElement.matches(arguments[0]);", css))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError(css + " is not reached with the Tab key (" + MAX_TABS + " presses)");
    }

    /** A date field takes its parts in the browser's locale order (month, day, year in English). */
    private void typeDate(int year, int month, int day) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.executeScript("return new Intl.DateTimeFormat()"
                + ".formatToParts(new Date(2000, 10, 22)).map(p => p.type).filter(t => t !== 'literal');");
        for (String part : order) {
            type(switch (part) {
                case "year" -> String.valueOf(year);
                case "month" -> "%02d".formatted(month);
                default -> "%02d".formatted(day);
            });
        }
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private void press(Keys key) {
        new Actions(browser).sendKeys(key).perform();
    }
}
