package org.casecoordination.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageRecordRepository extends JpaRepository<StageRecord, Long> {

    List<StageRecord> findByCareCaseIdOrderByCompletedAtAsc(Long caseId);

    boolean existsByTaskId(String taskId);
}
