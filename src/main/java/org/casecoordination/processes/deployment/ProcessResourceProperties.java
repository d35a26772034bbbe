package org.casecoordination.processes.deployment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where processes/ and forms/ come from, and how migrations are followed up. ProcessDeployments takes the
 * folder from here; ProcessFolderWatcher's condition and MigrationBatches' schedule read the same keys, as
 * annotations can only name a property.
 *
 * @param processResources a folder holding processes/ and forms/ ({@code file:/srv/case-coordination/}) that
 *                         redeploys read and uploads are written into; {@code classpath*:} for the files packaged
 *                         in the jar (uploads off); empty: the working directory's folders when it has a
 *                         processes/ folder, the packaged files otherwise
 * @param processWatcher   redeploy a moment after a file in the folders changes (profile dev turns it on)
 * @param migration        how migrations are followed up
 */
@ConfigurationProperties("case-coordination")
public record ProcessResourceProperties(@DefaultValue("") String processResources,
        @DefaultValue("false") boolean processWatcher, @DefaultValue Migration migration) {

    /** @param checkInterval how often each node looks for cases a migration batch moved (timeline, task rows) */
    public record Migration(@DefaultValue("PT10S") Duration checkInterval) {
    }
}
