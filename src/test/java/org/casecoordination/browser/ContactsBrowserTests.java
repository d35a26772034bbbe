package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.waitFor;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact page on a phone (390 px) and a tablet (820 px): no sideways scrolling, every field labelled (axe checks
 * each page), filled and sent with the keyboard alone; the panel then shows the contact.
 */
@ApplicationTest
class ContactsBrowserTests {

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
        BrowserSession.close(browser, "contacts.png");
    }

    @Test
    void aContactIsAddedWithTheKeyboardOnAPhoneAndTheCasePageShowsIt() {
        String caseNumber = cases.open("team-north");
        browser.get("http://localhost:" + port + "/cases/" + caseNumber + "/contacts/new");
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser, By.id("contact-form"));
        for (int width : new int[] {820, 390}) {
            browser.manage().window().setSize(new Dimension(width, 844));
            browser.navigate().refresh();
            waitFor(browser, By.id("contact-form"));
            assertNoSidewaysScrolling(width);
        }

        browser.findElement(By.id("relationship")).sendKeys("Family");
        browser.findElement(By.id("name")).sendKeys("Luis Ruiz", Keys.TAB, "212 555 0123");
        WebElement sms = browser.findElement(By.id("consent-SMS"));
        sms.sendKeys(Keys.SPACE);
        assertThat(sms.isSelected()).isTrue();
        browser.findElement(By.id("phone")).sendKeys(Keys.ENTER);

        WebElement contact = waitFor(browser, By.cssSelector("#contact-list .contact"));
        assertThat(contact.findElement(By.className("contact-phone")).getText()).isEqualTo("(212) 555-0123");
        assertThat(contact.getText()).contains("Luis Ruiz", "Family member", "Text message");
        assertNoSidewaysScrolling(390);
    }

    private void assertNoSidewaysScrolling(int width) {
        long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("the page at %d px", width).isLessThanOrEqualTo(innerWidth);
    }
}
