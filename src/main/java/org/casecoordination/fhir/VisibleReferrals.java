package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.casecoordination.arrangement.ProviderPrincipal;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.security.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The referrals a FHIR caller may see: staff those of the cases they may see, except a referral to a substance-use
 * program or one sent with Part 2 information ({@link Part2Rule}: no consent of the client names a FHIR reader); a provider's system only those sent to
 * it (never a draft nobody sent), a substance-use one included: it went there under the client's consent naming
 * that provider. Searches are paged in the database by referral id.
 */
@Component
class VisibleReferrals {

    private static final String FETCH = "select r from ProviderReferral r join fetch r.careCase c join fetch c.client"
            + " join fetch r.provider p";

    private final EntityManager entityManager;
    private final CaseAccess access;
    private final CurrentUser currentUser;

    VisibleReferrals(EntityManager entityManager, CaseAccess access, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.access = access;
        this.currentUser = currentUser;
    }

    Optional<ProviderReferral> byId(long id) {
        return entityManager.createQuery(FETCH + " where r.id = :id", ProviderReferral.class).setParameter("id", id)
                .getResultList().stream().filter(this::maySee).findFirst();
    }

    /**
     * A page of referrals (one more than asked), optionally of one client, in some states and last changed when
     * {@code updated} says.
     */
    List<ProviderReferral> search(Long clientId, List<ProviderReferralStatus> statuses, LastUpdated updated,
            int offset, int count) {
        Long provider = provider().map(ProviderPrincipal::providerId).orElse(null);
        List<String> teams = currentUser.teams();
        if ((provider == null && teams.isEmpty()) || (statuses != null && statuses.isEmpty())) {
            return List.of();
        }
        var query = entityManager.createQuery(FETCH + " where "
                        + (provider != null ? "p.id = :provider and r.status <> :draft"
                                : "c.team in :teams and r.serviceType <> :part2 and r.redisclosureNotice is null")
                        + (clientId == null ? "" : " and c.client.id = :client")
                        + (statuses == null ? "" : " and r.status in :statuses")
                        + updated.jpql("r.statusChangedAt") + " order by r.id",
                        ProviderReferral.class)
                .setFirstResult(offset).setMaxResults(count + 1);
        if (provider != null) {
            query.setParameter("provider", provider).setParameter("draft", ProviderReferralStatus.DRAFT);
        } else {
            query.setParameter("teams", teams).setParameter("part2", ServiceType.SUBSTANCE_USE_PROGRAM);
        }
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        if (statuses != null) {
            query.setParameter("statuses", statuses);
        }
        updated.bind(query);
        return query.getResultList();
    }

    private boolean maySee(ProviderReferral referral) {
        return provider().map(p -> p.providerId() == referral.getProvider().getId()
                        && referral.getStatus() != ProviderReferralStatus.DRAFT)
                .orElseGet(() -> Part2Rule.named(referral) && access.canSee(referral.getCareCase()));
    }

    static Optional<ProviderPrincipal> provider() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ProviderPrincipal provider
                ? Optional.of(provider) : Optional.empty();
    }
}
