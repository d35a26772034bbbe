package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlagRepository;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.client.Client;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page as a coordinator uses it on the phone: the stepper and the red banner at the top, the diagram in
 * its own tab, closing that asks first, and no sideways scrolling on a tablet (820 px) or a phone (390 px).
 */
@ApplicationTest
class CasePageBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ClientRepository clients;
    @Autowired
    CaseFlagRepository flags;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "case-page.png");
    }

    @Test
    void theCasePageShowsWhatMattersFirstKeepsTheDiagramInATabAndAsksBeforeClosing() throws Exception {
        String caseNumber = flaggedCaseAtAssessment();
        logInAndOpen(caseNumber);

        WebElement current = waitFor(browser, By.cssSelector("#case-stepper li[aria-current='step']"));
        assertThat(current.getText()).isEqualTo("Assessment");
        WebElement banner = browser.findElement(By.cssSelector("#case-header .case-flag[role='alert']"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).contains("Safety concern").contains("PHQ-9 (depression)");
        assertThat(browser.findElement(By.id("client-phone")).getAttribute("href")).isEqualTo("tel:+15550102000");
        assertThat(browser.findElement(By.id("process-diagram")).isDisplayed()).as("the diagram waits in its tab")
                .isFalse();

        click(browser, By.id("tab-process"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> driver.findElement(By.cssSelector("#process-diagram[data-drawn='true']")));
        assertThat(browser.findElement(By.cssSelector(
                ".djs-element.diagram-active[data-element-id='Task_Assessment']")).getSize().getWidth()).isPositive();

        click(browser, By.id("tab-case"));
        click(browser, By.id("close-case-button"));
        WebElement dialog = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> driver.findElement(By.cssSelector("#close-dialog.show")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> dialog.isDisplayed());
        // Bootstrap ignores a dismiss while the dialog is still fading in; it takes the focus when it has opened
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return arguments[0].contains(document.activeElement);", dialog)));
        assertThat(dialog.getText()).contains("Close the case of").contains("Yes, close the case")
                .contains("Assess needs");
        assertThat(browser.getCurrentUrl()).as("asked on the page, in a dialog").contains("/cases/" + caseNumber)
                .doesNotContain("/close");
        click(browser, By.cssSelector("#close-dialog button.btn-outline-secondary[data-bs-dismiss='modal']"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !dialog.isDisplayed());
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage())
                .as("asking closed nothing").isEqualTo(CaseStage.ASSESSMENT);
    }

    @Test
    void theCasePageFitsATabletAndAPhoneWithoutSidewaysScrolling() throws Exception {
        String caseNumber = flaggedCaseAtAssessment();
        logInAndOpen(caseNumber);
        for (int[] size : new int[][] {{820, 1180}, {390, 844}}) {
            browser.manage().window().setSize(new Dimension(size[0], size[1]));
            browser.navigate().refresh();
            waitFor(browser, By.id("case-stepper"));
            keepScreenshot("case-page-" + size[0] + ".png");
            long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
            Number contentRight = (Number) browser.executeScript("return Math.max.apply(null, Array.from("
                    + "document.querySelectorAll('section.case-page *')).map(e => e.getBoundingClientRect().right));");
            assertThat(contentRight.doubleValue()).as("the case page's own content at %d px", size[0])
                    .isLessThanOrEqualTo(innerWidth);
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertThat(scrollWidth).as("the whole page at %d px, header included", size[0])
                    .isLessThanOrEqualTo(innerWidth);
            assertThat(browser.findElement(By.cssSelector("#case-header .case-flag")).isDisplayed()).isTrue();
        }
    }

    /** A team-north case at assessment whose client has a phone, with a safety flag raised by a PHQ-9. */
    private String flaggedCaseAtAssessment() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        Client client = careCase.getClient();
        client.updateContact("+1 (555) 010-2000", "12 Elm Street, Northtown", "Portuguese");
        client.showCaregiver("Maria Alves (daughter), +1 555 0199");
        clients.save(client);
        flags.save(new CaseFlag(careCase, CaseFlag.Kind.SAFETY, "PHQ9", "cora"));
        return caseNumber;
    }

    private void logInAndOpen(String caseNumber) {
        browser.get("http://localhost:" + port + "/cases/" + caseNumber);
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser, By.id("case-header"));
    }

    private void keepScreenshot(String name) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
