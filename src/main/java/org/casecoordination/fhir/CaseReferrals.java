package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.casefile.CareCase;
import org.springframework.stereotype.Component;

/** A case's provider referrals that other resources may name (never one {@link Part2Rule} withholds). */
@Component
class CaseReferrals {

    private final EntityManager entityManager;

    CaseReferrals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<ProviderReferral> named(CareCase careCase) {
        return entityManager.createQuery("select r from ProviderReferral r join fetch r.provider"
                        + " where r.careCase = :case order by r.createdAt, r.id", ProviderReferral.class)
                .setParameter("case", careCase).getResultList().stream().filter(Part2Rule::named).toList();
    }
}
