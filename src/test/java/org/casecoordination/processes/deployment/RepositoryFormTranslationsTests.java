package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's forms/ has complete Spanish: every form a translation file, every word translated. Instruments'
 * files may say their words are not a validated translation; they must still be complete.
 */
class RepositoryFormTranslationsTests {

    @Test
    void everyFormOfTheRepositoryHasEveryWordInSpanish() {
        ProcessResources repository = new ProcessFolders("file:./").read();
        List<ProcessProblem> problems = new ProcessResourceValidator(bean -> true, List.of("en", "es"))
                .validate(repository);
        assertThat(problems).filteredOn(problem -> problem.file() != null && problem.file().startsWith("forms/"))
                .isEmpty();
        assertThat(repository.files().keySet()).contains("forms/intake.es.json", "forms/select-provider.es.json");
    }
}
