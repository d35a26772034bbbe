package org.casecoordination.supervision.absence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AbsenceRepository extends JpaRepository<Absence, Long> {

    /** The absences covering {@code day}, newest first. */
    List<Absence> findByUserIdAndAwayFromLessThanEqualAndAwayUntilGreaterThanEqualOrderByAddedAtDesc(String userId,
            LocalDate from, LocalDate until);

    /** Current and coming absences of these people. */
    List<Absence> findByUserIdInAndAwayUntilGreaterThanEqualOrderByAwayFromAscUserIdAsc(Collection<String> userIds,
            LocalDate day);
}
