package org.casecoordination.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseNotFoundException;
import org.casecoordination.forms.FieldError;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.TextMessageProcess;
import org.casecoordination.security.AsApplication;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.Languages;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for whoever texts a client or caregiver: {@link #send} logs the message on its case and starts
 * processes/text-message.bpmn in the caller's transaction, so nothing is texted about a change that rolled back
 * and the engine's job sends it after the commit, retried while the provider is down and held through quiet
 * hours. A caller with a diagram of its own (the reminders) {@link #record}s the message in one step and calls
 * {@link TextMessageDelivery#deliver} from an asynchronous step after it. {@link #of} is the case's delivery log.
 */
@Service
public class TextMessages {

    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    static final int MAX_BODY = 1600;
    static final int MAX_SUBJECT = 200;
    /** Enough to refuse what is no address; the mail server judges the rest. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final java.security.SecureRandom TOKENS = new java.security.SecureRandom();

    private final OutgoingMessageRepository messages;
    private final CaseRepository cases;
    private final CaseFileService caseFiles;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final Words words;

    TextMessages(OutgoingMessageRepository messages, CaseRepository cases, CaseFileService caseFiles,
            RuntimeService runtimeService, AsApplication asApplication, Words words) {
        this.messages = messages;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.words = words;
    }

    /** Logs the message as queued and has the engine send it after the caller's transaction commits. */
    @Transactional
    public long send(TextMessageRequest request) {
        long id = record(request);
        asApplication.run(() -> runtimeService.startProcessInstanceByKey(TextMessageProcess.PROCESS_KEY, request.caseNumber(),
                Map.of(CaseLifecycleProcess.Variables.CASE_NUMBER, request.caseNumber(),
                TextMessageProcess.Variables.TEXT_MESSAGE_ID, id)));
        return id;
    }

    /**
     * Logs the message as queued without sending it: for a caller whose own asynchronous step then calls
     * {@link TextMessageDelivery#deliver}. Refuses a number not in E.164, an empty or too long text, an unknown
     * language ({@link InvalidInputException}), an unknown case ({@link CaseNotFoundException}).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long record(TextMessageRequest request) {
        check(request);
        CareCase careCase = cases.findByCaseNumber(request.caseNumber())
                .orElseThrow(() -> new CaseNotFoundException(request.caseNumber()));
        return messages.save(new OutgoingMessage(careCase.getId(), request, Instant.now())).getId();
    }

    /**
     * Logs an email as queued without sending it, for a caller whose asynchronous step then calls
     * {@link EmailDelivery#deliver}; refused as {@link #record} refuses a text. The address is kept in lower case,
     * as unsubscribes are.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long recordEmail(EmailMessageRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.recipient() == null || request.recipient().length() > 320
                || !EMAIL.matcher(request.recipient()).matches()) {
            errors.add(new FieldError("recipient", words.text("textMessages.error.emailRecipient")));
        }
        if (request.subject() == null || request.subject().isBlank() || request.subject().length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", words.text("textMessages.error.subject", MAX_SUBJECT)));
        }
        check(new TextMessageRequest(request.caseNumber(), "+10", null, request.body(), request.language(),
                request.purpose(), false), errors);
        CareCase careCase = cases.findByCaseNumber(request.caseNumber())
                .orElseThrow(() -> new CaseNotFoundException(request.caseNumber()));
        EmailMessageRequest kept = new EmailMessageRequest(request.caseNumber(),
                request.recipient().toLowerCase(java.util.Locale.ROOT), request.contactId(), request.subject(),
                request.body(), request.language(), request.purpose());
        return messages.save(new OutgoingMessage(careCase.getId(), kept, newToken(), Instant.now())).getId();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        TOKENS.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void check(TextMessageRequest request) {
        check(request, new ArrayList<>());
    }

    private void check(TextMessageRequest request, List<FieldError> errors) {
        if (request.recipient() == null || !E164.matcher(request.recipient()).matches()) {
            errors.add(new FieldError("recipient", words.text("textMessages.error.recipient")));
        }
        if (request.body() == null || request.body().isBlank()) {
            errors.add(new FieldError("body", words.text("textMessages.error.bodyEmpty")));
        } else if (request.body().length() > MAX_BODY) {
            errors.add(new FieldError("body", words.text("textMessages.error.bodyTooLong", MAX_BODY)));
        }
        if (request.language() == null || !Languages.isCode(request.language())) {
            errors.add(new FieldError("language", words.text("textMessages.error.language")));
        }
        if (request.purpose() == null) {
            errors.add(new FieldError("purpose", words.text("textMessages.error.purpose")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * A message still waiting (queued, or held for quiet hours) is not sent after all: its reminder moved or was
     * cancelled. One that went out, or was not sent for another reason, stays as it is.
     */
    @Transactional
    public void withdraw(long id) {
        // an update on the row as it is now, not on an entity this transaction may hold from before a send that
        // committed on its own (TextMessageDelivery)
        messages.withdraw(id, List.of(DeliveryStatus.QUEUED, DeliveryStatus.NOT_SENT_QUIET_HOURS),
                DeliveryStatus.NOT_SENT_WITHDRAWN, Instant.now());
    }

    /** One logged message, for engine work (a reminder's send step): no access check. */
    @Transactional(readOnly = true)
    public java.util.Optional<OutgoingMessage> find(long id) {
        return messages.findById(id);
    }

    /** The case's text messages, newest first, for someone who may see the case. */
    @Transactional(readOnly = true)
    public List<OutgoingMessage> of(String caseNumber) {
        return messages.findByCaseIdOrderByCreatedAtDescIdDesc(caseFiles.find(caseNumber).getId());
    }

    /** The same for the case page's panel: its case file was opened, and its access checked, for the page. */
    @Transactional(readOnly = true)
    public List<OutgoingMessage> of(CaseFile caseFile) {
        return messages.findByCaseIdOrderByCreatedAtDescIdDesc(caseFile.careCase().getId());
    }
}
