package org.casecoordination.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.casecoordination.processes.CaseStage;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<CareCase, Long>, CaseLookup {

    @EntityGraph(CareCase.WITH_CLIENT)
    Optional<CareCase> findByCaseNumber(String caseNumber);

    @EntityGraph(CareCase.WITH_CLIENT)
    List<CareCase> findByCaseNumberIn(Collection<String> caseNumbers);

    @EntityGraph(CareCase.WITH_CLIENT)
    List<CareCase> findByIdIn(Collection<Long> ids);

    @EntityGraph(CareCase.WITH_CLIENT)
    List<CareCase> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    List<CareCase> findByClientIdOrderByOpenedAtDesc(Long clientId);

    /** Anonymous counts for analysts: how many cases per team and stage, nothing about anyone. */
    @Query("select c.team as team, c.stage as stage, count(c) as cases from CareCase c group by c.team, c.stage")
    List<StageCount> countByTeamAndStage();

    @Query("select c.closureReason as reason, count(c) as cases from CareCase c where c.stage = "
            + "org.casecoordination.processes.CaseStage.CLOSED group by c.closureReason")
    List<ClosureCount> countClosedByReason();

    interface StageCount {
        String getTeam();
        CaseStage getStage();
        long getCases();
    }

    interface ClosureCount {
        String getReason();
        long getCases();
    }
}
