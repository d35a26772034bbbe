package org.casecoordination.supervision.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One person's choice for one kind of notice. */
@Entity
@Table(name = "notice_email_setting")
class NoticeEmailSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_email_setting_seq")
    @SequenceGenerator(name = "notice_email_setting_seq", sequenceName = "notice_email_setting_seq",
            allocationSize = 50)
    private Long id;
    private String userId;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    @Enumerated(EnumType.STRING)
    private EmailChoice choice;

    protected NoticeEmailSetting() {
    }

    NoticeEmailSetting(String userId, NoticeKind kind, EmailChoice choice) {
        this.userId = userId;
        this.kind = kind;
        this.choice = choice;
    }

    NoticeKind getKind() { return kind; }
    EmailChoice getChoice() { return choice; }

    void choose(EmailChoice choice) {
        this.choice = choice;
    }
}
