package org.casecoordination.supervision.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findTop50ByRecipientOrderByCreatedAtDescIdDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notice> findTop50ByRecipientAndUrgentTrueAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient);

    /** Every unread notice of the person, however many: the list shows only the latest, the count shows them all. */
    @Modifying(clearAutomatically = true)
    @Query("update Notice n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant now);
}
