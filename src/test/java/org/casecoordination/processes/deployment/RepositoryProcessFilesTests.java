package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The repository's own processes/ and forms/ pass the validator against the real application context, so
 * `mvn verify` fails on a commit that would not deploy or would break at run time.
 */
@ApplicationTest
class RepositoryProcessFilesTests {

    @Autowired
    ProcessResourceValidator validator;

    @Test
    void theRepositorysProcessesAndFormsHaveNoErrors() {
        ProcessResources repository = new ProcessFolders("file:./").read();
        assertThat(repository.files()).containsKey("processes/case-lifecycle.bpmn").containsKey("forms/intake.form");

        List<ProcessProblem> problems = validator.validate(repository);

        assertThat(ProcessResourceValidator.errors(problems)).isEmpty();
        assertThat(problems).as("warnings (see README: process analysts)").isEmpty();
    }
}
