package org.casecoordination.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads one field of an url-encoded form body the way the servlet container does: names are decoded too, so
 * "user%6Eame=x" is the field "username", exactly as Camunda's login resource will see it.
 */
public final class FormBodies {

    public static Optional<String> field(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.equals(key)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part; // a malformed escape: Camunda refuses the login itself
        }
    }

    private FormBodies() {
    }
}
