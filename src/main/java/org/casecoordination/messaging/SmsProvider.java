package org.casecoordination.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether text messages go out: only with a Twilio account configured ({@link TwilioSettings}). Without one (a demo
 * on a laptop) every message is logged on its case as "not sent: no SMS provider configured", and the app says so
 * once at start, as it does for referral emails without a mail server.
 */
@Component
class SmsProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SmsProvider.class);

    private final boolean configured;

    @org.springframework.beans.factory.annotation.Autowired
    SmsProvider(TwilioSettings settings) {
        this(settings.configured());
    }

    /** For tests of the unconfigured app inside the configured one (the test context has a fake Twilio). */
    SmsProvider(boolean configured) {
        this.configured = configured;
    }

    boolean configured() {
        return configured;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAtStart() {
        if (!configured) {
            LOG.warn("Text messages are off: no SMS provider configured (set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN "
                    + "and TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID). Cases show each message as not sent.");
        }
    }
}
