package org.casecoordination.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRepository extends JpaRepository<CareCase, Long> {

    @EntityGraph(attributePaths = "client")
    Optional<CareCase> findByCaseNumber(String caseNumber);

    @EntityGraph(attributePaths = "client")
    List<CareCase> findByCaseNumberIn(Collection<String> caseNumbers);

    @EntityGraph(attributePaths = "client")
    List<CareCase> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    List<CareCase> findByClientIdOrderByOpenedAtDesc(Long clientId);
}
