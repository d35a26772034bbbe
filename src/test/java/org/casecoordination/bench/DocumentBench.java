package org.casecoordination.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.arrangement.ProviderDetails;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderForm;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.security.Groups;
import org.casecoordination.security.RunAs;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue #20's measure: a care-plan summary for a case with 10 services and 20 assessments, made over HTTP by a
 * coordinator of the case's team ({@code POST /api/cases/{n}/documents}, HTTP Basic as the API asks, so each
 * request includes its password check). The case is prepared through the app's services, as the seeder does; the
 * client prefers Spanish, so the summary is the Spanish one. Every sample makes and stores another PDF.
 */
final class DocumentBench {

    static final int P95_TARGET_MS = 1_000;
    static final int SIZE_TARGET_BYTES = 300 * 1024;
    static final int SERVICES = 10;
    static final int ASSESSMENTS = 20;
    /** The first document after start-up also loads the fonts: not what the measure is about. */
    private static final int WARM_UP = 5;
    private static final List<ServiceType> TYPES = List.of(ServiceType.HOME_CARE, ServiceType.ADULT_DAY_CARE,
            ServiceType.REHABILITATION, ServiceType.MENTAL_HEALTH_CLINIC, ServiceType.SOCIAL_SERVICES);

    private final ConfigurableApplicationContext context;
    private final String base;
    private final String team;
    private final String coordinator;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The coordinator must exist with {@link HttpBench#PASSWORD} (HttpBench creates one per team). */
    DocumentBench(ConfigurableApplicationContext context, String team, String coordinator) {
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        this.team = team;
        this.coordinator = coordinator;
    }

    /** Prepares the case, then makes its summary {@code samples} times after a warm-up. */
    Map<String, Object> run(int samples) throws Exception {
        String caseNumber = prepareCase();
        Timings timings = new Timings();
        long largest = 0;
        for (int i = 0; i < WARM_UP + samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> made = generate(caseNumber);
            double took = (System.nanoTime() - start) / 1e6;
            if (made.statusCode() != 201) {
                throw new IllegalStateException("care-plan summary: " + made.statusCode() + " " + made.body());
            }
            JsonNode document = json.readTree(made.body());
            if (!"application/pdf".equals(document.path("mediaType").asText())) {
                throw new IllegalStateException("care-plan summary is not a PDF: " + made.body());
            }
            if (i >= WARM_UP) {
                timings.add(took);
                largest = Math.max(largest, document.path("sizeBytes").asLong());
            }
            if (i == WARM_UP + samples - 1) {
                checkStoredSize(document);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>(timings.percentiles());
        result.put("maxMs", Timings.round(timings.max()));
        result.put("pdfBytes", largest);
        result.put("services", SERVICES);
        result.put("assessments", ASSESSMENTS);
        result.put("warmUp", WARM_UP);
        result.put("p95AtMost1s", timings.p95() <= P95_TARGET_MS);
        result.put("pdfAtMost300KB", largest <= SIZE_TARGET_BYTES);
        return result;
    }

    /** The size the API reports must be the file's: the stored bytes, read back once. */
    private void checkStoredSize(JsonNode document) throws Exception {
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(base
                + document.path("content").asText())).header("Authorization", basic()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (file.statusCode() != 200 || file.body().length != document.path("sizeBytes").asLong()) {
            throw new IllegalStateException("stored PDF: " + file.statusCode() + ", " + file.body().length
                    + " bytes, listed as " + document.path("sizeBytes").asLong());
        }
    }

    private HttpResponse<String> generate(String caseNumber) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/cases/" + caseNumber + "/documents"))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"CARE_PLAN_SUMMARY\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((coordinator + ":" + HttpBench.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A Spanish-speaking client's case with consent to share, 10 confirmed services and 20 PHQ-9 and GAD-7 results. */
    private String prepareCase() {
        ReferralService referrals = context.getBean(ReferralService.class);
        ConsentService consents = context.getBean(ConsentService.class);
        ProviderDirectory providers = context.getBean(ProviderDirectory.class);
        ProviderReferrals serviceReferrals = context.getBean(ProviderReferrals.class);
        CaseRepository caseRepository = context.getBean(CaseRepository.class);
        AssessmentService assessments = context.getBean(AssessmentService.class);
        Map<ServiceType, Long> providerOf = new LinkedHashMap<>();
        for (ServiceType type : TYPES) {
            providerOf.put(type, providers.save(null, ProviderForm.of(new ProviderDetails("Benchmark " + type.name()
                    .toLowerCase().replace('_', ' '), List.of(type), List.of("10115"), List.of("en", "es"), true,
                    10_000, "Intake desk", "555-0101", null, "Mon-Fri 08:00-18:00"))).getId());
        }
        return RunAs.user(coordinator, List.of(Groups.COORDINATORS, team), () -> {
            ReferralRequest referral = new ReferralRequest();
            referral.getClient().setFirstName("Benita");
            referral.getClient().setLastName("Documento");
            referral.getClient().setDateOfBirth(LocalDate.of(1946, 4, 12));
            referral.getClient().setSex(Sex.FEMALE);
            referral.getClient().setPreferredLanguage("es");
            referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
            referral.setUrgency(Urgency.ROUTINE);
            referral.setTeam(team);
            String caseNumber = referrals.refer(referral).getCaseNumber();
            ConsentRequest consent = new ConsentRequest();
            consent.setPurpose(ConsentPurpose.SHARE_WITH_PROVIDERS);
            consent.setAnyProvider(true);
            consent.setGivenOn(LocalDate.now());
            consents.record(caseNumber, consent);
            CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
            for (int i = 0; i < SERVICES; i++) {
                ServiceType type = TYPES.get(i % TYPES.size());
                ProviderReferral service = serviceReferrals.draft(careCase, type, providerOf.get(type), coordinator);
                serviceReferrals.confirm(service.getId(), LocalDate.now().plusDays(i), "Mondays and Thursdays 9:00");
            }
            try {
                for (int i = 0; i < ASSESSMENTS / 2; i++) {
                    assessments.record(caseNumber, "PHQ9", json.readTree("[1,1,1,1,1,1,1,1,0]"), null, coordinator);
                    assessments.record(caseNumber, "GAD7", json.readTree("[1,1,1,1,0,0,0]"), null, coordinator);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return caseNumber;
        });
    }
}
