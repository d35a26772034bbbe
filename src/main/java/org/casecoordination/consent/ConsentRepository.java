package org.casecoordination.consent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Consents are only ever added and revoked; there is deliberately no delete in the application's code. */
public interface ConsentRepository extends JpaRepository<Consent, Long> {

    @EntityGraph(attributePaths = "recordedFromCase")
    List<Consent> findByClientIdOrderByGivenOnDescIdDesc(Long clientId);

    List<Consent> findByClientIdAndPurposeOrderByGivenOnDescIdDesc(Long clientId, ConsentPurpose purpose);

    Optional<Consent> findByIdAndClientId(Long id, Long clientId);
}
