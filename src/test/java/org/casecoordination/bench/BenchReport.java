package org.casecoordination.bench;

import java.util.Map;

/** The benchmark's results as a Markdown table, for the README. */
final class BenchReport {

    /** Only the starts ({@code -Dbench.startsOnly=true}). */
    @SuppressWarnings("unchecked")
    static String startsMarkdown(Map<String, Object> results) {
        Map<String, Object> startup = (Map<String, Object>) results.get("startup");
        StringBuilder md = new StringBuilder("### Start to first page (%s)%n%n".formatted(results.get("measuredAt")));
        md.append("| result | value | target | met |\n|---|---:|---:|:---:|\n");
        startRows(md, startup);
        return md.toString();
    }

    private static void startRows(StringBuilder md, Map<String, Object> startup) {
        md.append(("| start to first page behind a login, with class data sharing and the quick compiler only "
                + "(operations' quick start: `-XX:TieredStopAtLevel=1`; launch to the page, fresh database; median of "
                + "%s starts) | %s ms | ≤ 12 s | %s |%n").formatted(startup.get("startToFirstPageQuickEachMs"),
                        startup.get("startToFirstPageQuickMs"),
                        yes((long) startup.get("startToFirstPageQuickMs") <= 12_000)));
        md.append(("| same, with class data sharing and both compilers (the JVM's default; median of %s starts) "
                + "| %s ms | ≤ 12 s | %s |%n").formatted(startup.get("startToFirstPageCdsEachMs"),
                        startup.get("startToFirstPageCdsMs"),
                        yes((long) startup.get("startToFirstPageCdsMs") <= 12_000)));
        md.append(("| same, plain jar (`java -jar`; median of %s starts, alternating with the above; load average %s "
                + "at the end) | %s ms | | |%n").formatted(startup.get("startToFirstPagePlainJarEachMs"),
                        startup.get("loadAverageAtEnd"), startup.get("startToFirstPagePlainJarMs")));
        md.append(("| restart on an existing database (an earlier start's, nothing to migrate or deploy), quick "
                + "start (median of %s restarts) | %s ms | | |%n").formatted(
                        startup.get("restartToFirstPageQuickEachMs"), startup.get("restartToFirstPageQuickMs")));
        md.append(("| same, with class data sharing and both compilers (median of %s restarts) | %s ms | | |%n")
                .formatted(startup.get("restartToFirstPageCdsEachMs"), startup.get("restartToFirstPageCdsMs")));
        md.append(("| same, plain jar (median of %s restarts, alternating with the above) | %s ms | | |%n").formatted(
                startup.get("restartToFirstPagePlainJarEachMs"), startup.get("restartToFirstPagePlainJarMs")));
        // the CPU a start needs: what carries over from a busy machine to a quiet one
        cpuRow(md, startup, "startToFirstPageQuick", "CPU of the process at that page: fresh database, quick start");
        cpuRow(md, startup, "startToFirstPageCds", "same, with class data sharing and both compilers");
        cpuRow(md, startup, "startToFirstPagePlainJar", "same, plain jar");
        cpuRow(md, startup, "restartToFirstPageQuick", "same, restart, quick start");
        cpuRow(md, startup, "restartToFirstPageCds", "same, restart, with class data sharing and both compilers");
        cpuRow(md, startup, "restartToFirstPagePlainJar", "same, restart, plain jar");
    }

    private static void cpuRow(StringBuilder md, Map<String, Object> startup, String key, String what) {
        md.append("| %s (median of %s) | %s ms | | |%n".formatted(what, startup.get(key + "CpuEachMs"),
                startup.get(key + "CpuMs")));
    }

    /** Only the young-database lifecycles ({@code -Dbench.lifecyclesOnly=true}): the ratio and its map per step. */
    @SuppressWarnings("unchecked")
    static String lifecyclesMarkdown(Map<String, Object> results) {
        Map<String, Object> config = (Map<String, Object>) results.get("config");
        Map<String, Object> young = (Map<String, Object>) results.get("lifecyclesYoungDatabase");
        Map<String, Object> readModel = (Map<String, Object>) results.get("readModel");
        StringBuilder md = new StringBuilder("### Lifecycles on young databases (%s)%n%n".formatted(
                results.get("measuredAt")));
        md.append("Database: %s. Load average (1 min) before / after: %s / %s.%n%n".formatted(results.get("database"),
                results.get("loadAverageBefore"), results.get("loadAverageAfter")));
        md.append("| result | value |\n|---|---:|\n");
        md.append("| lifecycles/s after %s warm-up lifecycles each, %s measured: app %s, bare engine %s | ratio %s |%n"
                .formatted(config.get("warmUpLifecycles"), config.get("lifecycles"), young.get("appPerSecond"),
                        young.get("bareEnginePerSecond"), young.get("ratio")));
        md.append("| same, per CPU second of the driving thread: app %s, bare engine %s | ratio %s |%n".formatted(
                young.get("appPerCpuSecond"), young.get("bareEnginePerCpuSecond"), young.get("cpuRatio")));
        md.append("| read model vs engine after the run | %s (%s) |%n".formatted(readModel.get("checkSummary"),
                Boolean.TRUE.equals(readModel.get("consistent")) ? "consistent" : "NOT consistent"));
        Map<String, Object> appSteps = (Map<String, Object>) young.get("appCpuMsPerStep");
        Map<String, Object> bareSteps = (Map<String, Object>) young.get("bareEngineCpuMsPerStep");
        md.append("\n| lifecycle step (CPU ms of the driving thread per lifecycle) | app | bare engine | app − bare |\n"
                + "|---|---:|---:|---:|\n");
        appSteps.forEach((step, millis) -> md.append("| %s | %s | %s | %s |%n".formatted(step, millis,
                bareSteps.get(step), Timings.round(((Number) millis).doubleValue()
                        - ((Number) bareSteps.get(step)).doubleValue()))));
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        Map<String, Object> config = (Map<String, Object>) results.get("config");
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        Map<String, Object> startup = (Map<String, Object>) results.get("startup");
        Map<String, Object> lifecycles = (Map<String, Object>) results.get("lifecycles");
        Map<String, Object> young = (Map<String, Object>) results.get("lifecyclesYoungDatabase");
        Map<String, Object> seeding = (Map<String, Object>) results.get("seeding");
        Map<String, Object> queries = (Map<String, Object>) results.get("queries");
        Map<String, Object> targets = (Map<String, Object>) results.get("targets");
        Map<String, Object> maintenance = (Map<String, Object>) results.get("maintenance");
        StringBuilder md = new StringBuilder();
        md.append("### Task list benchmark: %,d open cases (%s)%n%n".formatted(config.get("cases"),
                results.get("measuredAt")));
        md.append("Machine: %s processors, %s, %s, max heap %s MB. Database: %s.%n%n".formatted(
                machine.get("availableProcessors"), machine.get("java"), machine.get("os"), machine.get("maxHeapMb"),
                results.get("database")));
        md.append("| measure | median | p95 | samples |\n|---|---:|---:|---:|\n");
        row(md, "App: team queue page (20 rows by due date + tab counts)", queries.get("appTeamQueuePage"));
        row(md, "Camunda TaskQuery: same page (candidate group, unassigned)", queries.get("engineTaskQueryPage"));
        row(md, "App: search by case number", queries.get("appSearchByCaseNumber"));
        row(md, "Camunda TaskQuery: same page + processVariableValueEquals(caseNumber)",
                queries.get("engineTaskQuerySearchByCaseNumberVariable"));
        row(md, "App: search by the start of the client's last name", queries.get("appSearchByClientName"));
        md.append("\n| result | value | target | met |\n|---|---:|---:|:---:|\n");
        md.append("| page: TaskQuery p95 / app p95 | %s× | ≥ 50× | %s |%n".formatted(queries.get("pageSpeedupP95"),
                yes(targets.get("pageAtLeast50TimesFasterThanTaskQuery"))));
        md.append("| page: app p95 | %s ms | ≤ 20 ms | %s |%n".formatted(
                ((Map<String, Object>) queries.get("appTeamQueuePage")).get("p95Ms"),
                yes(targets.get("pageP95AtMost20Ms"))));
        md.append("| search: TaskQuery p95 / app p95 | %s× | | |%n".formatted(queries.get("searchSpeedupP95")));
        String bareEngine = Boolean.TRUE.equals(config.get("bareEngineIndexes"))
                ? "bare engine with the app's index on `ACT_RU_TASK`" : "bare engine";
        md.append(("| lifecycles/s with %,d open cases in each database: app %s, " + bareEngine + " %s | ratio %s "
                + "| ≥ 0.8 | %s |%n").formatted(config.get("cases"), lifecycles.get("appPerSecond"), lifecycles.get("bareEnginePerSecond"),
                        lifecycles.get("ratio"), yes(targets.get("lifecyclesAtLeast0.8OfBareEngine"))));
        md.append("| same, per CPU second of the driving thread: app %s, bare engine %s | ratio %s | | |%n".formatted(
                lifecycles.get("appPerCpuSecond"), lifecycles.get("bareEnginePerCpuSecond"),
                lifecycles.get("cpuRatio")));
        md.append("| lifecycles/s on young databases (after %s warm-up lifecycles each): app %s, bare engine %s "
                .formatted(config.get("warmUpLifecycles"), young.get("appPerSecond"), young.get("bareEnginePerSecond"))
                + "| ratio %s | | |%n".formatted(young.get("ratio")));
        startRows(md, startup);
        md.append("| heap used after start (after GC) | %s MB | | |%n".formatted(startup.get("heapAfterStartMb")));
        md.append("| seeding through the app | %s cases/s (%s s) | minutes | |%n".formatted(
                seeding.get("casesPerSecond"), seeding.get("seconds")));
        md.append("| seeding the bare engine the same way | %s s | | |%n".formatted(
                results.get("bareEngineSeedingSeconds")));
        md.append("| read model vs engine after the run | %s | consistent | %s |%n".formatted(
                maintenance.get("checkSummary"), yes(maintenance.get("consistent"))));
        md.append("| consistency check / rebuild | %s s / %s s (%s rows) | | |%n".formatted(
                maintenance.get("checkSeconds"), maintenance.get("rebuildSeconds"), maintenance.get("rebuiltRows")));
        Map<String, Object> file = (Map<String, Object>) results.get("databaseFile");
        if (file != null) { // H2 only
            md.append(("| H2 file at the end of the run / after %s s without work, against `SHUTDOWN COMPACT` of a copy "
                    + "(%s MB, %s s) | %s MB (%s×) / %s MB (%s×) | ≤ 2× | %s |%n").formatted(file.get("quietSeconds"),
                            file.get("compactedCopyMb"), file.get("compactSeconds"), file.get("fileMbAtEnd"),
                            file.get("ratioAtEnd"), file.get("fileMbAfterQuiet"), file.get("ratioAfterQuiet"),
                            yes(targets.get("h2FileAtMost2xCompacted"))));
        }
        if (file != null) {
            md.append("| %s | | | |%n".formatted(DatabaseFileSize.describe(file)));
        }
        sizes(md, "after seeding", results.get("databaseBytesAfterSeeding"));
        sizes(md, "after the lifecycles at scale", results.get("databaseBytesAfterLifecycles"));
        sizes(md, "after the run and a graceful stop", results.get("databaseBytesAfterStop"));
        Map<String, Object> appSteps = (Map<String, Object>) lifecycles.get("appCpuMsPerStep");
        Map<String, Object> bareSteps = (Map<String, Object>) lifecycles.get("bareEngineCpuMsPerStep");
        Map<String, Object> youngAppSteps = (Map<String, Object>) young.get("appCpuMsPerStep");
        Map<String, Object> youngBareSteps = (Map<String, Object>) young.get("bareEngineCpuMsPerStep");
        md.append("\n| lifecycle step (CPU ms of the driving thread per lifecycle) | app | bare engine "
                + "| app, young databases | bare engine, young databases |\n|---|---:|---:|---:|---:|\n");
        appSteps.forEach((step, millis) -> md.append("| %s | %s | %s | %s | %s |%n".formatted(step, millis,
                bareSteps.get(step), youngAppSteps.get(step), youngBareSteps.get(step))));
        if (results.containsKey("http")) { // not with bench.pages=false
            md.append('\n').append(httpMarkdown(results));
        }
        return md.toString();
    }

    /** The pages over HTTP against Tasklist's requests for the same work (issue #17). */
    @SuppressWarnings("unchecked")
    static String httpMarkdown(Map<String, Object> results) {
        Map<String, Object> config = (Map<String, Object>) results.get("config");
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        Map<String, Object> http = (Map<String, Object>) results.get("http");
        StringBuilder md = new StringBuilder();
        md.append("### Pages over HTTP: %,d open cases (%s)%n%n".formatted(config.get("cases"),
                results.get("measuredAt")));
        md.append(("Machine: %s processors, %s, %s, max heap %s MB. Database: %s. One logged-in browser session per "
                + "team (cookie, CSRF), requests one at a time on loopback; Tasklist's requests for the same work with "
                + "its own session, alternating with the app's.%n%n").formatted(machine.get("availableProcessors"),
                machine.get("java"), machine.get("os"), machine.get("maxHeapMb"), results.get("database")));
        md.append("| request | app p50 | p95 | p99 | Tasklist p50 | p95 | p99 | Tasklist / app p50 | p95 "
                + "| server CPU per request, median: app | Tasklist | samples |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        http.forEach((request, value) -> {
            Map<String, Object> row = (Map<String, Object>) value;
            Map<String, Object> tasklist = (Map<String, Object>) row.get("tasklist");
            md.append("| %s | %s ms | %s ms | %s ms | %s | %s | %s | %s | %s | %s ms | %s | %s |%n".formatted(request,
                    row.get("p50Ms"), row.get("p95Ms"), row.get("p99Ms"), ms(tasklist, "p50Ms"), ms(tasklist, "p95Ms"),
                    ms(tasklist, "p99Ms"), tasklist == null ? "" : row.get("tasklistP50PerAppP50") + "×",
                    tasklist == null ? "" : row.get("tasklistP95PerAppP95") + "×", row.get("serverCpuMedianMs"),
                    tasklist == null ? "" : row.get("tasklistServerCpuMedianMs") + " ms", row.get("samples")));
        });
        md.append("\n| target | p95 | met |\n|---|---:|:---:|\n");
        http.forEach((request, value) -> {
            if (request.startsWith(HttpBench.SEARCH_PAGE)) {
                Object p95 = ((Map<String, Object>) value).get("p95Ms");
                md.append("| %s ≤ %d ms | %s ms | %s |%n".formatted(request, HttpBench.SEARCH_PAGE_P95_MS, p95,
                        ((Number) p95).doubleValue() <= HttpBench.SEARCH_PAGE_P95_MS ? "yes" : "no"));
            } else if (request.startsWith(HttpBench.REPORTS)) {
                Object p95 = ((Map<String, Object>) value).get("p95Ms");
                md.append("| %s ≤ %d ms | %s ms | %s |%n".formatted(request, HttpBench.REPORTS_P95_MS, p95,
                        ((Number) p95).doubleValue() <= HttpBench.REPORTS_P95_MS ? "yes" : "no"));
            }
            if (request.equals(HttpBench.FHIR_RECORD)) {
                Object p95 = ((Map<String, Object>) value).get("p95Ms");
                md.append("| %s ≤ %d ms | %s ms | %s |%n".formatted(request, HttpBench.FHIR_RECORD_P95_MS, p95,
                        ((Number) p95).doubleValue() <= HttpBench.FHIR_RECORD_P95_MS ? "yes" : "no"));
            }
            if (request.equals(HttpBench.WHERE_CASES_WAIT)) {
                Object p95 = ((Map<String, Object>) value).get("p95Ms");
                md.append("| %s ≤ %d ms | %s ms | %s |%n".formatted(request, HttpBench.WHERE_CASES_WAIT_MS, p95,
                        ((Number) p95).doubleValue() <= HttpBench.WHERE_CASES_WAIT_MS ? "yes" : "no"));
            }
        });
        Map<String, Object> export = (Map<String, Object>) results.get("fhirExport");
        if (export != null) {
            md.append(("%nFHIR (issue #23): the client's whole record is %s resources. Bulk export of %s, kicked off "
                    + "by its supervisor after the rows above: %,d cases in %s s (%s cases/s, kick-off to the "
                    + "manifest, polled between pages); the rows \"%s…\" were timed while it ran (%s samples each), "
                    + "\"%s…\" the same way just before it.%n").formatted(export.get("wholeRecordEntries"),
                    export.get("team"), ((Number) export.get("cases")).intValue(), export.get("seconds"),
                    export.get("casesPerSecond"), HttpBench.DURING_EXPORT, export.get("pageSamples"),
                    HttpBench.BEFORE_EXPORT));
            Map<String, Object> not = (Map<String, Object>) export.get("notGivingWay");
            Map<String, Object> alone = (Map<String, Object>) export.get("aloneGivingWay");
            if (not != null && alone != null) {
                md.append(("The export gives way to people's requests; made not to, in turns with it on the same "
                        + "machine (rows \"%s…\"): %s s (%s cases/s). Giving way with no pages requested: %s s (%s "
                        + "cases/s).%n").formatted(HttpBench.NOT_GIVING_WAY, not.get("seconds"),
                        not.get("casesPerSecond"), alone.get("seconds"), alone.get("casesPerSecond")));
            }
        }
        Map<String, Object> documents = (Map<String, Object>) results.get("documents");
        if (documents != null) {
            md.append('\n').append(documentsMarkdown(documents));
        }
        Map<String, Object> deploys = (Map<String, Object>) results.get("modelerDeploy");
        if (deploys != null) {
            md.append('\n').append(modelerDeployMarkdown(deploys));
        }
        Map<String, Object> file = (Map<String, Object>) results.get("databaseFile");
        if (file != null) { // issue #17 item 3, H2 only
            md.append('\n').append(DatabaseFileSize.describe(file)).append('\n');
        }
        return md.toString();
    }

    /** Issue #15's measure: Camunda Modeler's deploy of a changed diagram, with its target. */
    static String modelerDeployMarkdown(Map<String, Object> deploys) {
        StringBuilder md = new StringBuilder();
        md.append("### Camunda Modeler: deploy a changed diagram\n\n`POST /engine-rest/deployment/create` as Modeler "
                + "sends it (HTTP Basic as an analyst, duplicate filtering on, the case lifecycle with its "
                + "intake task renamed), one at a time after the rows above; each sample deploys a new version with "
                + "every other process and form carried over and writes the diagram into the folders the app reads "
                + "(a copy, in the bench's directory).\n\n");
        md.append("| request | p50 | p95 | p99 | max | samples |\n|---|---:|---:|---:|---:|---:|\n");
        md.append("| deploy | %s ms | %s ms | %s ms | %s ms | %s |%n".formatted(deploys.get("p50Ms"),
                deploys.get("p95Ms"), deploys.get("p99Ms"), deploys.get("maxMs"), deploys.get("samples")));
        md.append("\n| target | value | met |\n|---|---:|:---:|\n");
        md.append("| Modeler's deploy p95 ≤ %,d ms (Modeler gives up after 5 s) | %s ms | %s |%n".formatted(
                ModelerDeployBench.P95_TARGET_MS, deploys.get("p95Ms"), yes(deploys.get("p95AtMost3s"))));
        return md.toString();
    }

    /** Issue #20's measure: the care-plan summary of a large case over HTTP, with its two targets. */
    static String documentsMarkdown(Map<String, Object> documents) {
        StringBuilder md = new StringBuilder();
        md.append(("### Documents: care-plan summary over HTTP%n%n`POST /api/cases/{n}/documents` "
                + "`{\"kind\":\"CARE_PLAN_SUMMARY\"}` by a coordinator of the case's team (HTTP Basic), one at a "
                + "time, for a Spanish-speaking client's case with %s services and %s assessments; %s warm-up "
                + "documents first; each sample makes and stores another PDF.%n%n").formatted(documents.get("services"),
                documents.get("assessments"), documents.get("warmUp")));
        md.append("| request | p50 | p95 | p99 | max | PDF size (largest) | samples |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        md.append("| care-plan summary | %s ms | %s ms | %s ms | %s ms | %,d bytes | %s |%n".formatted(
                documents.get("p50Ms"), documents.get("p95Ms"), documents.get("p99Ms"), documents.get("maxMs"),
                ((Number) documents.get("pdfBytes")).longValue(), documents.get("samples")));
        md.append("\n| target | value | met |\n|---|---:|:---:|\n");
        md.append("| care-plan summary p95 ≤ %,d ms | %s ms | %s |%n".formatted(DocumentBench.P95_TARGET_MS,
                documents.get("p95Ms"), yes(documents.get("p95AtMost1s"))));
        md.append("| care-plan summary PDF ≤ %,d bytes (300 KB) | %,d bytes | %s |%n".formatted(
                DocumentBench.SIZE_TARGET_BYTES, ((Number) documents.get("pdfBytes")).longValue(),
                yes(documents.get("pdfAtMost300KB"))));
        return md.toString();
    }

    /** A row of the databases' sizes on disk (the H2 files, or PostgreSQL's pg_database_size). */
    @SuppressWarnings("unchecked")
    private static void sizes(StringBuilder md, String when, Object bytes) {
        if (bytes instanceof Map<?, ?> sizes) {
            md.append("| database size %s: app / bare engine | %,d MB / %,d MB | | |%n".formatted(when,
                    megabytes(((Map<String, Object>) sizes).get("app")),
                    megabytes(((Map<String, Object>) sizes).get("bareEngine"))));
        }
    }

    private static long megabytes(Object bytes) {
        return ((Number) bytes).longValue() / (1024 * 1024);
    }

    private static String ms(Map<String, Object> timings, String key) {
        return timings == null ? "" : timings.get(key) + " ms";
    }

    private static void row(StringBuilder md, String name, Object summary) {
        @SuppressWarnings("unchecked")
        Map<String, Object> timings = (Map<String, Object>) summary;
        md.append("| %s | %s ms | %s ms | %s |%n".formatted(name, timings.get("medianMs"), timings.get("p95Ms"),
                timings.get("samples")));
    }

    private static String yes(Object met) {
        return Boolean.TRUE.equals(met) ? "yes" : "no";
    }

    private BenchReport() {
    }
}
