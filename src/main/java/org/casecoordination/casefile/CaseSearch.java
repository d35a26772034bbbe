package org.casecoordination.casefile;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.casecoordination.client.Client;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds clients and cases the way the task list's search does: a case number (CC-2026-000123) or the start of the
 * client's name, last name first ("Miller", "Miller Jo"). Only what the caller may see: the cases of their teams
 * (a supervisor's teams are theirs), and by case number also a case they hold emergency access to
 * ({@link CaseAccess}). For GET /api/search and the pages' header search. The answer shows clients' names, so each
 * search writes one VIEW_LIST audit row naming the cases found (never what was typed: it may be a name).
 */
@Service
public class CaseSearch {

    public static final int MAX_QUERY_LENGTH = 100;
    /** Cases per answer; beyond that {@link Result#more()} says to type more of the name. */
    public static final int MAX_CASES = 50;

    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)CC-\\d{4}-\\d+");

    private final EntityManager em;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    CaseSearch(EntityManager em, CaseRepository cases, CaseAccess access, CurrentUser currentUser,
            AuditLog auditLog) {
        this.em = em;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    public record CaseHit(String caseNumber, Long clientId, String clientName, String stage, String team,
            String owner, Instant openedAt, Instant closedAt) {
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
            return "Type a case number or the start of a last name.";
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
        String text = query.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        List<CareCase> found;
        boolean more = false;
        if (CASE_NUMBER.matcher(text).matches()) {
            found = cases.findByCaseNumber(text).filter(access::canSee).map(List::of).orElse(List.of());
        } else {
            List<String> teams = currentUser.teams();
            if (teams.isEmpty()) {
                return Result.NONE;
            }
            found = em.createQuery("select c from CareCase c join fetch c.client cl where c.team in :teams "
                            + "and upper(concat(cl.lastName, ' ', cl.firstName)) like :prefix escape '!' "
                            + "order by upper(cl.lastName), upper(cl.firstName), cl.id, c.openedAt desc, c.id",
                            CareCase.class)
                    .setParameter("teams", teams)
                    .setParameter("prefix", text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                    .setMaxResults(MAX_CASES + 1).getResultList();
            more = found.size() > MAX_CASES;
            found = found.stream().limit(MAX_CASES).toList();
        }
        auditLog.recordListView("Search", found.stream().map(CareCase::getCaseNumber).toList());
        return result(found, more);
    }

    private static Result result(List<CareCase> found, boolean more) {
        Map<Long, Client> clients = new LinkedHashMap<>();
        Map<Long, List<String>> caseNumbers = new LinkedHashMap<>();
        List<CaseHit> hits = new ArrayList<>();
        for (CareCase c : found) {
            Client client = c.getClient();
            clients.putIfAbsent(client.getId(), client);
            caseNumbers.computeIfAbsent(client.getId(), id -> new ArrayList<>()).add(c.getCaseNumber());
            hits.add(new CaseHit(c.getCaseNumber(), client.getId(), client.getFirstName() + " " + client.getLastName(),
                    c.getStage().name(), c.getTeam(), c.getOwner(), c.getOpenedAt(), c.getClosedAt()));
        }
        List<ClientHit> clientHits = clients.values().stream().map(client -> new ClientHit(client.getId(),
                client.getFirstName(), client.getLastName(), client.getDateOfBirth(),
                List.copyOf(caseNumbers.get(client.getId())))).toList();
        return new Result(clientHits, List.copyOf(hits), more);
    }
}
