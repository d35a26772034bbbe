package org.casecoordination.messaging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.casecoordination.system.JsonApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Twilio calls: a message's delivery status and the texts people send to our number. Only requests Twilio
 * signed get here ({@link TwilioWebhookSecurity}). Twilio wants a quick 200; the inbound webhook answers an empty
 * TwiML document, so Twilio sends no reply of its own making.
 */
@RestController
@JsonApi
class TwilioWebhooks {

    static final String STATUS = "/api/sms/twilio/status";
    static final String INBOUND = "/api/sms/twilio/inbound";
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final DeliveryReports reports;
    private final InboundTexts inbound;

    TwilioWebhooks(DeliveryReports reports, InboundTexts inbound) {
        this.reports = reports;
        this.inbound = inbound;
    }

    @PostMapping(path = STATUS, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Twilio's status callback: moves the message in the delivery log (signed by Twilio only)")
    ResponseEntity<Void> status(@RequestParam("MessageSid") String messageSid,
            @RequestParam("MessageStatus") String messageStatus,
            @Parameter(description = "Twilio's error code when undelivered or failed")
            @RequestParam(name = "ErrorCode", required = false) String errorCode) {
        reports.report(messageSid, messageStatus, errorCode);
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = INBOUND, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Twilio's inbound message webhook: STOP/START words, or a notice to the case's"
            + " coordinator (signed by Twilio only); answers empty TwiML")
    ResponseEntity<String> inbound(@RequestParam("From") String from,
            @RequestParam(name = "Body", required = false) String body) {
        inbound.receive(from, body);
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }
}
