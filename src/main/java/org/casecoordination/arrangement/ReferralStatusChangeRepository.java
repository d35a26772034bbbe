package org.casecoordination.arrangement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralStatusChangeRepository extends JpaRepository<ReferralStatusChange, Long> {

    List<ReferralStatusChange> findByReferralIdOrderByChangedAtAscIdAsc(Long referralId);
}
