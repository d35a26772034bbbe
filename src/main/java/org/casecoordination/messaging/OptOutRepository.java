package org.casecoordination.messaging;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OptOutRepository extends JpaRepository<OptOut, Long> {

    Optional<OptOut> findFirstByPhoneOrderByReceivedAtDescIdDesc(String phone);
}
