package org.casecoordination.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.casecoordination.system.ErrorWords;

/**
 * The appointment page's fields as typed: the day and time as the browser's date and time inputs send them
 * ({@code 2026-12-09}, {@code 10:30}), read on the agency's clock. Codes and ids arrive as text, so tampered values
 * are refused in words instead of failing the binding.
 */
public class AppointmentForm {

    private String kind;
    private String day;
    private String time;
    private String place;
    private String providerId;
    private String referralId;
    private Long version;

    /** An appointment as it is, to move it. */
    static AppointmentForm of(AppointmentView appointment) {
        AppointmentForm form = new AppointmentForm();
        form.setKind(appointment.kind().name());
        form.setDay(appointment.localStartsAt().toLocalDate().toString());
        form.setTime(appointment.localStartsAt().toLocalTime().toString());
        form.setPlace(appointment.place());
        form.setVersion(appointment.version());
        return form;
    }

    /** The kind chosen, or empty when none or no known one was sent. */
    Optional<AppointmentKind> chosenKind() {
        try {
            return kind == null ? Optional.empty() : Optional.of(AppointmentKind.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The moment the day and time name on the agency's clock; null, with a word on "startsAt", when they don't. */
    Instant startsAt(ZoneId zone, ErrorWords words, Map<String, String> errors) {
        LocalDate chosenDay = parse(day, LocalDate::parse);
        LocalTime chosenTime = parse(time, LocalTime::parse);
        if (chosenDay != null && chosenTime != null) {
            return chosenDay.atTime(chosenTime).atZone(zone).toInstant();
        }
        if (chosenDay == null && chosenTime == null) {
            errors.put("startsAt", words.text("appointments.error.startsAt"));
        } else {
            errors.put("startsAt", words.text(chosenDay == null ? "appointmentPage.error.day"
                    : "appointmentPage.error.time"));
        }
        return null;
    }

    /** An id from one of the page's lists, or null when none was chosen (or what came is no id: see {@link #garbled}). */
    static Long id(String text) {
        return text == null || text.isBlank() || garbled(text) ? null : Long.valueOf(text.strip());
    }

    /** Something came that is no id: only a tampered form sends that. */
    static boolean garbled(String text) {
        return text != null && !text.isBlank() && !text.strip().matches("\\d{1,18}");
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
        try {
            return text == null || text.isBlank() ? null : parser.apply(text.strip());
        } catch (DateTimeParseException garbled) {
            return null;
        }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getProviderId() { return providerId; }
    public void setProviderId(String providerId) { this.providerId = providerId; }
    public String getReferralId() { return referralId; }
    public void setReferralId(String referralId) { this.referralId = referralId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
