package org.casecoordination.tasklist.prefill;

import java.util.Collection;
import org.casecoordination.casefile.StageRecord;

/**
 * What an earlier step recorded for a field, or the client's record says: the value (form-js's shape, null when
 * that answer was empty) and the step it comes from ({@code null} when it comes from the client's record).
 */
public record EarlierAnswer(Object value, StageRecord step) {

    public boolean fromClientRecord() {
        return step == null;
    }

    /** An empty answer prefills nothing and says nothing about where it came from. */
    public boolean isEmpty() {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }
}
