package org.casecoordination.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StageRecordRepository extends JpaRepository<StageRecord, Long> {

    // written out: Hibernate keeps a JPQL string's translation, while a derived query's criteria are translated into
    // SQL again on every call (the prefill reads this at every task created, issue #17)
    @Query("select s from StageRecord s where s.careCase.id = :caseId order by s.completedAt asc")
    List<StageRecord> findByCareCaseIdOrderByCompletedAtAsc(Long caseId);

    boolean existsByTaskId(String taskId);
}
