package org.casecoordination.client;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientRepository extends JpaRepository<Client, Long> {

    /** Possible duplicates of a new referral: same name (any case) and date of birth. */
    List<Client> findByFirstNameIgnoreCaseAndLastNameIgnoreCaseAndDateOfBirth(String firstName, String lastName,
            LocalDate dateOfBirth);
}
