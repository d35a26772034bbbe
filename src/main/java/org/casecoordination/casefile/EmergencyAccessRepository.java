package org.casecoordination.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmergencyAccessRepository extends JpaRepository<EmergencyAccess, Long> {

    boolean existsByCareCaseIdAndUserIdAndExpiresAtAfter(Long caseId, String userId, Instant now);

    @EntityGraph(attributePaths = "careCase")
    List<EmergencyAccess> findByCareCaseTeamInOrderByGrantedAtDesc(Collection<String> teams);
}
