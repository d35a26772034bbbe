package org.casecoordination.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casecoordination.client.Client;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds clients and their cases, open or closed, by what a caller on the phone gives: any word of the name
 * (accents and case ignored), the date of birth, the phone number or the case number ({@link SearchQuery}). Only
 * what the caller may see: the cases of their teams (a supervisor's teams are theirs), and by case number also a
 * case they hold emergency access to ({@link CaseAccess}). Each query reads indexes (the client's name terms,
 * date of birth, phone digits), so it stays fast at 100,000 cases. For GET /api/search and the header's search
 * page. The answer shows clients' names, so each search writes one VIEW_LIST audit row naming the cases found
 * (never what was typed: it may be a name).
 */
@Service
public class CaseSearch {

    public static final int MAX_QUERY_LENGTH = 100;
    /** Cases per answer; beyond that {@link Result#more()} says to type more. */
    public static final int MAX_CASES = 50;

    private final EntityManager em;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final CaseSearchDetails details;

    CaseSearch(EntityManager em, CaseRepository cases, CaseAccess access, CurrentUser currentUser,
            AuditLog auditLog, CaseSearchDetails details) {
        this.em = em;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.details = details;
    }

    /**
     * One case found. Codes (stage, acuity, flags) and the owner's login for programs, the owner's full name for
     * people; the next due date is the earliest open task's, or while nothing is open (waiting for the next
     * follow-up) the next scheduled step's; null for a closed case.
     */
    public record CaseHit(String caseNumber, Long clientId, String clientName, LocalDate dateOfBirth, String stage,
            String team, String owner, String ownerName, String acuity, List<String> flags, Instant nextDue,
            Instant openedAt, Instant closedAt) {

        /** The client's age in whole years on that day. */
        public int ageOn(LocalDate day) {
            return java.time.Period.between(dateOfBirth, day).getYears();
        }
    }

    public record ClientHit(Long id, String firstName, String lastName, LocalDate dateOfBirth,
            List<String> caseNumbers) {
    }

    /** Clients in name order, each with the cases found (newest first); cases in the same order. */
    public record Result(List<ClientHit> clients, List<CaseHit> cases, boolean more) {
        static final Result NONE = new Result(List.of(), List.of(), false);
    }

    /** Whether the text can be searched for: not blank, at most {@value #MAX_QUERY_LENGTH} characters. */
    public static String problemWith(String query) {
        if (query == null || query.isBlank()) {
            return "Type a name, a date of birth, a phone number or a case number.";
        }
        if (query.strip().length() > MAX_QUERY_LENGTH) {
            return "Type at most " + MAX_QUERY_LENGTH + " characters.";
        }
        return null;
    }

    @Transactional(readOnly = true)
    public Result search(String query) {
        String problem = problemWith(query);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SearchQuery search = SearchQuery.parse(query, LocalDate.now());
        List<CareCase> found;
        boolean more = false;
        if (search.caseNumber() != null) {
            found = cases.findByCaseNumber(search.caseNumber()).filter(access::canSee).map(List::of)
                    .orElse(List.of());
        } else {
            List<String> teams = currentUser.teams();
            if (teams.isEmpty()) {
                return Result.NONE;
            }
            List<Long> ids = caseIds(search, teams);
            more = ids.size() > MAX_CASES;
            found = inOrder(ids.stream().limit(MAX_CASES).toList());
        }
        auditLog.recordListView("Search", found.stream().map(CareCase::getCaseNumber).toList());
        return result(found, more);
    }

    /**
     * The ids of the cases of these teams whose client matches, in name order. Every name word must be the start
     * of one of the client's name terms; each is one index range of client_name_term.
     */
    private List<Long> caseIds(SearchQuery search, List<String> teams) {
        if (search.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select c.id from care_case c join client cl on cl.id = c.client_id "
                + "where c.team in (:teams)");
        if (search.dateOfBirth() != null) {
            sql.append(" and cl.date_of_birth = :dateOfBirth");
        }
        if (search.phoneDigits() != null) {
            sql.append(" and cl.phone_digits like :phone");
        }
        for (int i = 0; i < search.nameWords().size(); i++) {
            sql.append(" and cl.id in (select t.client_id from client_name_term t where t.term like :word")
                    .append(i).append(')');
        }
        sql.append(" order by upper(cl.last_name), upper(cl.first_name), cl.id, c.opened_at desc, c.id");
        Query query = em.createNativeQuery(sql.toString()).setParameter("teams", teams);
        if (search.dateOfBirth() != null) {
            query.setParameter("dateOfBirth", search.dateOfBirth());
        }
        if (search.phoneDigits() != null) {
            // only digits: nothing to escape
            query.setParameter("phone", search.phoneDigits() + "%");
        }
        for (int i = 0; i < search.nameWords().size(); i++) {
            // letters and digits only (SearchKeys.normalise): nothing to escape
            query.setParameter("word" + i, search.nameWords().get(i) + "%");
        }
        return ((List<?>) query.setMaxResults(MAX_CASES + 1).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    private List<CareCase> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CareCase> byId = cases.findByIdIn(ids).stream()
                .collect(Collectors.toMap(CareCase::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private Result result(List<CareCase> found, boolean more) {
        CaseSearchDetails.Details known = details.of(found);
        Map<Long, Client> clients = new LinkedHashMap<>();
        Map<Long, List<String>> caseNumbers = new LinkedHashMap<>();
        List<CaseHit> hits = new ArrayList<>();
        for (CareCase c : found) {
            Client client = c.getClient();
            clients.putIfAbsent(client.getId(), client);
            caseNumbers.computeIfAbsent(client.getId(), id -> new ArrayList<>()).add(c.getCaseNumber());
            hits.add(new CaseHit(c.getCaseNumber(), client.getId(), client.fullName(), client.getDateOfBirth(),
                    c.getStage().name(), c.getTeam(), c.getOwner(), known.ownerName(c),
                    c.getAcuity() == null ? null : c.getAcuity().name(), known.flags(c), known.nextDue(c),
                    c.getOpenedAt(), c.getClosedAt()));
        }
        List<ClientHit> clientHits = clients.values().stream().map(client -> new ClientHit(client.getId(),
                client.getFirstName(), client.getLastName(), client.getDateOfBirth(),
                List.copyOf(caseNumbers.get(client.getId())))).toList();
        return new Result(clientHits, List.copyOf(hits), more);
    }
}
