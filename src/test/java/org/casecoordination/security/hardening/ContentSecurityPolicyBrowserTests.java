package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casecoordination.browser.BrowserSession;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The policy is only as good as the pages that live with it: in real Chromium, logging in and working a case
 * (Bootstrap, our scripts, the form conditions asked of the server) triggers no Content-Security-Policy violation.
 */
@ApplicationTest
class ContentSecurityPolicyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void workingACaseTriggersNoPolicyViolation() throws Exception {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();
        browser = BrowserSession.start(); // checks each page with axe-core too
        List<String> violations = new ArrayList<>();

        open("/login", violations);
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(By.id("login-submit"));
        browser.findElement(By.id("tab-mine"));
        violations.addAll(policyViolations());
        for (String page : List.of("/tasks?view=team", "/referrals/new", "/cases/" + caseNumber, "/tasks/" + intake)) {
            open(page, violations);
        }
        click(By.id("claim-button"));
        browser.findElement(By.id("task-assignee"));
        click(By.id("eligible")); // form-conditions.js shows and hides fields
        click(By.id("eligible"));
        violations.addAll(policyViolations());

        assertThat(violations).isEmpty();
    }

    private void open(String path, List<String> violations) {
        browser.get("http://localhost:" + port + path);
        violations.addAll(policyViolations());
    }

    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }
}
