package org.casecoordination.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UrlPathHelper;

/**
 * A request to Camunda's REST API, by whichever of its three prefixes: {@code /engine-rest}, {@code
 * /engine-rest/engine/{name}} and {@code /camunda/api/engine/engine/{name}} (the same API as Camunda's webapps
 * call it). {@link #resource} is what follows the prefix ({@code /task/42/complete}), so filters that guard the
 * engine API match one path shape instead of repeating the prefixes.
 *
 * @param webappEngine the engine name when called through the webapps' prefix (their session login applies),
 *                     otherwise null
 * @param resource     the path after the prefix, starting with "/", repeated slashes collapsed; "" for none
 */
public record EnginePath(String webappEngine, String resource) {

    /** Decoded and without ;path parameters: the path as the servlets route it. */
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/([^/]+))(/.*)?$");

    public static Optional<EnginePath> of(HttpServletRequest request) {
        return of(PATHS.getPathWithinApplication(request));
    }

    /** The engine request this path is, if any; repeated slashes count as one, as Jersey routes them. */
    public static Optional<EnginePath> of(String path) {
        Matcher m = PREFIX.matcher(path.replaceAll("/{2,}", "/"));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EnginePath(m.group(1), m.group(2) == null ? "" : m.group(2)));
    }

    /** Whether the resource (after the prefix) matches, e.g. {@code ^/task/[^/]+/complete/?$}. */
    public boolean matches(Pattern resourcePattern) {
        return resourcePattern.matcher(resource).matches();
    }

    /** The resource's match, to read its groups. */
    public Matcher matcher(Pattern resourcePattern) {
        return resourcePattern.matcher(resource);
    }
}
