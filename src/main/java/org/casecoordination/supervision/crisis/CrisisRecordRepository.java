package org.casecoordination.supervision.crisis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CrisisRecordRepository extends JpaRepository<CrisisRecord, Long> {

    Optional<CrisisRecord> findFirstByTaskId(String taskId);

    List<CrisisRecord> findByCareCaseIdAndReportedAtGreaterThanEqualOrderByReportedAtAsc(Long caseId, Instant from);
}
