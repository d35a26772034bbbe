package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import java.time.Duration;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client signs the Part 2 consent with a finger on the tablet (820 px): the coordinator opens the form from the
 * Documents panel, chooses to whom and until when, the client draws on the pad, and the signed form with the drawing
 * is kept with the case and linked from the consent. The page fits a tablet and a phone without sideways scrolling.
 */
@ApplicationTest
class ConsentSigningBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "consent-signing.png");
    }

    @Test
    void theClientSignsThePart2ConsentOnThePadAndTheSignedFormIsKeptWithTheConsent() throws Exception {
        String caseNumber = cases.open("team-north", "Firmante", "Ana");
        browser.manage().window().setSize(new Dimension(820, 1180));
        browser.get("http://localhost:" + port + "/cases/" + caseNumber);
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser, By.id("case-header"));

        click(browser, By.id("sign-part2-consent"));
        WebElement pad = waitFor(browser, By.id("signature-pad"));
        assertThat(pad.isDisplayed()).as("the pad shows once its script runs").isTrue();
        assertThat(browser.findElement(By.id("consent-form-witness")).getText())
                .isEqualTo("Witness: Cora Lindqvist (you)");
        for (int width : new int[] {820, 390}) {
            browser.manage().window().setSize(new Dimension(width, width == 820 ? 1180 : 844));
            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at %d px", width).isTrue();
        }
        browser.manage().window().setSize(new Dimension(820, 1180));

        browser.findElement(By.id("consent-form-recipient")).sendKeys("Clínica Esperanza");
        browser.executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("consent-form-valid-until")), LocalDate.now().plusDays(90).toString());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", pad);
        new Actions(browser).moveToElement(pad, -200, 10).clickAndHold()
                .moveByOffset(60, -30).moveByOffset(60, 40).moveByOffset(80, -20).release().perform();
        Number inked = (Number) browser.executeScript("var c = arguments[0]; var d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; var n = 0;"
                + " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", pad);
        assertThat(inked.intValue()).as("the stroke shows on the pad").isPositive();
        // a phone's keyboard or a turned tablet resizes the window: the strokes must still go along
        browser.manage().window().setSize(new Dimension(800, 1180));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> (Boolean) browser.executeScript(
                "var c = arguments[0]; return c.width === Math.round(c.offsetWidth * Math.max(window.devicePixelRatio"
                        + " || 1, 1));", pad));
        click(browser, By.id("consent-form-sign"));

        WebElement signedForm = waitFor(browser, By.cssSelector("#consents .consent-signed-form"));
        assertThat(signedForm.getText()).isEqualTo("Signed form");
        byte[] pdf = jdbc.queryForObject("select d.content from case_document d join care_case c on c.id = d.case_id"
                + " where c.case_number = ? and d.kind = 'PART2_CONSENT'", byte[].class, caseNumber);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).as("the drawing from the pad is in the PDF").isOne();
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Signed by: Ana Firmante", "Witness: Cora Lindqvist", "Clínica Esperanza");
        }
    }
}
