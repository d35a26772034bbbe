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

    /** Notices whose email is due: waiting, or claimed by a node that stopped before it finished. */
    @Query("select n.id from Notice n where (n.emailState = :waiting and (n.emailNextTry is null or n.emailNextTry <= :now))"
            + " or (n.emailState = :sending and n.emailNextTry <= :now) order by n.id")
    List<Long> emailsDue(NoticeEmailState waiting, NoticeEmailState sending, Instant now);

    /** Takes one notice's email for this node until {@code until}; 0 when another node has it or it is done. */
    @Modifying(clearAutomatically = true)
    @Query("update Notice n set n.emailState = :sending, n.emailNextTry = :until where n.id = :id and"
            + " ((n.emailState = :waiting and (n.emailNextTry is null or n.emailNextTry <= :now))"
            + " or (n.emailState = :sending and n.emailNextTry <= :now))")
    int claimEmail(Long id, NoticeEmailState waiting, NoticeEmailState sending, Instant now, Instant until);

    /** People with notices waiting for a digest written before {@code until}. */
    @Query("select distinct n.recipient from Notice n where n.emailState = :digest and n.createdAt < :until")
    List<String> digestRecipients(NoticeEmailState digest, Instant until);

    /** Puts the person's waiting notices into one digest. */
    @Modifying(clearAutomatically = true)
    @Query("update Notice n set n.emailState = :inDigest, n.digestId = :digestId where n.recipient = :recipient"
            + " and n.emailState = :digest and n.createdAt < :until")
    int putInDigest(String recipient, Long digestId, NoticeEmailState digest, NoticeEmailState inDigest, Instant until);

    List<Notice> findByDigestIdOrderByCreatedAtAscIdAsc(Long digestId);

    /** Every unread notice of the person, however many: the list shows only the latest, the count shows them all. */
    @Modifying(clearAutomatically = true)
    @Query("update Notice n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant now);
}
