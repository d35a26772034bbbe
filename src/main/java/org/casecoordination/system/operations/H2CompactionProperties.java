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
 */
@ConfigurationProperties("case-coordination.file-compaction")
public record H2CompactionProperties(@DefaultValue("false") boolean enabled, @DefaultValue("PT10S") Duration interval) {
}
