package org.casecoordination.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByCareCaseIdOrderByOccurredAtDescIdDesc(Long caseId);
}
