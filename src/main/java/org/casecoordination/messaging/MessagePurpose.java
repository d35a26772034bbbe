package org.casecoordination.messaging;

/**
 * Why a text message went out, shown in words ({@code messagePurpose.APPOINTMENT}). A reminder says where and
 * when, never why (no diagnosis, no program name): the purpose is for the log, not the text.
 */
public enum MessagePurpose {
    SERVICE_START,
    APPOINTMENT,
    TRANSPORT_PICKUP,
    REFERRAL_ACCEPTED,
    COORDINATOR_MESSAGE
}
