package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The cases a FHIR caller may see: those of the teams they work in (a search), or one case they may see by the
 * page rules, emergency access included (a read). Searches are paged in the database, ordered by case id so a page
 * is stable while cases are added.
 */
@Component
class VisibleCases {

    private final EntityManager entityManager;
    private final CaseAccess access;
    private final CurrentUser currentUser;

    VisibleCases(EntityManager entityManager, CaseAccess access, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** One case by number, if it exists and the caller may see it. */
    Optional<CareCase> byNumber(String caseNumber) {
        List<CareCase> found = entityManager.createQuery(
                        "select c from CareCase c join fetch c.client where c.caseNumber = :number", CareCase.class)
                .setParameter("number", caseNumber).getResultList();
        return found.stream().filter(access::canSee).findFirst();
    }

    /** The cases of a client the caller may see, newest first. */
    List<CareCase> ofClient(long clientId) {
        return entityManager.createQuery("select c from CareCase c join fetch c.client where c.client.id = :client"
                        + " order by c.openedAt desc, c.id desc", CareCase.class)
                .setParameter("client", clientId).getResultList().stream().filter(access::canSee).toList();
    }

    /** A page of the caller's teams' cases, optionally of one client and in some stages; one more than asked. */
    List<CareCase> search(Long clientId, List<CaseStage> stages, int offset, int count) {
        List<String> teams = currentUser.teams();
        if (teams.isEmpty() || (stages != null && stages.isEmpty())) {
            return List.of();
        }
        var query = entityManager.createQuery("select c from CareCase c join fetch c.client where c.team in :teams"
                        + (clientId == null ? "" : " and c.client.id = :client")
                        + (stages == null ? "" : " and c.stage in :stages") + " order by c.id", CareCase.class)
                .setParameter("teams", teams).setFirstResult(offset).setMaxResults(count + 1);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        if (stages != null) {
            query.setParameter("stages", stages);
        }
        return query.getResultList();
    }

    /**
     * A page of the clients with a case of the caller's teams, each with the newest such case (the audit names
     * it); one more than asked.
     */
    List<CareCase> clients(Long clientId, int offset, int count) {
        List<String> teams = currentUser.teams();
        if (teams.isEmpty()) {
            return List.of();
        }
        var query = entityManager.createQuery("select c from CareCase c join fetch c.client where c.team in :teams"
                        + (clientId == null ? "" : " and c.client.id = :client")
                        + " and c.id = (select max(o.id) from CareCase o where o.client = c.client"
                        + " and o.team in :teams) order by c.client.id", CareCase.class)
                .setParameter("teams", teams).setFirstResult(offset).setMaxResults(count + 1);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        return query.getResultList();
    }
}
