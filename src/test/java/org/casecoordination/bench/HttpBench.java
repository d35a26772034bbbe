package org.casecoordination.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.Groups;
import org.casecoordination.support.CamundaWebappSession;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a coordinator waits for (issue #17): the running application driven over HTTP on loopback by logged-in
 * browser sessions (session cookie, CSRF token on posts), one per team, side by side in the same run with the
 * requests Camunda Tasklist makes for the same work with its own session (its filter's {@code list} and
 * {@code count} for a list; the task, its deployed form and its form variables for a task; claim; submit-form).
 * App and Tasklist requests alternate sample by sample, so both see the same machine. Every sample takes another
 * team, page, search, case or task. Per request: p50, p95, p99 and the ratio Tasklist p95 / app p95.
 */
final class HttpBench {

    static final String PASSWORD = "Bench-Passw0rd-17";
    static final String ANALYST = "bench-analyst";
    /** The diagram overlay's target (issue #21): its figures in at most 2 s at 100,000 cases. */
    static final String WHERE_CASES_WAIT = "where cases wait: diagram figures";
    static final int WHERE_CASES_WAIT_MS = 2000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern FILTER_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    /** Tasklist's page size. */
    private static final int TASKLIST_PAGE = 15;

    private final String base;
    private final TaskService taskService;
    private final Seeder seeder;
    private final List<String> teams;
    private final Map<String, Browser> browsers = new LinkedHashMap<>();
    private final Map<String, CamundaWebappSession> tasklists = new LinkedHashMap<>();
    private final Map<String, Timings> timings = new LinkedHashMap<>();
    private final int port;
    private final String caseLifecyclePath;
    private String filterId;
    private Browser supervisor;

    /** An analyst's session, for where cases wait (issue #21). */
    private Browser analyst;

    HttpBench(ConfigurableApplicationContext context, Seeder seeder, List<String> teams) {
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        this.base = "http://localhost:" + port;
        this.taskService = context.getBean(TaskService.class);
        this.seeder = seeder;
        this.teams = teams;
        IdentityService identity = context.getBean(IdentityService.class);
        int version = context.getBean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey(CaseLifecycleProcess.PROCESS_KEY).latestVersion().singleResult().getVersion();
        this.caseLifecyclePath = "/processes/" + CaseLifecycleProcess.PROCESS_KEY + "/versions/" + version + "/waiting";
        ensureGroup(identity, Groups.ANALYSTS);
        if (identity.createUserQuery().userId(ANALYST).count() == 0) {
            User created = identity.newUser(ANALYST);
            created.setFirstName("Bench");
            created.setLastName("Analyst");
            created.setEmail(ANALYST + "@example.org");
            created.setPassword(PASSWORD);
            identity.saveUser(created);
            identity.createMembership(ANALYST, Groups.ANALYSTS);
        }
        ensureGroup(identity, Groups.COORDINATORS);
        for (String team : teams) {
            String user = TaskListBenchmark.coordinator(team, 0);
            if (identity.createUserQuery().userId(user).count() == 0) {
                User created = identity.newUser(user);
                created.setFirstName("Bench");
                created.setLastName(user);
                created.setEmail(user + "@example.org");
                created.setPassword(PASSWORD);
                identity.saveUser(created);
                identity.createMembership(user, Groups.COORDINATORS);
                identity.createMembership(user, team);
            }
        }
        ensureSupervisor(identity, teams);
        this.exportPace = context.getBean("exportPace");
        this.fhirClient = FhirRecordClient.prepare(context, teams.get(0), TaskListBenchmark.coordinator(teams.get(0), 0));
    }

    /** FHIR (issue #23): a client's whole record, its p95 target, and the pages timed while a bulk export runs. */
    static final String FHIR_RECORD = "FHIR: a client's whole record";
    static final int FHIR_RECORD_P95_MS = 300;
    static final String DURING_EXPORT = "during a bulk export: ";
    static final String BEFORE_EXPORT = "just before the bulk export: ";
    private static final int BEFORE_EXPORT_SAMPLES = 20;
    /** How many resources the client's whole record holds, from the first answer. */
    private int fhirRecordEntries;
    /** The client of {@link FhirRecordClient}, in the first team. */
    private final long fhirClient;
    private Map<String, Object> export;
    /** fhir.ExportPace, switched between rounds (its "givingWay"): package-private in another package. */
    private final Object exportPace;

    /** The benchmark's supervisor of every team, who reads the reports (issue #21). */
    static final String SUPERVISOR = "bench-supervisor";
    /** The acuity filter of each sample in turn: every sample another query, so H2 cannot answer from its cache. */
    private static final List<String> REPORT_ACUITIES = List.of("", "LOW", "MODERATE", "HIGH", "CRITICAL");

    private static void ensureSupervisor(IdentityService identity, List<String> teams) {
        ensureGroup(identity, Groups.SUPERVISORS);
        if (identity.createUserQuery().userId(SUPERVISOR).count() == 0) {
            User created = identity.newUser(SUPERVISOR);
            created.setFirstName("Bench");
            created.setLastName("Supervisor");
            created.setEmail(SUPERVISOR + "@example.org");
            created.setPassword(PASSWORD);
            identity.saveUser(created);
            identity.createMembership(SUPERVISOR, Groups.SUPERVISORS);
            teams.forEach(team -> identity.createMembership(SUPERVISOR, team));
        }
    }

    private static void ensureGroup(IdentityService identity, String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(id);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Logs every team's coordinator in to the pages and to Tasklist. */
    HttpBench logIn() throws Exception {
        for (String team : teams) {
            String user = TaskListBenchmark.coordinator(team, 0);
            browsers.put(team, Browser.logIn(base, user));
            tasklists.put(team, CamundaWebappSession.loginToTasklist(port, user, PASSWORD));
        }
        supervisor = Browser.logIn(base, SUPERVISOR);
        HttpResponse<String> filters = tasklists.get(teams.get(0)).get(ENGINE + "/filter?resourceType=Task");
        Matcher id = FILTER_ID.matcher(filters.body());
        if (filters.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("no Tasklist filter: " + filters.statusCode() + " " + filters.body());
        }
        filterId = id.group(1);
        analyst = Browser.logIn(base, ANALYST);
        // the pages still link WebJars by version (resolved once by the resource chain, issue #17)
        String page = browsers.get(teams.get(0)).get("/tasks").body();
        if (!Pattern.compile("/webjars/bootstrap/\\d").matcher(page).find()) {
            throw new IllegalStateException("the page links no versioned WebJar");
        }
        return this;
    }

    /**
     * The pages while a bulk export of the whole first team runs (issue #23: it must not slow them): the team queue
     * and the case page, as in {@link #reads}, one after the other until the export is ready (its status polled
     * between them, untimed); then the export's own duration and cases per second, and it is deleted. The export
     * gives way to people's requests ({@code fhir.ExportPace}); to show what that changes on the same machine, each
     * of {@code bench.exportRounds} rounds runs one export that does not give way ({@link #NOT_GIVING_WAY} rows)
     * and one that does, in turns, each after 20 samples of the same pages just before it. Last, one export that
     * gives way with no page requests: what giving way costs the export on an idle node.
     */
    private void duringExport() throws Exception {
        int rounds = Integer.getInteger("bench.exportRounds", 1);
        List<Map<String, Object>> exports = new java.util.ArrayList<>();
        for (int round = 0; round < 2 * rounds; round++) {
            boolean givingWay = round % 2 == 1;
            exports.add(exportRound(givingWay, true));
        }
        Map<String, Object> alone = exportRound(true, false);
        export = new LinkedHashMap<>(exports.stream().filter(e -> Boolean.TRUE.equals(e.get("givingWay")))
                .reduce((a, b) -> b).orElseThrow());
        export.put("pageSamples", timings.get(DURING_EXPORT + "case page").percentiles().get("samples"));
        export.put("wholeRecordEntries", fhirRecordEntries);
        export.put("notGivingWay", exports.stream().filter(e -> Boolean.FALSE.equals(e.get("givingWay")))
                .reduce((a, b) -> b).orElseThrow());
        export.put("aloneGivingWay", alone);
        export.put("rounds", exports);
    }

    /** The export's rows when it is made not to give way, to compare: "during a bulk export that does not give way". */
    static final String NOT_GIVING_WAY = "during a bulk export that does not give way: ";

    /** One export of the first team, timed with the pages (or alone, polled every 200 ms); its figures. */
    private Map<String, Object> exportRound(boolean givingWay, boolean withPages) throws Exception {
        String team = teams.get(0);
        org.springframework.test.util.ReflectionTestUtils.setField(exportPace, "givingWay", givingWay);
        String during = givingWay ? DURING_EXPORT : NOT_GIVING_WAY;
        // the same two pages just before, the same way: what "slower" is measured against on this machine now
        for (int i = 0; withPages && i < BEFORE_EXPORT_SAMPLES; i++) {
            String pageTeam = teams.get(i % teams.size());
            Browser browser = browsers.get(pageTeam);
            String caseNumber = pick(seeder.queueCaseNumbers.get(pageTeam), i);
            time(true, BEFORE_EXPORT + "team queue, first page", () -> browser.get("/tasks?view=team"), 200);
            time(true, BEFORE_EXPORT + "case page", () -> browser.get("/cases/" + caseNumber), 200);
        }
        long start = System.nanoTime();
        HttpResponse<String> kickOff = supervisor.get("/fhir/Group/" + team + "/$export", "Prefer", "respond-async",
                "Accept", "application/fhir+json");
        expect(kickOff, 202, "bulk export kick-off");
        String status = URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow()).getPath();
        HttpResponse<String> ready = null;
        int pageSamples = 0;
        for (int i = 0; ready == null; i++) {
            if (withPages) {
                String pageTeam = teams.get(i % teams.size());
                Browser browser = browsers.get(pageTeam);
                String caseNumber = pick(seeder.queueCaseNumbers.get(pageTeam), i);
                time(true, during + "team queue, first page", () -> browser.get("/tasks?view=team"), 200);
                time(true, during + "case page", () -> browser.get("/cases/" + caseNumber), 200);
                pageSamples++;
            } else {
                Thread.sleep(200);
            }
            HttpResponse<String> polled = supervisor.get(status);
            if (polled.statusCode() == 200) {
                ready = polled;
            } else {
                expect(polled, 202, "bulk export status");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int cases = 0;
        for (var output : new com.fasterxml.jackson.databind.ObjectMapper().readTree(ready.body()).get("output")) {
            if (output.get("type").asText().equals("EpisodeOfCare")) {
                cases = output.get("count").asInt();
            }
        }
        expect(supervisor.delete(status), 202, "bulk export delete");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("team", team);
        figures.put("givingWay", givingWay);
        figures.put("withPages", withPages);
        figures.put("cases", cases);
        figures.put("seconds", Timings.round(seconds));
        figures.put("casesPerSecond", Timings.round(cases / seconds));
        figures.put("pageSamples", pageSamples);
        System.out.println("bench: bulk export " + figures);
        return figures;
    }

    /** The bulk export timed by {@link #run}: team, cases, seconds, cases per second, page samples while it ran. */
    Map<String, Object> export() {
        return export;
    }

    /** Reads (lists, searches, pages) {@code samples} times after a warm-up, then claims and completions. */
    Map<String, Object> run(int samples, int writeSamples) throws Exception {
        int warmUp = 30;
        for (int i = 0; i < warmUp + samples; i++) {
            reads(i, i >= warmUp);
        }
        int writeWarmUp = 10;
        for (int i = 0; i < writeWarmUp + writeSamples; i++) {
            writes(i, i >= writeWarmUp);
        }
        duringExport();
        return results();
    }

    /** Only the app's pages, for a profiler attached from outside: no timings. */
    void pagesOnly(int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            String team = teams.get(i % teams.size());
            Browser browser = browsers.get(team);
            String caseNumber = pick(seeder.queueCaseNumbers.get(team), i);
            browser.get("/tasks?view=mine");
            browser.get("/tasks?view=team");
            browser.get("/tasks?view=team&page=3");
            browser.get("/tasks?view=team&q=" + caseNumber);
            browser.get("/cases/" + caseNumber);
            browser.get("/tasks/" + taskOf(caseNumber).getId());
            browser.get("/search?q=" + encode(pick(seeder.queueLastNames.get(team), i).substring(0, 5)));
        }
    }

    private void reads(int i, boolean measured) throws Exception {
        String team = teams.get(i % teams.size());
        String me = TaskListBenchmark.coordinator(team, 0);
        Browser browser = browsers.get(team);
        CamundaWebappSession tasklist = tasklists.get(team);
        List<String> queueCases = seeder.queueCaseNumbers.get(team);
        String caseNumber = pick(queueCases, i);
        String name = pick(seeder.queueLastNames.get(team), i).substring(0, 5);
        int laterPage = 2 + i % 4;

        time(measured, "my tasks", () -> browser.get("/tasks?view=mine"), 200);
        time(measured, "Tasklist: my tasks", () -> filter(tasklist, 0, "\"assignee\":\"" + me + "\""), 200);
        time(measured, "team queue, first page", () -> browser.get("/tasks?view=team"), 200);
        time(measured, "Tasklist: team queue, first page", () -> filter(tasklist, 0, queue(team)), 200);
        time(measured, "team queue, later page", () -> browser.get("/tasks?view=team&page=" + laterPage), 200);
        time(measured, "Tasklist: team queue, later page",
                () -> filter(tasklist, laterPage * TASKLIST_PAGE, queue(team)), 200);
        time(measured, "search by case number", () -> browser.get("/tasks?view=team&q=" + caseNumber), 200);
        time(measured, "Tasklist: search by case number", () -> filter(tasklist, 0, queue(team)
                + ",\"processVariables\":[{\"name\":\"caseNumber\",\"operator\":\"eq\",\"value\":\"" + caseNumber
                + "\"}]"), 200);
        time(measured, "search by name", () -> browser.get("/tasks?view=team&q=" + name), 200);
        time(measured, "case page", () -> browser.get("/cases/" + caseNumber), 200);
        // issue #23: the whole record of a client with a typical case, by a coordinator of its team (session)
        Browser fhirReader = browsers.get(teams.get(0));
        HttpResponse<String> record = time(measured, FHIR_RECORD,
                () -> fhirReader.get("/fhir/Patient/" + fhirClient + "/$everything"), 200);
        if (fhirRecordEntries == 0) {
            fhirRecordEntries = record.body().split("\"fullUrl\"", -1).length - 1;
        }
        // the supervisors' reports (issue #21): the whole dashboard of this month, and the cases behind its first
        // number (every referral of the month: the longest list), each sample with another acuity filter
        String reportFilter = "team=" + team + "&acuity=" + REPORT_ACUITIES.get(i % REPORT_ACUITIES.size());
        time(measured, REPORTS + "dashboard", () -> supervisor.get("/reports?" + reportFilter), 200);
        time(measured, REPORTS + "drill-down", () -> supervisor.get("/reports/cases?measure=newReferrals&row=all"
                + "&figure=count&" + reportFilter), 200);

        if (i % 10 == 0) {
            // every tenth sample: an analyst's question, far rarer than a coordinator's
            time(measured, WHERE_CASES_WAIT, () -> analyst.get(caseLifecyclePath), 200);
        }
        // the header's search (issue #18): every case of the team, open or closed, with or without a task; by a
        // part of the name (a word's start, lower case), a date of birth as typed, a case number
        String namePart = pick(seeder.queueLastNames.get(team), i + 1).substring(0, 5).toLowerCase();
        String born = pick(seeder.birthDates.get(team), i);
        time(measured, SEARCH_PAGE + "part of a name", () -> found(browser.get("/search?q=" + encode(namePart))),
                200);
        time(measured, SEARCH_PAGE + "date of birth", () -> found(browser.get("/search?q=" + encode(born))),
                200);
        time(measured, SEARCH_PAGE + "case number", () -> found(browser.get("/search?q=" + caseNumber)), 200);
        String taskId = taskOf(caseNumber).getId();
        time(measured, "task page", () -> browser.get("/tasks/" + taskId), 200);
        time(measured, "Tasklist: task page", () -> {
            expect(tasklist.get(ENGINE + "/task/" + taskId), 200, "task");
            expect(tasklist.get(ENGINE + "/task/" + taskId + "/deployed-form"), 200, "deployed form");
            return tasklist.get(ENGINE + "/task/" + taskId + "/form-variables");
        }, 200);
    }

    /** The search page's rows in the report start with this; their p95 target is {@value #SEARCH_PAGE_P95_MS} ms. */
    static final String SEARCH_PAGE = "search page: ";
    static final int SEARCH_PAGE_P95_MS = 50;
    /** The supervisors' reports' rows start with this; their p95 target is {@value #REPORTS_P95_MS} ms (issue #21). */
    static final String REPORTS = "reports: ";
    static final int REPORTS_P95_MS = 1000;

    /** A search for something seeded must find it, or the bench would time an empty answer. */
    private static HttpResponse<String> found(HttpResponse<String> page) {
        if (page.statusCode() == 200 && !page.body().contains("id=\"search-results\"")) {
            throw new IllegalStateException("search found nothing: " + page.uri());
        }
        return page;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Claims and completes an intake from the team's queue on each side: a different case for each. */
    private void writes(int i, boolean measured) throws Exception {
        String team = teams.get(i % teams.size());
        String me = TaskListBenchmark.coordinator(team, 0);
        Browser browser = browsers.get(team);
        CamundaWebappSession tasklist = tasklists.get(team);
        List<String> queueCases = seeder.queueCaseNumbers.get(team);
        // from the end of the list: the reads above used cases from all over it, but none are changed by reads
        int index = queueCases.size() - 1 - 2 * (i / teams.size());
        String appTask = taskOf(queueCases.get(index)).getId();
        String tasklistTask = taskOf(queueCases.get(index - 1)).getId();
        String token = browser.csrf("/tasks/" + appTask);

        time(measured, "claim", () -> browser.post("/tasks/" + appTask + "/claim", Map.of("_csrf", token)), 302);
        time(measured, "Tasklist: claim",
                () -> tasklist.postJson(ENGINE + "/task/" + tasklistTask + "/claim", "{\"userId\":\"" + me + "\"}"),
                204);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("contactDate", "2026-11-02");
        form.put("contactMethod", "PHONE");
        form.put("livingSituation", "ALONE");
        form.put("presentingNeeds", "Needs help with meals.");
        form.put("consentToShare", "true");
        form.put("eligible", "true");
        HttpResponse<String> completed = time(measured, "complete a task with its form",
                () -> browser.post("/tasks/" + appTask + "/complete", form), 302);
        if (completed.headers().firstValue("Location").orElse("").contains("/tasks/" + appTask)) {
            throw new IllegalStateException("completion sent back to the task: " + completed.headers().map());
        }
        time(measured, "Tasklist: complete a task with its form", () -> tasklist.postJson(ENGINE + "/task/"
                + tasklistTask + "/submit-form", """
                {"variables": {"contactDate": {"value": "2026-11-02"}, "contactMethod": {"value": "PHONE"},
                 "livingSituation": {"value": "ALONE"}, "presentingNeeds": {"value": "Needs help with meals."},
                 "consentToShare": {"value": true}, "eligible": {"value": true}}}"""), 204);
    }

    /** Tasklist's two requests for a list view: the page of tasks (HAL, as Tasklist asks) and the count. */
    private HttpResponse<String> filter(CamundaWebappSession tasklist, int first, String criteria) throws Exception {
        String body = "{" + criteria + ",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        HttpResponse<String> list = tasklist.postHal(ENGINE + "/filter/" + filterId + "/list?firstResult=" + first
                + "&maxResults=" + TASKLIST_PAGE, body);
        expect(list, 200, "filter list");
        return tasklist.postJson(ENGINE + "/filter/" + filterId + "/count", body);
    }

    private static String queue(String team) {
        return "\"candidateGroup\":\"" + team + "\",\"unassigned\":true";
    }

    private Task taskOf(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).active().list().get(0);
    }

    private static String pick(List<String> values, int i) {
        return values.get((i * 7919) % values.size());
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Timings> serverCpu = new LinkedHashMap<>();

    /** CPU time of every thread of this process but the calling one (the only client), to the nanosecond. */
    private long otherThreadsCpu() {
        long current = Thread.currentThread().getId();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            if (id != current) {
                sum += Math.max(0, threads.getThreadCpuTime(id));
            }
        }
        return sum;
    }

    /**
     * Times a request, and the CPU the server spent on it: the CPU time of all threads but this (the only client)
     * one, so a busy machine slows the request down but hardly changes its CPU (GC and JIT threads count too).
     */
    private HttpResponse<String> time(boolean measured, String request, Call call, int status) throws Exception {
        long cpuStart = otherThreadsCpu();
        long start = System.nanoTime();
        HttpResponse<String> response = call.call();
        long took = System.nanoTime() - start;
        long cpu = otherThreadsCpu() - cpuStart;
        expect(response, status, request);
        if (measured) {
            timings.computeIfAbsent(request, r -> new Timings()).add(took / 1e6);
            serverCpu.computeIfAbsent(request, r -> new Timings()).add(cpu / 1e6);
        }
        return response;
    }

    private static void expect(HttpResponse<String> response, int status, String request) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(request + ": " + response.statusCode() + " " + response.uri() + " "
                    + body.substring(0, Math.min(500, body.length())));
        }
    }

    private Map<String, Object> results() {
        Map<String, Object> results = new LinkedHashMap<>();
        timings.forEach((request, samples) -> {
            if (request.startsWith("Tasklist: ")) {
                return;
            }
            Map<String, Object> row = new LinkedHashMap<>(samples.percentiles());
            row.put("serverCpuMedianMs", Timings.round(serverCpu.get(request).median()));
            Timings tasklist = timings.get("Tasklist: " + request);
            if (tasklist != null) {
                row.put("tasklist", tasklist.percentiles());
                row.put("tasklistServerCpuMedianMs", Timings.round(serverCpu.get("Tasklist: " + request).median()));
                row.put("tasklistP95PerAppP95", Timings.round(tasklist.p95() / samples.p95()));
                row.put("tasklistP50PerAppP50", Timings.round(tasklist.median() / samples.median()));
            }
            results.put(request, row);
        });
        return results;
    }

    /** A browser: session cookie, CSRF token from the page's form, Origin header on posts, HTTP/1.1. */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;

        private Browser(String base) {
            this.base = base;
        }

        static Browser logIn(String base, String user) throws Exception {
            Browser browser = new Browser(base);
            String token = browser.csrf("/login");
            HttpResponse<String> login = browser.post("/login", Map.of("username", user, "password", PASSWORD,
                    "_csrf", token));
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login of " + user + " refused: " + login.statusCode() + " "
                        + login.headers().map());
            }
            return browser;
        }

        String csrf(String path) throws Exception {
            HttpResponse<String> page = get(path);
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on " + path + " (" + page.statusCode() + ")");
            }
            return token.group(1);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** A GET with headers, as name, value, name, value. */
        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).headers(headers).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> delete(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(),
                    StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
