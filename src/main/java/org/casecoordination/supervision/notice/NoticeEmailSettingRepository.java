package org.casecoordination.supervision.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeEmailSettingRepository extends JpaRepository<NoticeEmailSetting, Long> {

    List<NoticeEmailSetting> findByUserId(String userId);

    Optional<NoticeEmailSetting> findByUserIdAndKind(String userId, NoticeKind kind);
}
