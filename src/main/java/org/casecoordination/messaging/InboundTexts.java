package org.casecoordination.messaging;

import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A text a client or caregiver sent: STOP (and its other words) records an opt-out, START an opt-in; anything else
 * goes to the coordinator of the case that last texted that number, as a notice ({@link TextMessageArrived}).
 */
@Service
class InboundTexts {

    private static final Logger LOG = LoggerFactory.getLogger(InboundTexts.class);

    private final OptOuts optOuts;
    private final OutgoingMessageRepository messages;
    private final CaseRepository cases;
    private final ApplicationEventPublisher events;

    InboundTexts(OptOuts optOuts, OutgoingMessageRepository messages, CaseRepository cases,
            ApplicationEventPublisher events) {
        this.optOuts = optOuts;
        this.messages = messages;
        this.cases = cases;
        this.events = events;
    }

    @Transactional
    public void receive(String from, String body) {
        var keyword = OptOuts.keywordOf(body);
        if (keyword.isPresent()) {
            optOuts.record(from, keyword.get());
            return;
        }
        var last = messages.findFirstByRecipientOrderByCreatedAtDescIdDesc(from);
        var careCase = last.flatMap(message -> cases.findByCaseNumber(message.getCaseNumber()));
        if (careCase.isEmpty() || careCase.get().getOwner() == null) {
            LOG.info("Text from {} not passed on: {}", OptOuts.masked(from),
                    careCase.isEmpty() ? "no case texted that number" : "its case has no coordinator");
            return;
        }
        events.publishEvent(new TextMessageArrived(careCase.get().getCaseNumber(), careCase.get().getOwner(),
                TimelineText.of("notice.textMessageArrived", from)));
    }
}
