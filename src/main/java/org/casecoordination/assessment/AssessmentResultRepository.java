package org.casecoordination.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Results are only added; there is deliberately no update or delete in the application's code. */
interface AssessmentResultRepository extends JpaRepository<AssessmentResult, Long> {

    /** The case's results, the latest first. */
    List<AssessmentResult> findByCareCaseIdOrderByAdministeredAtDescIdDesc(Long caseId);
}
