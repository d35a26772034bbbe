package org.casecoordination.system.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.file-compaction.*
 *
 * @param enabled  keep the embedded H2 file small while running (no effect on PostgreSQL or an in-memory H2)
 * @param interval time between two compaction runs, each a few steps of a few megabytes
 * @param syncInterval how often the H2 file is forced to the disk ({@code FileChannel.force}): H2 assumes that
 *                 what it wrote is on the disk after its retention time, this makes it so
 * @param retention how long H2 keeps a replaced part of the file before it reuses the space (H2's own default is
 *                 45 s); at least twice the sync interval
 * @param yieldAtMost how long a compaction step waits for the node to serve no person's request; then it runs
 *                 anyway (one step), so a node that is never idle still compacts, slowly
 * @param onStop   rewrite the embedded H2 file completely ({@code SHUTDOWN COMPACT}) when the application stops
 *                 gracefully, after the engine and the connection pool have let go of it (no effect on PostgreSQL
 *                 or an in-memory H2)
 * @param onStopLimit how long a stop waits for that; then it goes on, the file stays as it was and H2 throws the
 *                 unfinished copy away at the next start
 */
@ConfigurationProperties("case-coordination.file-compaction")
public record H2CompactionProperties(@DefaultValue("false") boolean enabled, @DefaultValue("PT1S") Duration interval,
        @DefaultValue("PT1S") Duration syncInterval, @DefaultValue("PT5S") Duration retention,
        @DefaultValue("PT2S") Duration yieldAtMost,
        @DefaultValue("true") boolean onStop, @DefaultValue("PT20S") Duration onStopLimit) {

    public H2CompactionProperties {
        if (interval.isNegative() || interval.isZero() || syncInterval.isNegative() || syncInterval.isZero()) {
            throw new IllegalArgumentException("case-coordination.file-compaction.interval and sync-interval must be"
                    + " longer than zero");
        }
        if (yieldAtMost.isNegative()) {
            throw new IllegalArgumentException("case-coordination.file-compaction.yield-at-most must not be negative");
        }
        // a part of the file is reused only once what replaced it has been forced to the disk, with room to spare
        if (retention.compareTo(syncInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("case-coordination.file-compaction.retention (" + retention
                    + ") must be at least twice case-coordination.file-compaction.sync-interval (" + syncInterval + ")");
        }
    }
}
