package org.casecoordination.messaging;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Test helper for other modules' tests (the reminders): the fake of Twilio's API over HTTP ({@link FakeTwilio}),
 * with the application's Twilio client pointed at it until {@link #close}.
 */
public final class TwilioForTests implements AutoCloseable {

    private final FakeTwilio twilio;
    private final TwilioClient client;
    private final URI configured;

    private TwilioForTests(TwilioClient client) throws java.io.IOException {
        this.twilio = new FakeTwilio();
        this.client = client;
        this.configured = client.apiBase();
        client.pointAt(twilio.base());
    }

    /** Starts a fake Twilio and points the application's client (a bean of the test context) at it. */
    public static TwilioForTests start(org.springframework.context.ApplicationContext context)
            throws java.io.IOException {
        return new TwilioForTests(context.getBean(TwilioClient.class));
    }

    /** The form of every message request, in order: To, Body, From, StatusCallback. */
    public List<Map<String, String>> sent() {
        return twilio.requests().stream().map(FakeTwilio.Request::form).toList();
    }

    /** The next request is answered with this status and Twilio's error body. */
    public void answerNext(int status, String body) {
        twilio.answerNext(status, body);
    }

    @Override
    public void close() {
        client.pointAt(configured);
        twilio.close();
    }
}
