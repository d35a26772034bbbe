package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;
import static org.casecoordination.browser.BrowserSession.waitForText;

import java.time.Duration;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Nothing typed into a task is lost, and the claim, fill and complete path works with the keyboard alone. */
@ApplicationTest
class TaskPageBrowserTests {

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
        BrowserSession.close(browser, "task-page-last-page.png");
    }

    @Test
    void whatWasTypedIsBackAfterAReload() {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        logIn("/tasks/" + taskId);

        browser.findElement(By.id("presentingNeeds")).sendKeys("Forgets meals; her daughter visits on Sundays.");
        browser.findElement(By.id("caregiverName")).sendKeys("Anna Finch");
        new WebDriverWait(browser, Duration.ofSeconds(10)) // saved a moment after typing stops
                .until(driver -> driver.findElement(By.id("task-form")).getAttribute("data-draft-saved-at") != null);
        assertThat(browser.findElement(By.id("draft-status")).getText()).startsWith("Draft saved at ");

        browser.navigate().refresh();

        assertThat(waitFor(browser, By.id("draft-restored")).getText())
                .startsWith("Restored your unsaved answers from ");
        assertThat(browser.findElement(By.id("presentingNeeds")).getAttribute("value"))
                .isEqualTo("Forgets meals; her daughter visits on Sundays.");
        assertThat(browser.findElement(By.id("caregiverName")).getAttribute("value")).isEqualTo("Anna Finch");
    }

    @Test
    void leavingAPageWithUnsentChangesAsksFirstButNotAfterASubmit() {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        logIn("/tasks/" + taskId);
        assertThat(leavingAsks()).as("nothing typed yet").isFalse();

        browser.findElement(By.id("caregiverName")).sendKeys("Anna Finch");
        assertThat(leavingAsks()).as("typed into the task's form").isTrue();

        click(browser, By.id("complete-button")); // refused: what the client needs is missing
        waitFor(browser, By.id("presentingNeeds-error"));
        assertThat(leavingAsks()).as("after the submit, on the page that came back").isFalse();

        browser.get(url("/referrals/new")); // another form with data entry
        browser.findElement(By.id("client-firstName")).sendKeys("Eleanor");
        assertThat(leavingAsks()).isTrue();
    }

    @Test
    void anInstrumentOpensOverTheAssessmentAndTheTypedAssessmentStays() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();
        logIn("/tasks/" + taskId);
        browser.findElement(By.id("healthConditions")).sendKeys("Type 2 diabetes; fell twice this year.");
        browser.executeScript("window.samePage = true;"); // gone if the browser loads another page

        click(browser, By.id("give-PHQ9"));
        assertThat(waitFor(browser, By.cssSelector("#instrument-dialog #instrument-title")).getText())
                .isEqualTo("Depression (PHQ-9)");
        for (String key : AssessmentBrowserTests.PHQ9_KEYS.subList(0, 8)) {
            click(browser, By.id(key + "-1"));
        }
        click(browser, By.id("save-instrument")); // item 9 forgotten: the error in the dialog
        assertThat(waitFor(browser, By.cssSelector("#instrument-dialog #phq9SelfHarm-error")).getText())
                .isEqualTo("Required.");
        assertThat(browser.findElement(By.id("phq9Interest-1")).isSelected()).as("answers kept").isTrue();
        click(browser, By.id("phq9SelfHarm-0"));
        click(browser, By.id("save-instrument"));

        assertThat(waitFor(browser, By.cssSelector("#recorded-instruments td.result")).getText())
                .isEqualTo("score 8, Mild");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.findElement(By.id("instrument-dialog")).isDisplayed());
        assertThat(browser.getCurrentUrl()).startsWith(url("/tasks/" + taskId));
        assertThat(browser.executeScript("return window.samePage === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("healthConditions")).getAttribute("value"))
                .isEqualTo("Type 2 diabetes; fell twice this year.");
    }

    @Test
    void aCoordinatorClaimsFillsAndCompletesAnIntakeWithTheKeyboardAlone() {
        String caseNumber = cases.open("team-north", "Tabwell", "Ruth");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        browser.get(url("/tasks?view=team"));
        type("cora");
        tabTo(By.id("password"));
        type("demo" + Keys.ENTER);
        waitFor(browser, By.id("tab-team"));

        tabTo(By.id("filter-q"));
        type("Tabwell" + Keys.ENTER);
        waitFor(browser, By.cssSelector("tr[data-task-id='" + taskId + "']"));
        tabTo(By.cssSelector("tr[data-task-id='" + taskId + "'] .claim-button"));
        type(Keys.ENTER);
        waitForText(browser, By.id("task-assignee"), "cora");

        tabTo(By.id("contactDate"));
        typeDate(11, 20, 2026);
        tabTo(By.id("contactMethod"));
        type("P"); // "Phone call"
        tabTo(By.id("livingSituation"));
        type("L"); // "Lives alone"
        tabTo(By.id("presentingNeeds"));
        type("Forgets meals and medication; daughter visits on weekends.");
        shiftTabTo(By.id("caregiverName"));
        type("Anna Tabwell");
        tabTo(By.id("eligible"));
        type(Keys.SPACE);
        tabTo(By.id("complete-button"));
        type(Keys.ENTER);

        waitForText(browser, By.id("case-stage"), "Assessment");
        assertThat(browser.findElement(By.id("next-task")).getText()).startsWith("Next for Ruth Tabwell: Assess needs");
        tabTo(By.id("next-task-link"));
        type(Keys.ENTER);
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().equals(url("/tasks/" + assessment)));
    }

    /** Presses Tab until the element has the focus, checking that the focus shows where it stops. */
    private void tabTo(By target) {
        moveFocusTo(target, Keys.TAB);
    }

    private void shiftTabTo(By target) {
        moveFocusTo(target, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void moveFocusTo(By target, CharSequence key) {
        WebElement element = waitFor(browser, target);
        for (int presses = 0; presses < 250; presses++) {
            if (Boolean.TRUE.equals(browser.executeScript("return document.activeElement === arguments[0];",
                    element))) {
                assertThat(focusShows()).as("the focus is visible on %s", target).isTrue();
                return;
            }
            type(key);
        }
        fail("The keyboard never reached " + target);
    }

    /** An outline or a focus ring (Bootstrap draws it as a box shadow) on the focused element. */
    private boolean focusShows() {
        return Boolean.TRUE.equals(browser.executeScript("""
                var style = getComputedStyle(document.activeElement);
                var outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                return outline || (style.boxShadow && style.boxShadow !== 'none');"""));
    }

    private void type(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Types a date into the focused date field, its parts in the order the browser's language shows them. */
    @SuppressWarnings("unchecked")
    private void typeDate(int month, int day, int year) {
        List<String> order = (List<String>) browser.executeScript("""
                return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 10, 20))
                    .filter(function (part) { return part.type !== 'literal'; })
                    .map(function (part) { return part.type; });""");
        for (String part : order) {
            type(switch (part) {
                case "month" -> String.format("%02d", month);
                case "day" -> String.format("%02d", day);
                default -> String.valueOf(year);
            });
        }
        assertThat(browser.findElement(By.id("contactDate")).getAttribute("value"))
                .isEqualTo(String.format("%d-%02d-%02d", year, month, day));
    }

    /** True when leaving now would ask first: a beforeunload listener cancels the event. */
    private boolean leavingAsks() {
        return Boolean.TRUE.equals(browser.executeScript("""
                var event = new Event('beforeunload', { cancelable: true });
                window.dispatchEvent(event);
                return event.defaultPrevented;"""));
    }

    private void logIn(String path) {
        browser.get(url(path));
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
