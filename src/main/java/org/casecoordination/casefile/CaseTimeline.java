package org.casecoordination.casefile;

import java.util.List;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the case timeline; the actor is whoever is acting in this request or job. A line is written as a
 * message key with arguments (see {@link TimelineText}), so it reads in each reader's language.
 */
@Service
public class CaseTimeline {

    private final TimelineRepository timeline;
    private final CurrentUser currentUser;
    private final TimelineWords words;

    public CaseTimeline(TimelineRepository timeline, CurrentUser currentUser, TimelineWords words) {
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.words = words;
    }

    /** Joins the caller's transaction: a timeline line exists exactly when the thing it describes happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CareCase careCase, TimelineKind kind, TimelineText text) {
        recordAs(currentUser.id(), careCase, kind, text);
    }

    /** Shorthand: {@code record(careCase, kind, "timeline.noteAdded")} with the message's arguments. */
    public void record(CareCase careCase, TimelineKind kind, String messageKey, Object... arguments) {
        record(careCase, kind, TimelineText.of(messageKey, arguments));
    }

    /** For work done on someone's behalf later (a migration batch): the line names who asked for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, CareCase careCase, TimelineKind kind, TimelineText text) {
        timeline.save(new TimelineEntry(careCase, actor, kind, text, words.english(text)));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(CareCase careCase) {
        return timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(careCase.getId());
    }
}
