package org.casecoordination.arrangement;

import java.util.Collection;
import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

    @EntityGraph(attributePaths = "provider")
    List<Referral> findByCareCaseOrderByCreatedAtAscIdAsc(CareCase careCase);

    @EntityGraph(attributePaths = "provider")
    List<Referral> findByCareCaseAndServiceTypeOrderByCreatedAtAscIdAsc(CareCase careCase, ServiceType serviceType);

    @EntityGraph(attributePaths = {"provider", "careCase"})
    List<Referral> findByServesReferralId(Long servesReferralId);

    @EntityGraph(attributePaths = "careCase")
    List<Referral> findByProviderIdAndStatusOrderByStatusChangedAtDesc(Long providerId, ReferralStatus status);

    @EntityGraph(attributePaths = {"careCase", "careCase.client"})
    List<Referral> findByProviderIdAndStatusInOrderByStatusChangedAtAsc(Long providerId,
            Collection<ReferralStatus> statuses);
}
