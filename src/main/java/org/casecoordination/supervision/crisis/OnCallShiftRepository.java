package org.casecoordination.supervision.crisis;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OnCallShiftRepository extends JpaRepository<OnCallShift, Long> {

    Optional<OnCallShift> findByTeamAndWeekStart(String team, LocalDate weekStart);

    List<OnCallShift> findByTeamInAndWeekStartGreaterThanEqualOrderByWeekStartAscTeamAsc(Collection<String> teams,
            LocalDate from);
}
