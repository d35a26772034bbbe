package org.casecoordination.arrangement;

import java.util.Optional;
import org.casecoordination.casefile.TimelineText;

/**
 * A referral that cannot be made as asked (no consent, a provider that does not offer the service). Its words for a
 * person are {@link #text()}, read in the request's language ({@code timelineWords.of(e.text(), e.getMessage())});
 * {@code getMessage()} keeps the English for logs.
 */
public class ProviderReferralRefusedException extends RuntimeException {

    private final transient TimelineText text;

    public ProviderReferralRefusedException(TimelineText text, String english) {
        super(english);
        this.text = text;
    }

    public Optional<TimelineText> text() {
        return Optional.ofNullable(text);
    }
}
