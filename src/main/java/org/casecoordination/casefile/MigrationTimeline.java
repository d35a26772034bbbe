package org.casecoordination.casefile;

import org.casecoordination.processes.CaseProcessMigrated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A case whose process moved to another version says so on its timeline, naming who started the migration. */
@Component
class MigrationTimeline {

    private final CaseRepository cases;
    private final CaseTimeline timeline;

    MigrationTimeline(CaseRepository cases, CaseTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    /** In the transaction that recorded the move (a plain listener, not after commit). */
    @EventListener
    void on(CaseProcessMigrated moved) {
        cases.findByCaseNumber(moved.caseNumber()).ifPresent(careCase -> timeline.recordAs(moved.startedBy(),
                careCase, TimelineKind.PROCESS_MIGRATED, TimelineText.of("timeline.processMigrated",
                        TimelineText.Words.label("process", moved.processKey()), moved.fromVersion(),
                        moved.toVersion())));
    }
}
