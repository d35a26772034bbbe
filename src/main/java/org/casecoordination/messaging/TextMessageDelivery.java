package org.casecoordination.messaging;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one logged message, for an engine job to call ({@link TextMessageDelegate}, or a reminder's own
 * delegate): a number that texted STOP gets nothing, no provider means nothing is sent, quiet hours hold a message
 * that is not urgent and say until when, and a provider that is down throws {@link SmsGatewayException} after
 * noting the attempt, so the engine's job is tried again. Calling it again for a message that went out, or was
 * not sent for good, changes nothing: a retried job never texts twice.
 */
@Service
public class TextMessageDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(TextMessageDelivery.class);

    private final OutgoingMessageRepository messages;
    private final OptOuts optOuts;
    private final SmsProvider provider;
    private final QuietHours quietHours;
    private final TwilioClient twilio;
    private final TransactionTemplate separately;

    TextMessageDelivery(OutgoingMessageRepository messages, OptOuts optOuts, SmsProvider provider,
            QuietHours quietHours, TwilioClient twilio, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.provider = provider;
        this.quietHours = quietHours;
        this.twilio = twilio;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * What became of the message: its status, and when it is held for quiet hours, until when (the caller waits
     * until then, a timer in a diagram, and calls again).
     */
    public record Outcome(DeliveryStatus status, Instant holdUntil) {
        public boolean held() {
            return holdUntil != null;
        }
    }

    /** Sends the message now if it may go; see the class comment. */
    @Transactional
    public Outcome deliver(long messageId) {
        return deliver(messageId, Instant.now());
    }

    /** As {@link #deliver(long)} at a given moment: the engine's clock, for a reminder's step and its tests. */
    @Transactional
    public Outcome deliver(long messageId, Instant now) {
        OutgoingMessage message = messages.findById(messageId)
                .orElseThrow(() -> new IllegalArgumentException("no text message " + messageId));
        if (message.getStatus() != DeliveryStatus.QUEUED && message.getStatus() != DeliveryStatus.NOT_SENT_QUIET_HOURS) {
            return new Outcome(message.getStatus(), null);
        }
        if (optOuts.hasOptedOut(message.getRecipient())) {
            message.notSent(DeliveryStatus.NOT_SENT_OPTED_OUT, now);
        } else if (!provider.configured()) {
            message.notSent(DeliveryStatus.NOT_SENT_NO_PROVIDER, now);
        } else {
            Instant end = message.isUrgent() ? null : quietHours.endOf(now).orElse(null);
            if (end != null) {
                message.heldUntil(end, now);
                return new Outcome(message.getStatus(), end);
            }
            return new Outcome(send(message, now), null);
        }
        return new Outcome(message.getStatus(), null);
    }

    private DeliveryStatus send(OutgoingMessage message, Instant now) {
        long id = message.getId();
        TwilioClient.Answer answer;
        try {
            answer = twilio.send(message.getRecipient(), message.getBody());
        } catch (SmsGatewayException e) {
            LOG.warn("Text message {} of case {} not sent, to be tried again: {}", id, message.getCaseNumber(),
                    e.getMessage());
            // this transaction rolls back with the job; the attempt is kept
            separately.executeWithoutResult(status -> messages.findById(id).ifPresent(m -> m.attemptFailed(
                    e.getMessage(), now)));
            throw e;
        }
        if (answer.refused()) {
            LOG.warn("Text message {} of case {} refused by Twilio: {} {}", id, message.getCaseNumber(),
                    answer.errorCode(), answer.errorMessage());
        }
        // committed at once, not with the job: Twilio's status callback can arrive before the job commits, and a
        // job run again after a crash must find that the text went out rather than send it twice
        separately.executeWithoutResult(status -> messages.findById(id).ifPresent(m -> {
            if (answer.refused()) {
                m.refused(answer.errorCode(), answer.errorMessage(), now);
            } else {
                m.sent(answer.sid(), now);
            }
        }));
        return answer.refused() ? DeliveryStatus.FAILED : DeliveryStatus.SENT;
    }
}
