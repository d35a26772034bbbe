package org.casecoordination.forms;

import java.math.BigDecimal;

/**
 * FEEL's three-valued logic: comparing values of different types, or negating a non-boolean, gives
 * {@code null} ("unknown"), and {@code and}/{@code or} treat unknowns as FEEL does.
 */
final class FeelLogic {

    /** A sub-expression that was not understood; it spreads to the whole result. */
    static final Object UNKNOWN = new Object();

    private FeelLogic() {
    }

    static Object equal(Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof Number a && right instanceof Number b) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x == null || y == null ? null : x.compareTo(y) == 0;
        }
        boolean comparable = (left instanceof String && right instanceof String)
                || (left instanceof Boolean && right instanceof Boolean);
        return comparable ? left.equals(right) : null;
    }

    private static BigDecimal decimal(Number number) {
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException infiniteOrNaN) {
            return null;
        }
    }

    static Object not(Object value) {
        return value == UNKNOWN ? UNKNOWN : value instanceof Boolean b ? !b : null;
    }

    static Object and(Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
            return false;
        }
        return Boolean.TRUE.equals(left) && Boolean.TRUE.equals(right) ? true : null;
    }

    static Object or(Object left, Object right) {
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
            return true;
        }
        return Boolean.FALSE.equals(left) && Boolean.FALSE.equals(right) ? false : null;
    }
}
