package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An email's link in a real browser: opened without a session it asks for the login and then shows the task, not
 * the home page; the email settings page fits a phone and passes the accessibility check (run on every page).
 */
@ApplicationTest
class NoticeLinkBrowserTests {

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
        BrowserSession.close(browser, "notice-link-last-page.png");
    }

    @Test
    void aTaskLinkFromAnEmailLeadsToTheTaskAfterLoginAndTheSettingsPageFitsAPhone() {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        browser.get("http://localhost:" + port + "/tasks/" + taskId);
        waitFor(browser, By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
        waitFor(browser, By.id("current-user"));

        assertThat(browser.getCurrentUrl()).contains("/tasks/" + taskId);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/account/notifications");
        waitFor(browser, By.id("notice-settings-form"));
        assertThat(browser.findElement(By.id("kind-SAFETY")).getText()).contains("always emailed at once");
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
    }
}
