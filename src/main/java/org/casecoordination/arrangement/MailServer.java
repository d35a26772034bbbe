package org.casecoordination.arrangement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether referral emails go out: only when a mail host is configured ({@code spring.mail.host}, {@code MAIL_HOST}).
 * Without one (a demo on a laptop) referrals reach providers through their inbox only, and no email step fails.
 */
@Component
class MailServer {

    private static final Logger LOG = LoggerFactory.getLogger(MailServer.class);

    static final String NOT_CONFIGURED = "no mail server configured";

    private final boolean configured;

    MailServer(@Value("${spring.mail.host:}") String host) {
        this.configured = StringUtils.hasText(host);
    }

    boolean configured() {
        return configured;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAtStart() {
        if (!configured) {
            LOG.warn("Referral emails are off: no mail server configured (set MAIL_HOST or spring.mail.host). "
                    + "Providers see their referrals in their inbox only.");
        }
    }
}
