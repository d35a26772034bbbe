package org.casecoordination.supervision.notice;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice, per kind of notice, of an email at once, a place in the daily digest, or no email. Nothing
 * chosen means at once; urgent kinds are at once whatever is stored.
 */
@Service
public class NoticeEmailSettings {

    private final NoticeEmailSettingRepository settings;

    NoticeEmailSettings(NoticeEmailSettingRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public EmailChoice of(String userId, NoticeKind kind) {
        if (kind.alwaysAtOnce() || kind == NoticeKind.OTHER) {
            return EmailChoice.AT_ONCE;
        }
        return settings.findByUserIdAndKind(userId, kind).map(NoticeEmailSetting::getChoice)
                .orElse(EmailChoice.AT_ONCE);
    }

    /** Every kind a person chooses for, with the choice (at once where none was made). */
    @Transactional(readOnly = true)
    public Map<NoticeKind, EmailChoice> of(String userId) {
        Map<NoticeKind, EmailChoice> chosen = new EnumMap<>(NoticeKind.class);
        NoticeKind.chosenByPerson().forEach(kind -> chosen.put(kind, EmailChoice.AT_ONCE));
        settings.findByUserId(userId).stream().filter(setting -> chosen.containsKey(setting.getKind()))
                .forEach(setting -> chosen.put(setting.getKind(), setting.getChoice()));
        return chosen;
    }

    /** Urgent kinds are not stored: they cannot be changed. */
    @Transactional
    public void save(String userId, Map<NoticeKind, EmailChoice> choices) {
        choices.forEach((kind, choice) -> {
            if (!NoticeKind.chosenByPerson().contains(kind)) {
                throw new IllegalArgumentException("not a kind a person chooses for: " + kind);
            }
            settings.findByUserIdAndKind(userId, kind).ifPresentOrElse(setting -> setting.choose(choice),
                    () -> settings.save(new NoticeEmailSetting(userId, kind, choice)));
        });
    }
}
