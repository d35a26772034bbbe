package org.casecoordination.forms;

import java.math.BigDecimal;

/**
 * The {@code validate} block of a form-js component. Limits given as FEEL expressions ({@code "=..."}) are
 * read as absent: the server cannot evaluate them, and guessing would reject valid input.
 */
public record Validation(boolean required, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
        String pattern, String validationType) {

    /** A component without a {@code validate} block. */
    public static final Validation NONE = new Validation(false, null, null, null, null, null, null);
}
