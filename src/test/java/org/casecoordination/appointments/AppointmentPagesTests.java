package org.casecoordination.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.casecoordination.arrangement.ArrangedCases;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case page's Appointments and rides panel and the appointment pages: add, errors beside the fields, move, a
 * stale move refused in words, cancel after a question, another team refused, a closed case read-only, a ride's
 * pickup from a booked transport, Spanish words. Times are typed and shown on the agency's clock (Europe/Berlin in
 * the tests, the server in UTC).
 */
@ApplicationTest
class AppointmentPagesTests {

    static final ZoneId AGENCY = ZoneId.of("Europe/Berlin");
    static final Instant MARCH_14_10_30 = LocalDateTime.of(2031, 3, 14, 10, 30).atZone(AGENCY).toInstant();

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    Appointments appointments;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    CaseRepository caseRepository;

    @Test
    void anAppointmentAddedOnItsPageIsShownOnThePanelOnTheAgencysClockAndOnTheTimeline() throws Exception {
        String caseNumber = cases.open("team-north");
        assertThat(casePage(caseNumber, "en").select("#no-appointments").text())
                .isEqualTo("No appointments or rides ahead.");
        Document form = page(get("/cases/{n}/appointments/new", caseNumber), "en");
        assertThat(form.select("label[for=day]").text()).isEqualTo("Day");
        assertThat(form.select("#kind-APPOINTMENT").hasAttr("checked")).isTrue();
        assertThat(form.select("#startsAt-help").text()).isEqualTo("On the agency's clock: Central European Time.");

        mvc.perform(post("/cases/{n}/appointments", caseNumber).with(Users.cora()).with(csrf())
                        .param("kind", "APPOINTMENT").param("day", "2031-03-14").param("time", "10:30")
                        .param("place", "Northside Clinic, 40 Main Street"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#appointments"))
                .andExpect(flash().attribute("message", "The appointment or ride was added."));

        assertThat(cases.as("cora", () -> appointments.of(caseNumber))).singleElement()
                .satisfies(a -> assertThat(a.getStartsAt()).as("10:30 in Berlin").isEqualTo(MARCH_14_10_30));
        Document english = casePage(caseNumber, "en");
        assertThat(english.select("#appointment-list .appointment-when").text()).isEqualTo("Mar 14, 2031, 10:30 AM");
        assertThat(english.select("#appointment-list .appointment-kind").text()).isEqualTo("Appointment");
        assertThat(english.select("#appointment-list .appointment-place").text())
                .isEqualTo("Northside Clinic, 40 Main Street");
        assertThat(english.select("#appointments-zone").text()).isEqualTo("Times are Central European Time.");
        assertThat(english.select("#timeline li").text()).contains(
                "Appointment at Northside Clinic, 40 Main Street on Mar 14, 2031, 10:30 AM scheduled by Cora Lindqvist");

        Document spanish = casePage(caseNumber, "es");
        assertThat(spanish.select("#appointments h2").text()).isEqualTo("Citas y traslados");
        assertThat(spanish.select("#appointment-list .appointment-when").text()).isEqualTo("14 mar 2031, 10:30");
        assertThat(spanish.select("#appointment-list .appointment-kind").text()).isEqualTo("Cita");
        assertThat(spanish.select("#add-appointment").text()).isEqualTo("Agregar una cita o un traslado");
        assertThat(spanish.select("#timeline li").text()).contains(
                "Cita en Northside Clinic, 40 Main Street el 14 mar 2031 10:30, programada por Cora Lindqvist");
    }

    @Test
    void aPastTimeAndAMissingAddressAreShownBesideTheirFieldsInTheReadersLanguageAndNothingIsWritten() throws Exception {
        String caseNumber = cases.open("team-north");
        for (String language : new String[] {"en", "es"}) {
            Document refused = page(post("/cases/{n}/appointments", caseNumber).with(csrf())
                    .param("kind", "APPOINTMENT").param("day", "2020-01-06").param("time", "09:00")
                    .param("place", " "), language);
            assertThat(refused.select("#day").hasClass("is-invalid")).isTrue();
            assertThat(refused.select("#day").val()).as("what was typed stays").isEqualTo("2020-01-06");
            assertThat(refused.select("#startsAt-error").text()).isEqualTo(language.equals("en")
                    ? "Choose a day and time that is still ahead." : "Elija un día y una hora que aún no hayan pasado.");
            assertThat(refused.select("#place-error").text())
                    .isEqualTo(language.equals("en") ? "Enter the address." : "Indique la dirección.");
        }
        Document noTime = page(post("/cases/{n}/appointments", caseNumber).with(csrf())
                .param("kind", "APPOINTMENT").param("day", "2031-03-14").param("place", "Clinic"), "en");
        assertThat(noTime.select("#startsAt-error").text()).isEqualTo("Enter the time.");
        assertThat(noTime.select("#place").val()).isEqualTo("Clinic");
        assertThat(cases.as("cora", () -> appointments.of(caseNumber))).isEmpty();
    }

    @Test
    void anAppointmentIsMovedWithTheVersionItWasReadAtAndAStaleFormIsRefusedInWords() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = schedule(caseNumber).getId();

        Document move = page(get("/cases/{n}/appointments/{id}/move", caseNumber, id), "en");
        assertThat(move.select("#day").val()).isEqualTo("2031-03-14");
        assertThat(move.select("#time").val()).isEqualTo("10:30");
        assertThat(move.select("#place").val()).isEqualTo("40 Main Street");
        String version = move.select("#version").val();

        mvc.perform(post("/cases/{n}/appointments/{id}/move", caseNumber, id).with(Users.cora()).with(csrf())
                        .param("day", "2031-03-21").param("time", "14:15").param("place", "42 Main Street")
                        .param("version", version))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "The new day, time and place were saved."));
        Document moved = casePage(caseNumber, "en");
        assertThat(moved.select("#appointment-list .appointment-when").text()).isEqualTo("Mar 21, 2031, 2:15 PM");
        assertThat(moved.select("#appointment-list .appointment-place").text()).isEqualTo("42 Main Street");
        assertThat(moved.select("#timeline li").text()).contains("Appointment at 42 Main Street moved from"
                + " Mar 14, 2031, 10:30 AM to Mar 21, 2031, 2:15 PM by Cora Lindqvist");

        // a second tab still holds the first version: refused, shown as it is now, nothing overwritten
        Document stale = page(post("/cases/{n}/appointments/{id}/move", caseNumber, id).with(csrf())
                .param("day", "2031-03-28").param("time", "09:00").param("place", "40 Main Street")
                .param("version", version), "en");
        assertThat(stale.select("#appointment-conflict").text()).startsWith("Someone else changed this appointment");
        assertThat(stale.select("#day").val()).isEqualTo("2031-03-21");
        assertThat(cases.as("cora", () -> appointments.find(caseNumber, id)).getPlace()).isEqualTo("42 Main Street");
        assertThat(page(post("/cases/{n}/appointments/{id}/move", caseNumber, id).with(csrf())
                .param("day", "2031-03-28").param("time", "09:00").param("place", "40 Main Street")
                .param("version", version), "es").select("#appointment-conflict").text())
                .startsWith("Otra persona cambió esta cita");
    }

    @Test
    void anAppointmentIsCancelledAfterAQuestionAndStaysOnThePanelMarkedCancelled() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = schedule(caseNumber).getId();

        Document question = page(get("/cases/{n}/appointments/{id}/cancel", caseNumber, id), "en");
        assertThat(question.select("h1").text()).isEqualTo("Cancel this appointment or ride?");
        assertThat(question.select("#cancelling").text()).contains("Appointment", "Mar 14, 2031, 10:30 AM");
        assertThat(cases.as("cora", () -> appointments.find(caseNumber, id)).isScheduled())
                .as("asking changes nothing").isTrue();

        mvc.perform(post("/cases/{n}/appointments/{id}/cancel", caseNumber, id).with(Users.cora()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#appointments"));
        Document english = casePage(caseNumber, "en");
        assertThat(english.select("#appointment-list")).isEmpty();
        assertThat(english.select("#earlier-appointments summary").text()).isEqualTo("Past and cancelled (1)");
        assertThat(english.select("#earlier-appointments .appointment-cancelled").text()).isEqualTo("Cancelled");
        assertThat(english.select("#earlier-appointments .text-decoration-line-through").text())
                .isEqualTo("Mar 14, 2031, 10:30 AM · Appointment · 40 Main Street");
        assertThat(english.select("#timeline li").text()).contains(
                "Appointment at 40 Main Street on Mar 14, 2031, 10:30 AM cancelled by Cora Lindqvist");
        assertThat(casePage(caseNumber, "es").select("#earlier-appointments .appointment-cancelled").text())
                .isEqualTo("Cancelada");

        mvc.perform(post("/cases/{n}/appointments/{id}/cancel", caseNumber, id).with(Users.cora()).with(csrf()))
                .andExpect(flash().attribute("error", "This appointment was cancelled; schedule a new one."));
    }

    @Test
    void anotherTeamCannotOpenAddMoveOrCancel() throws Exception {
        String caseNumber = cases.open("team-north");
        Appointment appointment = schedule(caseNumber);
        long id = appointment.getId();

        mvc.perform(get("/cases/{n}/appointments/new", caseNumber).with(Users.dana())).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/appointments", caseNumber).with(Users.dana()).with(csrf())
                .param("kind", "APPOINTMENT").param("day", "2031-03-14").param("time", "10:30")
                .param("place", "Peek")).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{n}/appointments/{id}/move", caseNumber, id).with(Users.dana()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/appointments/{id}/move", caseNumber, id).with(Users.dana()).with(csrf())
                .param("day", "2031-03-15").param("time", "10:30").param("place", "Elsewhere")
                .param("version", String.valueOf(appointment.getVersion()))).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/appointments/{id}/cancel", caseNumber, id).with(Users.dana()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(cases.as("cora", () -> appointments.of(caseNumber))).singleElement().satisfies(a -> {
            assertThat(a.isScheduled()).isTrue();
            assertThat(a.getPlace()).isEqualTo("40 Main Street");
        });
    }

    @Test
    void aClosedCaseShowsItsAppointmentsWithoutChanges() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = schedule(caseNumber).getId();
        mvc.perform(post("/cases/{n}/close", caseNumber).with(Users.cora()).with(csrf()).param("reason", "MOVED_AWAY"))
                .andExpect(status().is3xxRedirection());
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("MOVED_AWAY"));

        Document closed = casePage(caseNumber, "en");
        assertThat(closed.select("#appointment-list .appointment-when").text()).isEqualTo("Mar 14, 2031, 10:30 AM");
        assertThat(closed.select("#add-appointment, .appointment-move, .appointment-cancel")).isEmpty();
        mvc.perform(get("/cases/{n}/appointments/new", caseNumber).with(Users.cora()))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#appointments"))
                .andExpect(flash().attribute("error",
                        "This case is closed; its appointments and rides can no longer be changed."));
        mvc.perform(post("/cases/{n}/appointments/{id}/cancel", caseNumber, id).with(Users.cora()).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#appointments"));
        assertThat(cases.as("cora", () -> appointments.find(caseNumber, id)).isScheduled()).isTrue();
    }

    @Test
    void aRidesPickupIsAddedFromItsBookedTransportWithThePickupAddressFilledIn() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntakeWithoutConsent("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("ADULT_DAY_CARE")));
        cases.giveConsentToShare("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_SelectProvider",
                Map.of("providerId", arranged.providerId("Sunrise Day Centre")));
        cases.acceptOpenReferrals("cora", caseNumber);
        long dayCare = referralOf(caseNumber, ServiceType.ADULT_DAY_CARE).getId();
        mvc.perform(post("/cases/{n}/referrals/{id}/transport", caseNumber, dayCare).with(Users.cora()).with(csrf())
                .param("transportProviderId", String.valueOf(arranged.providerId("CareRide Transport")))
                .param("pickupAddress", "12 Elm Street, 10001").param("pickupTime", "Tuesdays 8:30")
                .param("mobilityNeeds", "WHEELCHAIR")).andExpect(status().is3xxRedirection());
        long ride = referralOf(caseNumber, ServiceType.TRANSPORTATION).getId();

        String link = casePage(caseNumber, "en").select("#service-plan .add-pickup-time").attr("href");
        assertThat(link).isEqualTo("/cases/%s/appointments/new?kind=TRANSPORT_PICKUP&referral=%d"
                .formatted(caseNumber, ride));
        Document form = page(get(link), "en");
        assertThat(form.select("#kind-TRANSPORT_PICKUP").hasAttr("checked")).isTrue();
        assertThat(form.select("#referralId option[selected]").text()).isEqualTo("Transportation, CareRide Transport");
        assertThat(form.select("#place").val()).isEqualTo("12 Elm Street, 10001");

        mvc.perform(post("/cases/{n}/appointments", caseNumber).with(Users.cora()).with(csrf())
                        .param("kind", "TRANSPORT_PICKUP").param("day", "2031-03-14").param("time", "08:30")
                        .param("referralId", String.valueOf(ride)).param("place", ""))
                .andExpect(status().is3xxRedirection());
        Document panel = casePage(caseNumber, "en");
        assertThat(panel.select("#appointment-list .appointment-kind").text()).isEqualTo("Ride pickup");
        assertThat(panel.select("#appointment-list .appointment-place").text())
                .as("left empty: the booked pickup address").isEqualTo("12 Elm Street, 10001");
        assertThat(panel.select("#appointment-list .appointment-provider").text()).isEqualTo("With CareRide Transport");
        assertThat(panel.select("#appointment-list .appointment-service").text()).isEqualTo("For: Adult day care");
        assertThat(casePage(caseNumber, "es").select("#appointment-list .appointment-kind").text())
                .isEqualTo("Recogida del traslado");

        Document wrongKind = page(post("/cases/{n}/appointments", caseNumber).with(csrf())
                .param("kind", "APPOINTMENT").param("day", "2031-03-14").param("time", "10:00")
                .param("referralId", String.valueOf(ride)).param("place", "Sunrise"), "en");
        assertThat(wrongKind.select("#referralId-error").text())
                .isEqualTo("This service is a ride: choose Ride pickup, or another service.");
    }

    private Appointment schedule(String caseNumber) {
        return cases.as("cora", () -> appointments.schedule(caseNumber, new AppointmentRequest(
                AppointmentKind.APPOINTMENT, MARCH_14_10_30, "40 Main Street", null, null)));
    }

    private ProviderReferral referralOf(String caseNumber, ServiceType type) {
        return cases.as("cora", () -> referrals.ofCase(caseRepository.findByCaseNumber(caseNumber).orElseThrow())
                .stream().filter(r -> r.getServiceType() == type).findFirst().orElseThrow());
    }

    private Document casePage(String caseNumber, String language) throws Exception {
        return page(get("/cases/{n}", caseNumber), language);
    }

    private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.cora()).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
