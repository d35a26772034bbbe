package org.casecoordination.messaging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingMessageRepository extends JpaRepository<OutgoingMessage, Long> {

    List<OutgoingMessage> findByCaseIdOrderByCreatedAtDescIdDesc(Long caseId);

    Optional<OutgoingMessage> findByProviderMessageId(String providerMessageId);

    Optional<OutgoingMessage> findByUnsubscribeToken(String unsubscribeToken);

    @Modifying(flushAutomatically = true)
    @Query("update OutgoingMessage m set m.status = :withdrawn, m.statusAt = :now, m.holdUntil = null"
            + " where m.id = :id and m.status in :waiting")
    int withdraw(@Param("id") long id, @Param("waiting") java.util.Collection<DeliveryStatus> waiting,
            @Param("withdrawn") DeliveryStatus withdrawn, @Param("now") java.time.Instant now);

    /** The case a reply belongs to: the one that last texted that number. */
    Optional<OutgoingMessage> findFirstByRecipientOrderByCreatedAtDescIdDesc(String recipient);
}
