package org.casecoordination.security.hardening;

import java.io.IOException;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** The embedded Tomcat's real sessions, so a test can read their idle timeout or let one expire now. */
final class ServerSessions {

    private final ServletWebServerApplicationContext context;

    ServerSessions(ServletWebServerApplicationContext context) {
        this.context = context;
    }

    Session find(String sessionId) throws IOException {
        Context app = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        return app.getManager().findSession(sessionId);
    }

    /** What the idle timeout does after 30 minutes. */
    void expire(String sessionId) throws IOException {
        find(sessionId).expire();
    }
}
