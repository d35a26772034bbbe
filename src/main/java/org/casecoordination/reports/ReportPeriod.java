package org.casecoordination.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's period as people choose it: a month, a quarter, or any days from..to (both included). */
record ReportPeriod(LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** {@code 2026-Q1}; empty when it is not one. */
    static java.util.Optional<ReportPeriod> quarter(String value) {
        Matcher m = value == null ? null : QUARTER.matcher(value.strip());
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
        return java.util.Optional.of(new ReportPeriod(first, first.plusMonths(3).minusDays(1)));
    }

    static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter of {@code today} and the seven before it, newest first: the choices of the period menu. */
    static List<String> recentQuarters(LocalDate today) {
        List<String> quarters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            quarters.add(quarterOf(today.minusMonths(3L * i)));
        }
        return quarters;
    }
}
