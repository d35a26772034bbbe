package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;
import static org.casecoordination.browser.BrowserSession.waitForText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casecoordination.documents.UploadedFiles;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator on a phone (390 px) uploads a photographed consent form from the case page's Documents panel: a
 * file too large is answered next to the field before it is sent (and by the server in the same words without the
 * page's script); the photo is then kept and listed, and neither a phone nor a tablet (820 px) scrolls sideways.
 */
@ApplicationTest
class DocumentUploadBrowserTests {

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
        BrowserSession.close(browser, "document-upload.png");
    }

    @Test
    void aCoordinatorUploadsAPhotographedConsentFormOnAPhone() throws Exception {
        String caseNumber = cases.open("team-north");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/cases/" + caseNumber);
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser, By.id("document-upload"));

        // too large: answered before anything is sent, with what was chosen and typed kept
        Path tooLarge = Files.createTempFile("scan", ".pdf");
        Files.write(tooLarge, UploadedFiles.pdfOfSize(25 * 1024 * 1024));
        fill("SIGNED_CONSENT_SCAN", "Consent to share, signed at home", tooLarge);
        click(browser, By.id("upload-document"));
        waitForText(browser, By.id("upload-file-error"), "The file is larger than 10 MB.");
        assertThat(browser.findElement(By.id("upload-file-error")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("upload-title")).getAttribute("value"))
                .isEqualTo("Consent to share, signed at home");

        // without the script's check the server, which takes nothing that large, answers in the same words
        browser.executeScript("document.getElementById('document-upload').removeAttribute('data-max-bytes');");
        click(browser, By.id("upload-document"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl()
                .endsWith("#document-upload"));
        waitForText(browser, By.id("upload-file-error"), "The file is larger than 10 MB.");
        assertThat(browser.findElement(By.id("upload-file-error")).isDisplayed()).isTrue();

        fill("SIGNED_CONSENT_SCAN", "Consent to share, signed at home", null);
        Path photo = Files.createTempFile("consent", ".png");
        Files.write(photo, UploadedFiles.png());
        browser.findElement(By.id("upload-file")).sendKeys(photo.toString());
        click(browser, By.id("upload-document"));
        waitForText(browser, By.id("document-list"), "Consent to share, signed at home");
        WebElement listed = browser.findElement(By.cssSelector("#document-list li"));
        assertThat(listed.getText()).contains("Signed consent form (scan), uploaded by Cora Lindqvist")
                .contains("Preview").contains("Download");
        assertThat(browser.findElements(By.id("upload-file-error"))).isEmpty();

        assertFitsWithoutSidewaysScrolling(390);
        browser.manage().window().setSize(new Dimension(820, 1180)); // a tablet
        browser.navigate().refresh();
        waitFor(browser, By.id("document-upload"));
        assertFitsWithoutSidewaysScrolling(820);
        Files.delete(tooLarge);
        Files.delete(photo);
    }

    private void assertFitsWithoutSidewaysScrolling(int width) {
        long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("no sideways scrolling at %d px", width).isLessThanOrEqualTo(innerWidth);
        Number formRight = (Number) browser.executeScript(
                "return document.getElementById('document-upload').getBoundingClientRect().right;");
        assertThat(formRight.doubleValue()).as("the upload form at %d px", width).isLessThanOrEqualTo(innerWidth);
    }

    private void fill(String kind, String title, Path file) {
        new Select(waitFor(browser, By.id("upload-kind"))).selectByValue(kind);
        WebElement titleBox = browser.findElement(By.id("upload-title"));
        titleBox.clear();
        titleBox.sendKeys(title);
        if (file != null) {
            browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        }
    }
}
