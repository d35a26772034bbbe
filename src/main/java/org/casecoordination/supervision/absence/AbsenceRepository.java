package org.casecoordination.supervision.absence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AbsenceRepository extends JpaRepository<Absence, Long> {

    /** The absences covering {@code day}, newest first. */
    List<Absence> findByUserIdAndAwayFromLessThanEqualAndAwayUntilGreaterThanEqualOrderByAddedAtDesc(String userId,
            LocalDate from, LocalDate until);

    /** Current and coming absences of these people. */
    List<Absence> findByUserIdInAndAwayUntilGreaterThanEqualOrderByAwayFromAscUserIdAsc(Collection<String> userIds,
            LocalDate day);

    /** Who has an absence lasting until {@code day} or later, with the last day of the latest one. */
    @Query("select a.userId as userId, max(a.awayUntil) as lastDay from Absence a where a.awayUntil >= :day "
            + "group by a.userId")
    List<LastDayAway> lastDayAwayFrom(LocalDate day);

    interface LastDayAway {
        String getUserId();
        LocalDate getLastDay();
    }
}
