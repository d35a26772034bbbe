package org.casecoordination.arrangement;

import java.util.Collection;
import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderReferralRepository extends JpaRepository<ProviderReferral, Long> {

    @EntityGraph(attributePaths = "provider")
    List<ProviderReferral> findByCareCaseOrderByCreatedAtAscIdAsc(CareCase careCase);

    @EntityGraph(attributePaths = "provider")
    List<ProviderReferral> findByCareCaseAndServiceTypeOrderByCreatedAtAscIdAsc(CareCase careCase, ServiceType serviceType);

    @EntityGraph(attributePaths = {"provider", "careCase"})
    List<ProviderReferral> findByServesReferralId(Long servesReferralId);

    @EntityGraph(attributePaths = "careCase")
    List<ProviderReferral> findByProviderIdAndStatusOrderByStatusChangedAtDesc(Long providerId, ProviderReferralStatus status);

    @EntityGraph(attributePaths = {"careCase", "careCase.client"})
    List<ProviderReferral> findByProviderIdAndStatusInOrderByStatusChangedAtAsc(Long providerId,
            Collection<ProviderReferralStatus> statuses);
}
