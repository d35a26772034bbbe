package org.casecoordination.consent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Consents are only ever added and revoked; there is deliberately no delete in the application's code. */
public interface ConsentRepository extends JpaRepository<Consent, Long> {

    @EntityGraph(attributePaths = "recordedFromCase")
    List<Consent> findByClientIdOrderByGivenOnDescIdDesc(Long clientId);

    // written out: Hibernate keeps a JPQL string's translation, not a derived query's (asked at every referral, issue #17)
    @Query("select c from Consent c where c.client.id = :clientId and c.purpose = :purpose"
            + " order by c.givenOn desc, c.id desc")
    List<Consent> findByClientIdAndPurposeOrderByGivenOnDescIdDesc(Long clientId, ConsentPurpose purpose);

    Optional<Consent> findByIdAndClientId(Long id, Long clientId);
}
