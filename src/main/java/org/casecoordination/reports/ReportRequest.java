package org.casecoordination.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.client.PrimaryConcern;
import org.springframework.validation.Errors;

/**
 * The report form's fields as typed (query parameters of /reports and of a drill-down): checked here, each problem
 * an error on its field with a key of the bundles, so the page shows it beside the field.
 */
public class ReportRequest {

    public static final String MONTH = "month";
    public static final String QUARTER = "quarter";
    public static final String CUSTOM = "custom";
    /** The longest custom period: reports of more than two years are the exports' job. */
    static final int MAX_DAYS = 3 * 366;

    private String team;
    private String coordinator;
    private String period = MONTH;
    private String month;
    private String quarter;
    private String from;
    private String to;
    private String concern;
    private String acuity;

    /** The filter, or null when {@code errors} has a problem (every field is checked). */
    ReportFilter toFilter(String shownTeam, List<String> coordinators, LocalDate today, Errors errors) {
        ReportPeriod chosen = switch (period == null ? MONTH : period) {
            case MONTH -> month(today, errors);
            case QUARTER -> blank(quarter) ? ReportPeriod.quarter(ReportPeriod.quarterOf(today)).orElseThrow()
                    : ReportPeriod.quarter(quarter).orElseGet(() -> {
                        errors.rejectValue("quarter", "reports.error.quarter");
                        return null;
                    });
            case CUSTOM -> custom(errors);
            default -> {
                errors.rejectValue("period", "reports.error.period");
                yield null;
            }
        };
        String who = blank(coordinator) ? null : coordinator.strip();
        if (who != null && !coordinators.contains(who)) {
            errors.rejectValue("coordinator", "reports.error.coordinator");
        }
        String concernCode = code(concern, PrimaryConcern.class, "concern", errors);
        String acuityCode = code(acuity, Acuity.class, "acuity", errors);
        if (errors.hasErrors() || chosen == null) {
            return null;
        }
        return new ReportFilter(shownTeam, who, chosen.from(), chosen.to(), concernCode, acuityCode);
    }

    private ReportPeriod month(LocalDate today, Errors errors) {
        if (blank(month)) {
            return ReportPeriod.month(YearMonth.from(today));
        }
        try {
            return ReportPeriod.month(YearMonth.parse(month.strip()));
        } catch (DateTimeParseException notAMonth) {
            errors.rejectValue("month", "reports.error.month");
            return null;
        }
    }

    private ReportPeriod custom(Errors errors) {
        LocalDate first = day(from, "from", errors);
        LocalDate last = day(to, "to", errors);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            errors.rejectValue("to", "reports.error.toBeforeFrom");
            return null;
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            errors.rejectValue("to", "reports.error.tooLong");
            return null;
        }
        return new ReportPeriod(first, last);
    }

    private static LocalDate day(String value, String field, Errors errors) {
        if (blank(value)) {
            errors.rejectValue(field, "reports.error.dayMissing");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            errors.rejectValue(field, "reports.error.day");
            return null;
        }
    }

    private static <E extends Enum<E>> String code(String value, Class<E> type, String field, Errors errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip()).name();
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue(field, "reports.error.choice");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getCoordinator() { return coordinator; }
    public void setCoordinator(String coordinator) { this.coordinator = coordinator; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getConcern() { return concern; }
    public void setConcern(String concern) { this.concern = concern; }
    public String getAcuity() { return acuity; }
    public void setAcuity(String acuity) { this.acuity = acuity; }
}
