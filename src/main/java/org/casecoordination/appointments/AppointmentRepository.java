package org.casecoordination.appointments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    List<Appointment> findByCaseIdOrderByStartsAtAscIdAsc(Long caseId);

    List<Appointment> findByCaseIdAndStatus(Long caseId, AppointmentStatus status);
}
