package org.casecoordination.supervision.notice;

import org.casecoordination.assessment.SafetyConcernRaised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Delivers the urgent notices of a raised safety concern, in the transaction that raised it. */
@Component
class SafetyNotices {

    private final Notices notices;

    SafetyNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    public void onSafetyConcern(SafetyConcernRaised raised) {
        raised.recipients().forEach(person -> notices.sendUrgent(person, raised.caseNumber(), raised.taskId(),
                raised.notice()));
    }
}
