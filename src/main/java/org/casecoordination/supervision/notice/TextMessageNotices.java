package org.casecoordination.supervision.notice;

import org.casecoordination.messaging.TextMessageArrived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a case's coordinator that a client or caregiver texted back, in the webhook's transaction. */
@Component
class TextMessageNotices {

    private final Notices notices;

    TextMessageNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    public void onTextMessage(TextMessageArrived arrived) {
        notices.send(arrived.coordinator(), arrived.caseNumber(), null, arrived.notice());
    }
}
