package org.casecoordination.casefile;

import java.util.List;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the case timeline; the actor is whoever is acting in this request or job. */
@Service
public class CaseTimeline {

    private final TimelineRepository timeline;
    private final CurrentUser currentUser;

    public CaseTimeline(TimelineRepository timeline, CurrentUser currentUser) {
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    /** Joins the caller's transaction: a timeline line exists exactly when the thing it describes happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CareCase careCase, TimelineKind kind, String summary) {
        timeline.save(new TimelineEntry(careCase, currentUser.id(), kind, summary));
    }

    /** For work done on someone's behalf later (a migration batch): the line names who asked for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, CareCase careCase, TimelineKind kind, String summary) {
        timeline.save(new TimelineEntry(careCase, actor, kind, summary));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(CareCase careCase) {
        return timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(careCase.getId());
    }
}
