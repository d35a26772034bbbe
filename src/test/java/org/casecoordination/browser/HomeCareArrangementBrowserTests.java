package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;
import static org.casecoordination.browser.BrowserSession.waitForText;

import java.time.Duration;
import java.util.List;
import org.casecoordination.arrangement.ProviderRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cora arranges home care in a real browser: the selection task, named after its service, proposes providers as
 * cards, a missing consent is recorded on the task itself, a click on a card's "Choose" sends the referral, she records the provider's acceptance from a
 * phone call on the case page, confirms the start with the client, and the service plan shows it.
 */
@ApplicationTest
class HomeCareArrangementBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    ProviderRepository providers;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "home-care-last-page.png");
    }

    @Test
    void coraArrangesHomeCareFromProviderChoiceToConfirmedStart() {
        String caseNumber = cases.open("team-north");
        cases.completeIntakeWithoutConsent("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        String selectTask = cases.task(caseNumber, "Task_SelectProvider").getId();
        long northside = providers.findByNameIgnoreCase("Northside Home Care").orElseThrow().getId();

        browser.get(url("/tasks/" + selectTask));
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
        assertThat(waitFor(browser, By.id("task-name")).getText()).isEqualTo("Select provider \u2013 Home care");
        List<String> proposed = waitFor(browser, By.id("matching-providers")).findElements(By.cssSelector(".provider-card"))
                .stream().map(WebElement::getText).toList();
        assertThat(proposed).anySatisfy(text -> assertThat(text).contains("Northside Home Care"));
        assertThat(proposed.indexOf(proposed.stream().filter(t -> t.contains("Northside Home Care")).findFirst()
                .orElseThrow())).as("open places first")
                .isLessThan(proposed.indexOf(proposed.stream().filter(t -> t.contains("Evergreen Home Helpers"))
                        .findFirst().orElseThrow()));
        assertThat(proposed.get(proposed.size() - 1)).contains("full");

        // no consent yet: the task offers recording it right there, and comes back to the task
        assertThat(waitFor(browser, By.id("consent-needed")).getText())
                .contains("No consent to share with providers is recorded");
        click(browser, By.id("record-consent-here-button"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.id("consent-needed")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("/tasks/" + selectTask);
        waitFor(browser, By.id("matching-providers"));

        // a click on the card's "Choose", no number typed
        click(browser, By.cssSelector("#matching-providers .provider-card[data-provider-id='" + northside
                + "'] button.choose-provider"));

        waitForText(browser, By.cssSelector("#service-plan .referral-status"), "Sent, waiting for an answer");
        WebElement row = waitFor(browser, By.cssSelector("#service-plan tbody tr"));
        assertThat(row.getText()).contains("Northside Home Care").contains("Home care");

        // the provider accepted on the phone
        new Select(row.findElement(By.name("decision"))).selectByValue("ACCEPTED");
        // a date input types in the browser's own format; the value it submits is ISO
        browser.executeScript("arguments[0].value = '2026-12-07';", row.findElement(By.name("startDate")));
        click(browser, By.cssSelector("#service-plan .record-answer button"));
        waitForText(browser, By.cssSelector("#service-plan .referral-status"), "Accepted");

        click(browser, By.cssSelector("#open-tasks a[data-task-key='Task_ConfirmWithClient']"));
        WebElement start = waitFor(browser, By.id("startDate"));
        browser.executeScript("arguments[0].value = '2026-12-07';", start);
        waitFor(browser, By.id("schedule")).sendKeys("Mondays and Thursdays 9:00");
        click(browser, By.id("complete-button"));

        waitForText(browser, By.cssSelector("#service-plan tbody tr"), "Mondays and Thursdays 9:00");
        assertThat(waitFor(browser, By.cssSelector("#service-plan tbody tr")).getText()).contains("Dec 7, 2026");
        assertThat(browser.findElements(By.cssSelector("#open-tasks a[data-task-key='Task_ConfirmWithClient']")))
                .isEmpty();
    }




    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
