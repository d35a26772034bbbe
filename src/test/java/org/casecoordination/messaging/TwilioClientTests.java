package org.casecoordination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The request Twilio gets, and what the app makes of Twilio's answers, against a fake of its API over HTTP. */
class TwilioClientTests {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

    FakeTwilio twilio;

    @BeforeEach
    void start() throws Exception {
        twilio = new FakeTwilio();
    }

    @AfterEach
    void stop() {
        twilio.close();
    }

    TwilioClient client(String from, String messagingService, Duration readTimeout) {
        TwilioSettings settings = new TwilioSettings(ACCOUNT, "secret-token", from, messagingService,
                "https://cases.example.org/", twilio.base());
        return new TwilioClient(settings, RestClient.builder(), readTimeout);
    }

    @Test
    void aMessageIsPostedAsTwilioExpectsWithBasicAuthAndTheStatusCallback() {
        TwilioClient.Answer answer = client("+15005550006", null, Duration.ofSeconds(5))
                .send("+15551234567", "Recordatorio: su cita es mañana a las 10:00 en 12 Elm St.");

        assertThat(answer.refused()).isFalse();
        assertThat(answer.sid()).startsWith("SM").hasSize(34);
        assertThat(twilio.requests()).hasSize(1);
        FakeTwilio.Request request = twilio.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((ACCOUNT + ":secret-token").getBytes(StandardCharsets.UTF_8)));
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsEntry("To", "+15551234567").containsEntry("From", "+15005550006")
                .containsEntry("Body", "Recordatorio: su cita es mañana a las 10:00 en 12 Elm St.")
                .containsEntry("StatusCallback", "https://cases.example.org/api/sms/twilio/status")
                .doesNotContainKey("MessagingServiceSid");
    }

    @Test
    void aMessagingServiceSendsInsteadOfANumberWhenConfigured() {
        client(null, "MG0123456789abcdef0123456789abcdef", Duration.ofSeconds(5)).send("+15551234567", "Hi");

        assertThat(twilio.requests().get(0).form())
                .containsEntry("MessagingServiceSid", "MG0123456789abcdef0123456789abcdef").doesNotContainKey("From");
    }

    @Test
    void twilioDownOrSlowThrowsSoTheEngineTriesAgainThenTheMessageGoesOut() {
        TwilioClient client = client("+15005550006", null, Duration.ofSeconds(2));
        twilio.answerNext(503, "<html>Service Unavailable</html>");
        assertThatThrownBy(() -> client.send("+15551234567", "Hi")).isInstanceOf(SmsGatewayException.class)
                .hasMessageContaining("503");

        twilio.answerNext(500, "{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}");
        assertThatThrownBy(() -> client.send("+15551234567", "Hi")).isInstanceOf(SmsGatewayException.class)
                .hasMessageContaining("20500");

        twilio.answerNextAfter(Duration.ofSeconds(4));
        assertThatThrownBy(() -> client.send("+15551234567", "Hi")).isInstanceOf(SmsGatewayException.class)
                .hasMessageContaining("HttpTimeoutException");

        twilio.answerNext(429, "{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}");
        assertThatThrownBy(() -> client.send("+15551234567", "Hi")).as("throttled: later")
                .isInstanceOf(SmsGatewayException.class);

        assertThat(client.send("+15551234567", "Hi").sid()).startsWith("SM");
    }

    @Test
    void wrongCredentialsAreRetriedNotBlamedOnTheMessage() {
        twilio.answerNext(401, "{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}");
        assertThatThrownBy(() -> client("+15005550006", null, Duration.ofSeconds(5)).send("+15551234567", "Hi"))
                .isInstanceOf(SmsGatewayException.class).hasMessageContaining("401");
    }

    @Test
    void aNumberTwilioRefusesIsAnAnswerNotARetry() {
        twilio.answerNext(400, "{\"code\": 21211, \"message\": \"The 'To' number +1555 is not a valid phone number.\","
                + " \"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400}");

        TwilioClient.Answer answer = client("+15005550006", null, Duration.ofSeconds(5)).send("+1555", "Hi");

        assertThat(answer.refused()).isTrue();
        assertThat(answer.errorCode()).isEqualTo("21211");
        assertThat(answer.errorMessage()).contains("not a valid phone number");
    }

    @Test
    void nothingListeningIsAGatewayFailure() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TwilioClient client = client("+15005550006", null, Duration.ofSeconds(5));
        client.pointAt(URI.create("http://127.0.0.1:" + port));
        assertThatThrownBy(() -> client.send("+15551234567", "Hi")).isInstanceOf(SmsGatewayException.class);
    }
}
