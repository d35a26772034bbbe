package org.casecoordination.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Where the time of one document goes (docs/benchmarks.md, "Where the time goes"): each step of making a care-plan
 * summary and a client's record for a case with 20 assessments, timed alone, medians of 20 runs after 5 warm-up
 * runs, printed. Not a test (no assertion on time; its name keeps it out of `mvn verify`): run it with
 * {@code mvn -o test -Dtest=DocumentStepsProfile}.
 */
@ApplicationTest
class DocumentStepsProfile {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @Autowired
    DocumentTestCases documentCases;
    @Autowired
    Cases cases;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    DocumentContent content;
    @Autowired
    ClientRecordContent recordContent;
    @Autowired
    DeployedTemplates templates;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    CaseDocuments documents;
    @Autowired
    ObjectMapper json;

    @Test
    void timeEachStep() throws Exception {
        String caseNumber = documentCases.withPlan("Perfil", "Pasos", "es");
        for (int i = 0; i < 19; i++) {
            cases.as("cora", () -> {
                try {
                    return assessments.record(caseNumber, "GAD7", json.readTree("[1,1,1,1,1,1,1]"), null, "cora");
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Locale es = Locale.forLanguageTag("es");
        Map<String, Double> medians = new LinkedHashMap<>();
        cases.as("cora", () -> {
            CaseFile caseFile = caseFiles.open(caseNumber);
            String text = templates.find(DocumentKind.CARE_PLAN_SUMMARY, "es").orElseThrow().text();
            String html = MustacheTemplates.compile(text).execute(content.of(caseFile, es).values());
            medians.put("read the case file (case, tasks, notes, records, timeline)",
                    median(() -> caseFiles.open(caseNumber)));
            medians.put("find the deployed template (deployment query)",
                    median(() -> templates.find(DocumentKind.CARE_PLAN_SUMMARY, "es")));
            medians.put("care-plan summary: fill the merge fields (plan, results)",
                    median(() -> content.of(caseFile, es)));
            medians.put("client's record: fill the merge fields (plan, all results, consents)",
                    median(() -> recordContent.of(caseFile, es)));
            medians.put("compile the template (Mustache)", median(() -> MustacheTemplates.compile(text)));
            medians.put("read both font files from the classpath (was: per document)", median(() -> {
                read("fonts/DejaVuSans.ttf");
                return read("fonts/DejaVuSans-Bold.ttf");
            }));
            medians.put("render the PDF (fonts cached)", median(() -> renderer.render(html)));
            medians.put("whole care-plan summary (CaseDocuments.generate, stored)",
                    median(() -> documents.generate(caseNumber, DocumentKind.CARE_PLAN_SUMMARY)));
            medians.put("whole client's record (CaseDocuments.generate, stored)",
                    median(() -> documents.generate(caseNumber, DocumentKind.CLIENT_RECORD)));
            return null;
        });
        medians.forEach((step, ms) -> System.out.printf("PROFILE | %s | %.1f ms |%n", step, ms));
    }

    private static double median(Supplier<?> step) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            step.get();
            if (i >= WARM_UP) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
