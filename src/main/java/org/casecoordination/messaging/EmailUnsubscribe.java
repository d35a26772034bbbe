package org.casecoordination.messaging;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.casecoordination.system.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public unsubscribe page an email reminder links to: the link names a random token, never the address or the
 * case, and the page shows neither. Opening it asks; the button (or a mail program's one-click POST, RFC 8058)
 * records the opt-out by address, kept with the STOPs and honoured the same way; the same link lets the person undo
 * it. In the email's language.
 */
@Controller
class EmailUnsubscribe {

    static final String PATH = "/unsubscribe/";
    private static final Logger LOG = LoggerFactory.getLogger(EmailUnsubscribe.class);

    private final OutgoingMessageRepository messages;
    private final OptOutRepository optOuts;
    private final OptOuts optOutDecisions;
    private final Words words;

    EmailUnsubscribe(OutgoingMessageRepository messages, OptOutRepository optOuts, OptOuts optOutDecisions, Words words) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.optOutDecisions = optOutDecisions;
        this.words = words;
    }

    @GetMapping(PATH + "{token}")
    @Transactional(readOnly = true)
    String ask(@PathVariable String token, Model model) {
        OutgoingMessage email = emailOf(token);
        Locale language = page(email, token, model);
        if (optOutDecisions.hasOptedOut(email.getRecipient())) {
            model.addAttribute("done", words.text(language, "unsubscribe.already"));
        } else {
            model.addAttribute("question", words.text(language, "unsubscribe.question"));
            model.addAttribute("button", words.text(language, "unsubscribe.button"));
        }
        return "unsubscribe";
    }

    @PostMapping(PATH + "{token}")
    @Transactional
    String unsubscribe(@PathVariable String token, Model model) {
        OutgoingMessage email = emailOf(token);
        optOuts.save(new OptOut(email.getRecipient(), true, "UNSUBSCRIBE", Instant.now()));
        LOG.info("Emails unsubscribed by the recipient of message {} (case {})", email.getId(), email.getCaseNumber());
        Locale language = page(email, token, model);
        model.addAttribute("done", words.text(language, "unsubscribe.done"));
        return "unsubscribe";
    }

    /** The same link undoes it: the person changed their mind, or clicked by mistake. */
    @PostMapping(PATH + "{token}/resubscribe")
    @Transactional
    String resubscribe(@PathVariable String token, Model model) {
        OutgoingMessage email = emailOf(token);
        optOuts.save(new OptOut(email.getRecipient(), false, "RESUBSCRIBE", Instant.now()));
        LOG.info("Emails resubscribed by the recipient of message {} (case {})", email.getId(), email.getCaseNumber());
        Locale language = page(email, token, model);
        model.addAttribute("resubscribed", words.text(language, "unsubscribe.resubscribed"));
        return "unsubscribe";
    }

    private Locale page(OutgoingMessage email, String token, Model model) {
        Locale language = Locale.forLanguageTag(email.getLanguage());
        model.addAttribute("token", token);
        model.addAttribute("language", email.getLanguage());
        model.addAttribute("heading", words.text(language, "unsubscribe.heading"));
        model.addAttribute("resubscribeButton", words.text(language, "unsubscribe.resubscribeButton"));
        return language;
    }

    private OutgoingMessage emailOf(String token) {
        Optional<OutgoingMessage> email = token.length() > 64 ? Optional.empty()
                : messages.findByUnsubscribeToken(token).filter(OutgoingMessage::isEmail);
        return email.orElseThrow(UnknownLink::new);
    }

    /** A link that names no email: a plain 404, saying nothing about what exists. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class UnknownLink extends RuntimeException {
        UnknownLink() {
            super("no such unsubscribe link");
        }
    }
}
