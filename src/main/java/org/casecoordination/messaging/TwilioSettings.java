package org.casecoordination.messaging;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Twilio's account and where it calls back (case-coordination.sms.twilio.*, set from TWILIO_ACCOUNT_SID,
 * TWILIO_AUTH_TOKEN, TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID, SMS_PUBLIC_BASE_URL and TWILIO_API_BASE_URL in
 * application.yml). Without an account, a token and a sender no text goes out, and each message says so.
 *
 * @param accountSid the account ("AC…"), also the user name of HTTP Basic
 * @param authToken the account's token: the password of HTTP Basic and the key of the webhooks' signatures
 * @param from the sending number in E.164, or empty when {@code messagingServiceSid} sends
 * @param messagingServiceSid a messaging service ("MG…") that picks the number, or empty
 * @param publicBaseUrl this app's address as Twilio reaches it ("https://cases.example.org"): the status callback
 *         is built from it, and the webhooks' signatures are checked against it
 * @param apiBaseUrl Twilio's API, https://api.twilio.com unless a test points it elsewhere
 */
@ConfigurationProperties("case-coordination.sms.twilio")
public record TwilioSettings(String accountSid, String authToken, String from, String messagingServiceSid,
        String publicBaseUrl, @DefaultValue("https://api.twilio.com") URI apiBaseUrl) {

    /** An account, a token and a sender: enough to send. */
    public boolean configured() {
        return StringUtils.hasText(accountSid) && StringUtils.hasText(authToken)
                && (StringUtils.hasText(from) || StringUtils.hasText(messagingServiceSid));
    }

    /** Where Twilio reports a message's delivery, or null when this app has no public address (no callbacks). */
    String statusCallback() {
        return StringUtils.hasText(publicBaseUrl) ? stripSlash(publicBaseUrl) + TwilioWebhooks.STATUS : null;
    }

    /** The URL Twilio signed: this app's public address and the path it posted to. */
    String publicUrlOf(String path, String query) {
        return stripSlash(publicBaseUrl) + path + (query == null ? "" : "?" + query);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        // never the token in a log line
        return "TwilioSettings[accountSid=" + accountSid + ", from=" + from + ", messagingServiceSid="
                + messagingServiceSid + ", publicBaseUrl=" + publicBaseUrl + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
