package org.casecoordination.messaging;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Twilio's status callbacks, applied to the delivery log: sent, delivered, undelivered or failed, with Twilio's
 * error code (its words come from the bundles, {@code twilioError.30003}). A callback about a message this app does
 * not know (another app on the account, a log row already removed) is logged and ignored.
 */
@Service
class DeliveryReports {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReports.class);

    private final OutgoingMessageRepository messages;

    DeliveryReports(OutgoingMessageRepository messages) {
        this.messages = messages;
    }

    @Transactional
    public void report(String messageSid, String messageStatus, String errorCode) {
        DeliveryStatus status = DeliveryStatus.ofTwilio(messageStatus);
        if (status == null) {
            LOG.info("Status callback for {} with status {} ignored: it says nothing about delivery", messageSid,
                    messageStatus);
            return;
        }
        messages.findByProviderMessageId(messageSid).ifPresentOrElse(
                message -> message.reported(status, errorCode == null || errorCode.isBlank() ? null : errorCode,
                        null, Instant.now()),
                () -> LOG.warn("Status callback for unknown message {} ({}) ignored", messageSid, messageStatus));
    }
}
