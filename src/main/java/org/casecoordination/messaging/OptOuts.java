package org.casecoordination.messaging;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STOP and START as a number texts them. The words are Twilio's own opt-out and opt-in keywords (which its
 * messaging service also honours) plus the Spanish PARAR and ALTO our clients use; a message is one of them when
 * it is nothing but the word, in any case, with trailing punctuation ("Stop.").
 */
@Service
public class OptOuts {

    private static final Logger LOG = LoggerFactory.getLogger(OptOuts.class);

    static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "PARAR", "ALTO");
    static final Set<String> START_WORDS = Set.of("START", "UNSTOP");

    private final OptOutRepository optOuts;
    OptOuts(OptOutRepository optOuts) {
        this.optOuts = optOuts;
    }

    /** The keyword the message is ("STOP"), or empty for any other text. */
    static Optional<String> keywordOf(String body) {
        if (body == null) {
            return Optional.empty();
        }
        String word = body.strip().replaceAll("[\\p{Punct}¡¿\\s]+$", "").toUpperCase(Locale.ROOT);
        return STOP_WORDS.contains(word) || START_WORDS.contains(word) ? Optional.of(word) : Optional.empty();
    }

    /** Records a STOP or START word from this number; any other word is not for this class. */
    @Transactional
    public void record(String phone, String keyword) {
        boolean stop = STOP_WORDS.contains(keyword);
        if (!stop && !START_WORDS.contains(keyword)) {
            throw new IllegalArgumentException("not an opt-out or opt-in keyword: " + keyword);
        }
        optOuts.save(new OptOut(phone, stop, keyword, Instant.now()));
        LOG.info("Text messages {} by {} ({})", stop ? "stopped" : "started again", masked(phone), keyword);
    }

    /** The number's last word was a STOP word. */
    @Transactional(readOnly = true)
    public boolean hasOptedOut(String phone) {
        return optOuts.findFirstByPhoneOrderByReceivedAtDescIdDesc(phone).map(OptOut::isOptedOut).orElse(false);
    }

    /** Logs name a number by its last four digits only: it is a client's. */
    static String masked(String phone) {
        return phone == null || phone.length() < 4 ? "?" : "…" + phone.substring(phone.length() - 4);
    }
}
