package org.casecoordination.fhir;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@code _include}: whether a search was asked to include what one of its references points to. A value this server
 * does not support is ignored (FHIR's lenient default) and left out of the links, as other unknown parameters are.
 */
final class Includes {

    static final String PARAMETER = "_include";

    private Includes() {
    }

    static boolean asked(String value, SearchPage page) {
        String[] include = request().getParameterValues(PARAMETER);
        if (include == null || Arrays.stream(include).map(String::strip).noneMatch(value::equals)) {
            return false;
        }
        page.used(PARAMETER, value);
        return true;
    }

    static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
