package org.casecoordination.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casecoordination.client.Client;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate reads;

    CaseSearch(EntityManager em, CaseRepository cases, CaseAccess access, CurrentUser currentUser,
            AuditLog auditLog, CaseSearchDetails details, PlatformTransactionManager transactions) {
        this.em = em;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.details = details;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
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

    /**
     * The reads in one read-only transaction, then the audit row after it: outside a transaction the row joins the
     * rows of concurrent requests in one commit ({@code AuditLog}'s group commit) instead of taking a second
     * connection and a commit of its own while the search holds the first (issue #17, the load run). A search that
     * fails writes no row; the answer is returned only after its row is committed.
     *
     * @param language the reader's, whose order of day, month and year a typed date of birth is read in
     */
    public Result search(String query, Locale language) {
        String problem = problemWith(query);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SearchQuery search = SearchQuery.parse(query, DateOrder.of(language), LocalDate.now());
        Found found = reads.execute(status -> find(search));
        auditLog.recordListView("Search", found.caseNumbers());
        return found.result();
    }

    /** What a search read: the answer, and the case numbers its audit row names. */
    private record Found(Result result, List<String> caseNumbers) {
    }

    private Found find(SearchQuery search) {
        List<CareCase> found;
        boolean more = false;
        if (search.caseNumber() != null) {
            found = cases.findByCaseNumber(search.caseNumber()).filter(access::canSee).map(List::of)
                    .orElse(List.of());
        } else {
            List<String> teams = currentUser.teams();
            if (teams.isEmpty()) {
                return new Found(Result.NONE, List.of());
            }
            List<Long> ids = caseIds(search, teams);
            more = ids.size() > MAX_CASES || ids.contains(-1L);
            found = inOrder(ids.stream().filter(id -> id >= 0).limit(MAX_CASES).toList());
        }
        return new Found(result(found, more), found.stream().map(CareCase::getCaseNumber).toList());
    }

    /**
     * The clients a search can look at, at most this many; beyond that the answer says to type more. A client
     * matches in step one of {@link #caseIds}, before the teams are known.
     */
    static final int MAX_CLIENTS = 1_000;

    /**
     * The ids of the cases of these teams whose client matches, in name order, in two steps that each read one
     * index. First the clients: by the first name word (one range of client_name_term; every further word must
     * start another term of the same client), else by the phone digits or the date of birth. Then their cases of
     * the teams. Two steps because H2's planner, given it all in one query, starts from the team's cases and reads
     * a quarter of all cases.
     */
    private List<Long> caseIds(SearchQuery search, List<String> teams) {
        List<Long> clientIds = clientIds(search);
        if (clientIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select distinct c.id, upper(cl.last_name) as last_key, "
                + "upper(cl.first_name) as first_key, cl.id as client_id, c.opened_at from care_case c "
                + "join client cl on cl.id = c.client_id where c.client_id in (:clients) and c.team in (:teams)");
        if (!search.datesOfBirth().isEmpty()) {
            sql.append(" and cl.date_of_birth in (:datesOfBirth)");
        }
        sql.append(" order by last_key, first_key, client_id, c.opened_at desc, c.id");
        Query query = em.createNativeQuery(sql.toString()).setParameter("clients", clientIds)
                .setParameter("teams", teams);
        if (!search.datesOfBirth().isEmpty()) {
            query.setParameter("datesOfBirth", search.datesOfBirth());
        }
        List<Long> caseIds = ((List<?>) query.setMaxResults(MAX_CASES + 1).getResultList()).stream()
                .map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        if (clientIds.size() > MAX_CLIENTS && caseIds.size() <= MAX_CASES) {
            // not every matching client was looked at: say there may be more
            return java.util.stream.Stream.concat(caseIds.stream(), java.util.stream.Stream.of(-1L)).toList();
        }
        return caseIds;
    }

    /** Step one: at most {@value #MAX_CLIENTS} + 1 matching clients, from one index each. */
    private List<Long> clientIds(SearchQuery search) {
        if (search.isEmpty()) {
            return List.of();
        }
        List<String> words = search.nameWords();
        Query query;
        if (!words.isEmpty()) {
            // letters and digits only (SearchKeys.normalise): nothing to escape in the patterns
            StringBuilder sql = new StringBuilder("select distinct t0.client_id from client_name_term t0 "
                    + "where t0.term like :word0");
            for (int i = 1; i < words.size(); i++) {
                sql.append(" and exists (select 1 from client_name_term t").append(i).append(" where t").append(i)
                        .append(".client_id = t0.client_id and t").append(i).append(".term like :word").append(i)
                        .append(')');
            }
            query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < words.size(); i++) {
                query.setParameter("word" + i, words.get(i) + "%");
            }
        } else if (search.phoneDigits() != null) {
            query = em.createNativeQuery("select id from client where phone_digits like :phone")
                    .setParameter("phone", search.phoneDigits() + "%");
        } else {
            query = em.createNativeQuery("select id from client where date_of_birth in (:datesOfBirth)")
                    .setParameter("datesOfBirth", search.datesOfBirth());
        }
        return ((List<?>) query.setMaxResults(MAX_CLIENTS + 1).getResultList()).stream()
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
