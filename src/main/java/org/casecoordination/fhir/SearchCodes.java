package org.casecoordination.fhir;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A token search's codes ("active" or "active,inactive"), each one FHIR defines for it; anything else a 400. */
final class SearchCodes {

    private SearchCodes() {
    }

    /** The codes as {@code fromCode} reads them (it throws or answers null for an unknown one); null if none given. */
    static <T> Set<T> of(String parameter, String value, Function<String, T> fromCode) {
        if (value == null) {
            return null;
        }
        Set<T> codes = new HashSet<>();
        for (String code : value.split(",")) {
            T read;
            try {
                read = code.isBlank() ? null : fromCode.apply(code.strip());
            } catch (RuntimeException e) {
                read = null;
            }
            if (read == null) {
                throw new InvalidSearchException(parameter, value);
            }
            codes.add(read);
        }
        return codes;
    }

    /** The codes, each one of {@code known}. */
    static Set<String> of(String parameter, String value, List<String> known) {
        return of(parameter, value, code -> known.contains(code) ? code : null);
    }

    /** Whether a value is among the codes searched for (no codes given: every value is). */
    static <T> boolean matches(Set<T> codes, T value) {
        return codes == null || codes.contains(value);
    }
}
