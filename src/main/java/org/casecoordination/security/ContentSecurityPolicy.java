package org.casecoordination.security;

/**
 * The Content-Security-Policy of this app's own pages: scripts, styles and everything else only from this origin,
 * no inline script or style, so text that slips past escaping still cannot run. Bootstrap draws its select arrows
 * and checkbox ticks as data: SVG images, hence "img-src 'self' data:". Camunda's webapps send their own policy
 * (they need inline bits) and the engine REST API serves no pages, so neither gets this one.
 */
final class ContentSecurityPolicy {

    static final String FOR_PAGES = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private ContentSecurityPolicy() {
    }
}
