package org.casecoordination.arrangement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderReferralStatusChangeRepository extends JpaRepository<ProviderReferralStatusChange, Long> {

    List<ProviderReferralStatusChange> findByReferralIdOrderByChangedAtAscIdAsc(Long referralId);
}
