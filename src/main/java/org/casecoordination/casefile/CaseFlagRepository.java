package org.casecoordination.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseFlagRepository extends JpaRepository<CaseFlag, Long> {

    /** The flags still waiting for someone, oldest first. */
    List<CaseFlag> findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(Long caseId);

    /** The open flags of several cases at once (the search results). */
    List<CaseFlag> findByCareCaseIdInAndResolvedAtIsNull(java.util.Collection<Long> caseIds);

    Optional<CaseFlag> findFirstByCareCaseIdAndKindAndResolvedAtIsNull(Long caseId, CaseFlag.Kind kind);
}
