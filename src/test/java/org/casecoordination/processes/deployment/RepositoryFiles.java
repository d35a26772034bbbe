package org.casecoordination.processes.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.casecoordination.security.AsApplication;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The repository's own processes/ and forms/: deployed again (read-only) or copied for a test (or the benchmark) to
 * change.
 */
public final class RepositoryFiles {

    static void redeploy(RepositoryService repositoryService, ProcessResourceValidator validator,
            AsApplication asApplication, JdbcTemplate jdbc) {
        new ProcessDeployments(repositoryService, validator, asApplication, jdbc, new ProcessFolders("file:./"))
                .redeploy("test", ProcessDeployments.How.REDEPLOY);
    }

    /**
     * A copy of the repository's processes/, forms/ and documents/ under {@code target}, for tests that change files;
     * files an earlier copy left there are replaced.
     */
    public static void copyTo(Path target) throws IOException {
        for (String folder : new String[] {"processes", "forms", "documents"}) {
            Files.createDirectories(target.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(folder).resolve(file.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private RepositoryFiles() {
    }
}
