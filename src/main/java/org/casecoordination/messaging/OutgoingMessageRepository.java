package org.casecoordination.messaging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingMessageRepository extends JpaRepository<OutgoingMessage, Long> {

    List<OutgoingMessage> findByCaseIdOrderByCreatedAtDescIdDesc(Long caseId);

    Optional<OutgoingMessage> findByProviderMessageId(String providerMessageId);

    Optional<OutgoingMessage> findByUnsubscribeToken(String unsubscribeToken);

    /** The case a reply belongs to: the one that last texted that number. */
    Optional<OutgoingMessage> findFirstByRecipientOrderByCreatedAtDescIdDesc(String recipient);
}
