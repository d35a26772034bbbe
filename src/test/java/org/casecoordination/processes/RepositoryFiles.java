package org.casecoordination.processes;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deploys the repository's own processes/ and forms/, read-only, so the latest version is theirs again. */
final class RepositoryFiles {

    static void redeploy(RepositoryService repositoryService, ProcessResourceValidator validator,
            AsApplication asApplication, JdbcTemplate jdbc) {
        new ProcessDeployments(repositoryService, validator, asApplication, jdbc, new ProcessFolders("file:./"))
                .redeploy("test", ProcessDeployments.How.REDEPLOY);
    }

    private RepositoryFiles() {
    }
}
