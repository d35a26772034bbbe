package org.casecoordination.messaging;

/**
 * The SMS provider could not take a message now (down, slow, throttling, refusing our credentials). Thrown out of
 * {@link TextMessageDelivery#deliver} so that the engine's job fails and is tried again; the message stays queued.
 */
public class SmsGatewayException extends RuntimeException {

    public SmsGatewayException(String message) {
        super(message);
    }

    public SmsGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
