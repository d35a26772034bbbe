package org.casecoordination.supervision.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findTop50ByRecipientOrderByCreatedAtDescIdDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notice> findTop50ByRecipientAndUrgentTrueAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient);
}
