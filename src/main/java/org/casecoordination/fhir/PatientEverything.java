package org.casecoordination.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code Patient/{id}/$everything}: the client and every resource of the client's cases the reader may see (the
 * cases of their teams, or of a current emergency access: {@link VisibleCases#ofClient}), built by the bulk
 * export's per-case builders as a reader sees them ({@link ExportSources#forReader}), so the Part 2 rule is the
 * reads'. What a client's cases share (the Patient, contacts, consents) is in it once. Each visible case is audited
 * as a read before the answer leaves.
 *
 * <p>Paging: the record is built whole on each request (a client's record is a few cases) and cut into pages of
 * {@code _count} entries (default and at most {@value #MAX_COUNT}), with {@code next} links carrying
 * {@code _offset}; every page audits the cases again, as every read does.
 */
@Component
class PatientEverything {

    static final int MAX_COUNT = 1000;
    static final String OPERATION = "$everything";

    private final VisibleCases cases;
    private final ExportSources sources;
    private final AuditLog auditLog;

    PatientEverything(VisibleCases cases, ExportSources sources, AuditLog auditLog) {
        this.cases = cases;
        this.sources = sources;
        this.auditLog = auditLog;
    }

    /** What was asked: the types wanted (in the export's order), since when, and which page. */
    record Asked(List<String> types, Instant since, int count, int offset, List<String> typeParameters,
            String sinceParameter) {
    }

    /** Reads and checks the parameters (400 for an unknown type, a time without its zone, a bad count). */
    Asked asked(List<String> type, String since, String count, String offset) {
        List<String> types = types(type);
        Instant from = ExportKickoff.instant(since);
        int size = count == null ? MAX_COUNT : SearchPage.number("_count", count);
        if (size < 1) {
            throw new InvalidSearchException("_count", count);
        }
        int start = offset == null ? 0 : SearchPage.number("_offset", offset);
        // the links carry _since as an instant in UTC: no "+" of a zone to survive a copy into a shell
        return new Asked(types, from, Math.min(size, MAX_COUNT), start, type == null ? List.of() : type,
                from == null ? null : from.toString());
    }

    /** The Bundle; a client without a case the reader may see is 404, as its Patient read is. */
    Bundle of(String id, Asked asked) {
        Long clientId = FhirIds.clientId(id);
        List<CareCase> visible = clientId == null ? List.of() : cases.ofClient(clientId);
        if (visible.isEmpty()) {
            throw new UnknownResourceException("Patient", id);
        }
        for (CareCase careCase : visible) {
            auditLog.record(AuditAction.VIEW_RECORD, careCase.getCaseNumber(),
                    "FHIR Patient/" + clientId + "/" + OPERATION, AuditEvent.SUCCESS);
        }
        List<Resource> all = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (CareCase careCase : visible) {
            for (String type : asked.types()) {
                ExportSource source = sources.forReader(type).orElseThrow();
                for (Resource resource : source.ofCase().apply(careCase)) {
                    if (source.changedSince(resource, asked.since())
                            && present.add(type + "/" + resource.getIdElement().getIdPart())) {
                        all.add(resource);
                    }
                }
            }
        }
        return bundle(clientId, asked, all);
    }

    private static Bundle bundle(long clientId, Asked asked, List<Resource> all) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").toUriString();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(all.size());
        bundle.addLink().setRelation("self").setUrl(link(base, clientId, asked, asked.offset()));
        if (asked.offset() + asked.count() < all.size()) {
            bundle.addLink().setRelation("next").setUrl(link(base, clientId, asked, asked.offset() + asked.count()));
        }
        all.stream().skip(asked.offset()).limit(asked.count()).forEach(resource -> bundle.addEntry()
                .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        return bundle;
    }

    private static String link(String base, long clientId, Asked asked, int offset) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(base + "/Patient/" + clientId + "/"
                + OPERATION);
        asked.typeParameters().forEach(type -> link.queryParam("_type", type));
        if (asked.sinceParameter() != null) {
            link.queryParam("_since", asked.sinceParameter());
        }
        // a "+" is legal in a query but read back as a space: the plus of a time zone must stay a plus
        return link.queryParam("_count", asked.count()).queryParam("_offset", offset).build().encode()
                .toUriString().replace("+", "%2B");
    }

    /** {@code _type}: one or more parameters, each a comma list of types; every type when absent. */
    private List<String> types(List<String> parameters) {
        if (parameters == null || parameters.stream().allMatch(String::isBlank)) {
            return sources.types();
        }
        Set<String> asked = new HashSet<>();
        for (String parameter : parameters) {
            for (String one : parameter.split(",")) {
                String name = one.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (sources.forReader(name).isEmpty()) {
                    throw new ExportRefusedException(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED,
                            "fhir.everything.unknownType", name, String.join(", ", sources.types()));
                }
                asked.add(name);
            }
        }
        return sources.types().stream().filter(asked::contains).toList();
    }
}
