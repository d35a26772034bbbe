package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which processes/ and forms/ the application deploys when nobody configured a location. */
class ProcessFoldersTests {

    @TempDir
    Path workingDirectory;

    @Test
    void aWorkingDirectoryWithProcessesIsUsedAndWritable() throws IOException {
        Files.createDirectories(workingDirectory.resolve("processes"));
        Files.createDirectories(workingDirectory.resolve("forms"));

        ProcessFolders folders = ProcessFolders.configured("", workingDirectory);

        assertThat(folders.folder()).contains(workingDirectory.toRealPath());
        assertThat(folders.location()).startsWith("file:").endsWith("/");
        assertThat(folders.uploadsOff()).isEmpty();
    }

    @Test
    void withoutAProcessesFolderThePackagedFilesAreDeployedAndUploadsSayHowToTurnThemOn() {
        ProcessFolders folders = ProcessFolders.configured(null, workingDirectory);

        assertThat(folders.location()).isEqualTo("classpath*:");
        assertThat(folders.folder()).isEmpty();
        assertThat(folders.uploadsOff()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("uploads are off")
                .contains("files packaged in the application")
                .contains("no processes/ folder in the working directory (" + workingDirectory.toAbsolutePath())
                .contains("case-coordination.process-resources")
                .contains("CASE_COORDINATION_PROCESS_RESOURCES"));
    }

    @Test
    void aConfiguredLocationWinsOverTheWorkingDirectory() throws IOException {
        Files.createDirectories(workingDirectory.resolve("processes"));

        assertThat(ProcessFolders.configured("classpath*:", workingDirectory).folder()).isEmpty();
        assertThat(ProcessFolders.configured("classpath*:", workingDirectory).uploadsOff()).isPresent();
    }

    /** The packaged copies are one source: each file once, under its stable name, nothing from test fixtures. */
    @Test
    void thePackagedFilesAreReadOnceUnderTheirStableNames() throws IOException {
        ProcessResources packaged = new ProcessFolders("classpath*:").read();
        ProcessResources repository = new ProcessFolders(Path.of("").toAbsolutePath().toUri().toString()).read();

        assertThat(packaged.files().keySet()).isEqualTo(repository.files().keySet())
                .contains("processes/case-lifecycle.bpmn", "forms/intake.form");
        packaged.files().forEach((name, content) -> assertThat(content).isEqualTo(repository.files().get(name)));
    }
}
