package org.casecoordination.supervision.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeDigestRepository extends JpaRepository<NoticeDigest, Long> {

    /** Digests to try again: a failed try whose wait is over, or a claim of a node that stopped. */
    @Query("select d.id from NoticeDigest d where d.state in ('WAITING', 'SENDING') and d.nextTry <= :now order by d.id")
    List<Long> due(Instant now);

    @Modifying(clearAutomatically = true)
    @Query("update NoticeDigest d set d.state = 'SENDING', d.nextTry = :until where d.id = :id"
            + " and d.state in ('WAITING', 'SENDING') and d.nextTry <= :now")
    int claim(Long id, Instant now, Instant until);
}
