package org.casecoordination.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casecoordination.support.ApiClient;
import org.casecoordination.support.AppProcess;
import org.casecoordination.support.FormAnswers;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 backup the README describes: with the application stopped, org.h2.tools.Script writes the database as a
 * compressed SQL script; RunScript loads it into an empty database elsewhere, and the application started there
 * has every case as it was, its tasks where they were, and records and engine agreeing.
 */
class BackupRestoreIT {

    @TempDir
    Path original;
    @TempDir
    Path restored;

    @Test
    void aRestoredBackupHasEveryCase() throws Exception {
        List<String> caseNumbers = new ArrayList<>();
        String intakeDone;
        try (AppProcess app = AppProcess.start(original, "before-backup", List.of())) {
            ApiClient cora = new ApiClient(app.baseUrl(), "cora", "demo");
            for (int i = 0; i < 3; i++) {
                caseNumbers.add(cora.post("/api/cases", Map.of(
                        "client", Map.of("firstName", "Backup", "lastName", "Kept" + i, "dateOfBirth", "1951-02-0" + (i + 1),
                                "sex", "OTHER"),
                        "primaryConcern", "MENTAL_HEALTH", "urgency", "ROUTINE")).body().get("caseNumber").asText());
            }
            intakeDone = caseNumbers.get(0);
            String intake = cora.get("/api/cases/" + intakeDone).body().get("openTasks").get(0).get("id").asText();
            assertThat(cora.post("/api/tasks/" + intake + "/complete",
                    Map.of("variables", FormAnswers.intakeEligible())).status()).isEqualTo(204);
        } // stopped: an embedded H2 file is open in one process only

        Path backup = original.resolve("case-coordination-backup.sql.gz");
        Script.main("-url", "jdbc:h2:file:" + original.resolve("data/case-coordination"), "-user", "sa",
                "-script", backup.toString(), "-options", "compression", "gzip");
        Files.createDirectories(restored.resolve("data"));
        RunScript.main("-url", "jdbc:h2:file:" + restored.resolve("data/case-coordination"), "-user", "sa",
                "-script", backup.toString(), "-options", "compression", "gzip");

        try (AppProcess app = AppProcess.start(restored, "after-restore", List.of())) {
            ApiClient cora = new ApiClient(app.baseUrl(), "cora", "demo");
            for (String caseNumber : caseNumbers) {
                ApiClient.Answer answer = cora.get("/api/cases/" + caseNumber);
                assertThat(answer.status()).as(caseNumber).isEqualTo(200);
                assertThat(answer.body().get("stage").asText()).as(caseNumber)
                        .isEqualTo(caseNumber.equals(intakeDone) ? "ASSESSMENT" : "INTAKE");
            }
            assertThat(new ApiClient(app.baseUrl(), "admin", "demo").get("/actuator/health/caseLifecycle").body()
                    .get("status").asText()).isEqualTo("UP");
            assertThat(cora.post("/api/cases", Map.of(
                    "client", Map.of("firstName", "After", "lastName", "Restore", "dateOfBirth", "1960-01-01",
                            "sex", "MALE"),
                    "primaryConcern", "CANCER", "urgency", "ROUTINE")).body().get("caseNumber").asText())
                    .as("the case number sequence went on, not back").isNotIn(caseNumbers);
        }
    }
}
