package org.casecoordination.messaging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.casecoordination.system.JsonApi;
import org.casecoordination.system.Words;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's delivery log over JSON, with the panel's rule: the case's team (or an emergency access) only; the read
 * is audited like any read of the case (security.audit's filter, /api/cases/{number}/...).
 */
@RestController
@JsonApi
class TextMessagesApiController {

    private final TextMessages messages;
    private final TextMessageWords reasons;
    private final Words words;

    TextMessagesApiController(TextMessages messages, TextMessageWords reasons, Words words) {
        this.messages = messages;
        this.reasons = reasons;
        this.words = words;
    }

    record MessageView(Long id, @Schema(description = "E.164 for a text, the address for an email") String recipient,
            @Schema(description = "the client's contact it went to, when known") Long contactId,
            @Schema(description = "SMS or EMAIL") String channel, MessagePurpose purpose,
            @Schema(description = "the purpose in the caller's language") String purposeText,
            @Schema(description = "ISO 639-1 code of the text's language") String language,
            @Schema(description = "an email's subject; null for a text") String subject, String body,
            boolean urgent, DeliveryStatus status,
            @Schema(description = "the status in the caller's language") String statusText,
            @Schema(description = "Twilio's message sid") String providerMessageId,
            @Schema(description = "Twilio's error code, when failed or undelivered") String errorCode,
            @Schema(description = "why, in the caller's language") String reason, int attempts,
            @Schema(description = "held for quiet hours until then") Instant holdUntil, Instant createdAt,
            Instant sentAt, Instant statusAt) {
    }

    @GetMapping("/api/cases/{caseNumber}/messages")
    @Operation(summary = "The case's texts and emails (delivery log), newest first: to whom, why, where each stands")
    List<MessageView> list(@PathVariable String caseNumber) {
        return messages.of(caseNumber).stream().map(this::view).toList();
    }

    private MessageView view(OutgoingMessage m) {
        return new MessageView(m.getId(), m.getRecipient(), m.getContactId(), m.getChannel(), m.getPurpose(),
                words.label(m.getPurpose()), m.getLanguage(), m.getSubject(), m.getBody(), m.isUrgent(), m.getStatus(),
                words.label(m.getStatus()), m.getProviderMessageId(), m.getErrorCode(), reasons.reason(m),
                m.getAttempts(), m.getHoldUntil(), m.getCreatedAt(), m.getSentAt(), m.getStatusAt());
    }
}
