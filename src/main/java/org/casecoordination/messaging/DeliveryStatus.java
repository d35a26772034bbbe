package org.casecoordination.messaging;

/**
 * Where a text message or email stands, shown in words ({@code deliveryStatus.SENT}). The NOT_SENT ones are the app's own
 * decisions; the rest follow Twilio's statuses. {@link #rank} keeps a late callback from moving a message back
 * (Twilio does not promise the order of its callbacks).
 */
public enum DeliveryStatus {
    QUEUED(0, false),
    NOT_SENT_QUIET_HOURS(0, false),
    SENT(1, false),
    DELIVERED(2, true),
    UNDELIVERED(2, true),
    FAILED(2, true),
    NOT_SENT_NO_PROVIDER(3, true),
    NOT_SENT_OPTED_OUT(3, true),
    NOT_SENT_NO_MAIL_SERVER(3, true),
    /** A reminder no longer needed when it was still waiting (its time moved, it was cancelled). */
    NOT_SENT_WITHDRAWN(3, true);

    private final int rank;
    private final boolean last;

    DeliveryStatus(int rank, boolean last) {
        this.rank = rank;
        this.last = last;
    }

    /** Nothing will change it any more (but a later callback may still say delivered or undelivered). */
    public boolean isLast() {
        return last;
    }

    boolean isBefore(DeliveryStatus other) {
        return rank < other.rank;
    }

    /**
     * Twilio's MessageStatus in a callback (accepted, scheduled, queued, sending, sent, delivered, undelivered,
     * failed, read, canceled); null for one that says nothing about delivery (receiving, received).
     */
    static DeliveryStatus ofTwilio(String status) {
        return switch (status == null ? "" : status.toLowerCase(java.util.Locale.ROOT)) {
            case "accepted", "scheduled", "queued", "sending", "sent" -> SENT;
            case "delivered", "read" -> DELIVERED;
            case "undelivered" -> UNDELIVERED;
            case "failed", "canceled" -> FAILED;
            default -> null;
        };
    }
}
