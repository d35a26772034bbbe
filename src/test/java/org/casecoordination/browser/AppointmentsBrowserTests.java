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
 * The appointment page on a tablet (820 px) and a phone (390 px): no sideways scrolling, every field labelled (axe
 * checks each page); an appointment added on the phone is shown on the case page's panel, on the agency's clock.
 */
@ApplicationTest
class AppointmentsBrowserTests {

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
        BrowserSession.close(browser, "appointments.png");
    }

    @Test
    void anAppointmentIsAddedOnAPhoneAndTheCasePageShowsIt() {
        String caseNumber = cases.open("team-north");
        browser.get("http://localhost:" + port + "/cases/" + caseNumber + "/appointments/new");
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        waitFor(browser, By.id("appointment-form"));
        for (int width : new int[] {820, 390}) {
            browser.manage().window().setSize(new Dimension(width, 844));
            browser.navigate().refresh();
            waitFor(browser, By.id("appointment-form"));
            assertNoSidewaysScrolling(width);
        }

        // the browser's date and time pickers type in its own locale's order; the value they hold is ISO either way
        browser.executeScript("document.getElementById('day').value = '2031-03-14';"
                + "document.getElementById('time').value = '10:30';");
        WebElement place = browser.findElement(By.id("place"));
        place.sendKeys("Northside Clinic, 40 Main Street");
        place.sendKeys(Keys.ENTER);

        WebElement appointment = waitFor(browser, By.cssSelector("#appointment-list .appointment"));
        assertThat(appointment.findElement(By.className("appointment-when")).getText())
                .isEqualTo("Mar 14, 2031, 10:30 AM");
        assertThat(appointment.getText()).contains("Appointment", "Northside Clinic, 40 Main Street");
        assertNoSidewaysScrolling(390);
    }

    private void assertNoSidewaysScrolling(int width) {
        long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("the page at %d px", width).isLessThanOrEqualTo(innerWidth);
    }
}
