package org.casecoordination.contacts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<ClientContact, Long> {

    List<ClientContact> findByClientIdOrderByIdAsc(Long clientId);

    Optional<ClientContact> findByIdAndClientId(Long id, Long clientId);
}
