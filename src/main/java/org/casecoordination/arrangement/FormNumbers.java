package org.casecoordination.arrangement;

/** Form numbers arrive as whatever the door sent (Long, BigDecimal, a string from Tasklist). */
final class FormNumbers {

    static long longValue(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(String.valueOf(value).strip());
    }

    private FormNumbers() {
    }
}
