package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator's first morning, in a real browser: referral, intake with a mistake, correction, assessment. */
@ApplicationTest
class CoordinatorBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "coordinator-last-page.png");
    }

    @Test
    void coraEntersAReferralAndCompletesIntakeAfterFixingAMissingField() {
        browser.get(url("/tasks"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
        waitFor(browser, By.id("tab-mine"));

        click(browser, By.id("nav-new-referral"));
        waitFor(browser, By.id("client-firstName")).sendKeys("Eleanor");
        browser.findElement(By.id("client-lastName")).sendKeys("Vance-Browser");
        typeDate(browser.findElement(By.id("client-dateOfBirth")), "1938-05-09");
        new Select(browser.findElement(By.id("primaryConcern"))).selectByValue("DEMENTIA");
        browser.findElement(By.id("referralSource")).sendKeys("Family physician");
        click(browser, By.id("submit-referral"));

        String caseNumber = waitFor(browser, By.id("case-number")).getText();
        assertThat(caseNumber).matches("CC-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Intake");

        click(browser, By.cssSelector("#open-tasks a[data-task-key='Task_Intake']"));
        click(browser, By.id("claim-button"));
        assertThat(waitFor(browser, By.id("task-assignee")).getText()).isEqualTo("cora");

        typeDate(browser.findElement(By.id("contactDate")), "2026-11-20");
        new Select(browser.findElement(By.id("contactMethod"))).selectByValue("PHONE");
        new Select(browser.findElement(By.id("livingSituation"))).selectByValue("ALONE");
        WebElement closureReason = browser.findElement(By.id("field-closureReason"));
        assertThat(closureReason.isDisplayed()).as("shown while eligibility is open").isTrue();
        click(browser, By.id("eligible"));
        // the server's FEEL engine answers "=eligible = true" (POST /forms/conditions)
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(driver -> !closureReason.isDisplayed());
        click(browser, By.id("complete-button")); // "What the client needs" left empty

        WebElement error = waitFor(browser, By.id("presentingNeeds-error"));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.findElement(By.id("page-error")).getText()).contains("Nothing has been saved");
        assertThat(new Select(browser.findElement(By.id("livingSituation"))).getFirstSelectedOption()
                .getAttribute("value")).as("entered values are kept").isEqualTo("ALONE");

        browser.findElement(By.id("presentingNeeds"))
                .sendKeys("Forgets meals and medication; daughter visits on weekends.");
        click(browser, By.id("complete-button"));

        assertThat(waitFor(browser, By.id("case-number")).getText()).isEqualTo(caseNumber);
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Assessment");
        assertThat(browser.findElement(By.id("case-owner")).getText()).isEqualTo("Cora Lindqvist");
        assertThat(browser.findElements(By.cssSelector("#open-tasks a[data-task-key='Task_Assessment']")))
                .hasSize(1);
    }


    private void typeDate(WebElement input, String isoDate) {
        // a date input takes what a person types in the browser's locale; setting the value is locale-proof
        browser.executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
