package org.casecoordination.system.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.file-compaction.*
 *
 * @param enabled  rewrite the embedded H2 file's emptiest chunks while running (no effect on PostgreSQL); off by
 *                 default: commits wait while a step runs
 * @param interval time between two rewrites, each of at most a few megabytes
 * @param onStop   rewrite the embedded H2 file completely ({@code SHUTDOWN COMPACT}) when the application stops
 *                 gracefully, after the engine and the connection pool have let go of it (no effect on PostgreSQL
 *                 or an in-memory H2)
 * @param onStopLimit how long a stop waits for that; then it goes on, the file stays as it was and H2 throws the
 *                 unfinished copy away at the next start
 */
@ConfigurationProperties("case-coordination.file-compaction")
public record H2CompactionProperties(@DefaultValue("false") boolean enabled, @DefaultValue("PT10S") Duration interval,
        @DefaultValue("true") boolean onStop, @DefaultValue("PT20S") Duration onStopLimit) {
}
