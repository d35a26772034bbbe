package org.casecoordination.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one text through Twilio's REST API ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}, HTTP Basic with
 * the account and its token). Spring's RestClient, not the Twilio SDK: the SDK builds its URLs from fixed host
 * names, and the tests (and a proxy, or Twilio's regional edges) need another base URL. A message Twilio refuses
 * for itself (4xx: an invalid or unreachable number) is {@link Answer#refused}; Twilio down, slow, throttling or
 * refusing our credentials throws {@link SmsGatewayException}, for the engine to try again.
 */
@Component
class TwilioClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TwilioSettings settings;
    private final RestClient http;
    private volatile URI apiBase;

    @org.springframework.beans.factory.annotation.Autowired
    TwilioClient(TwilioSettings settings, RestClient.Builder builder) {
        this(settings, builder, READ_TIMEOUT);
    }

    /** A client that gives up on Twilio's answer sooner: for a test of a slow Twilio. */
    TwilioClient(TwilioSettings settings, RestClient.Builder builder, Duration readTimeout) {
        this.settings = settings;
        this.apiBase = settings.apiBaseUrl();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(readTimeout);
        this.http = builder.clone().requestFactory(requests).build();
    }

    /** What Twilio answered: the message's sid, or why it refused the message. */
    record Answer(String sid, String errorCode, String errorMessage) {
        boolean refused() {
            return sid == null;
        }
    }

    Answer send(String to, String body) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", to);
        if (StringUtils.hasText(settings.messagingServiceSid())) {
            form.add("MessagingServiceSid", settings.messagingServiceSid());
        } else {
            form.add("From", settings.from());
        }
        form.add("Body", body);
        if (settings.statusCallback() != null) {
            form.add("StatusCallback", settings.statusCallback());
        }
        try {
            return http.post()
                    .uri(apiBase + "/2010-04-01/Accounts/{sid}/Messages.json", settings.accountSid())
                    .header(HttpHeaders.AUTHORIZATION, basic())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .exchange((request, response) -> answer(response.getStatusCode(),
                            json(response.bodyTo(String.class))));
        } catch (ResourceAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new SmsGatewayException("Twilio not reached or too slow: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()), e);
        } catch (RestClientException e) {
            throw new SmsGatewayException("Twilio's answer could not be read: " + e.getMessage(), e);
        }
    }

    /** Twilio answers JSON; a proxy or load balancer in front of it may answer an HTML page instead. */
    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static Answer answer(HttpStatusCode status, JsonNode json) {
        if (status.is2xxSuccessful() && json != null && json.hasNonNull("sid")) {
            return new Answer(json.get("sid").asText(), null, null);
        }
        String code = json != null && json.hasNonNull("code") ? json.get("code").asText() : null;
        String message = json != null && json.hasNonNull("message") ? json.get("message").asText() : null;
        int value = status.value();
        // 401/403: our credentials; 429: too many at once. Neither is about this message: try again later.
        if (status.is4xxClientError() && value != 401 && value != 403 && value != 429) {
            return new Answer(null, code != null ? code : String.valueOf(value),
                    message != null ? message : "HTTP " + value);
        }
        throw new SmsGatewayException("Twilio answered " + value + (code == null ? "" : " (" + code + ")")
                + (message == null ? "" : ": " + message));
    }

    private String basic() {
        String credentials = settings.accountSid() + ":" + settings.authToken();
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Tests point the client at a fake of Twilio's API, as TestMailServer does with the mail sender. */
    void pointAt(URI base) {
        this.apiBase = base;
    }

    URI apiBase() {
        return apiBase;
    }
}
