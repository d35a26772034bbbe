package org.casecoordination.tasklist.prefill;

import java.util.Collection;
import org.casecoordination.casefile.StageRecord;

/**
 * What an earlier step recorded for a field, or the client's record or another module says: the value (form-js's
 * shape, null when that answer was empty), the {@code prefill} source it comes from and, for {@code record}, the
 * step that recorded it (else {@code null}).
 */
public record EarlierAnswer(Object value, String source, StageRecord step) {

    /** An empty answer prefills nothing and says nothing about where it came from. */
    public boolean isEmpty() {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }
}
