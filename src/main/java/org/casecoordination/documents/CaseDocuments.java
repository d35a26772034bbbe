package org.casecoordination.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import com.samskivert.mustache.Template;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ServicePlan;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.documents.DeployedTemplates.DeployedTemplate;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, keeps and hands out a case's documents, for those who may see the case (the case file's own door,
 * {@link CaseFileService#find}). A document is made from the template deployed now, in the client's language, and
 * stored as made with its SHA-256; the timeline says so. Reading one is written to the audit log before a byte goes
 * out: a preview as a view, a download as an export (the file leaves the application).
 */
@Service
public class CaseDocuments {

    static final String PDF = "application/pdf";

    private final CaseFileService caseFiles;
    private final DeployedTemplates templates;
    private final DocumentContent content;
    private final PdfRenderer renderer;
    private final CaseDocumentRepository documents;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final ReferralDocumentContent referralContent;
    private final ServicePlan servicePlan;
    private final Languages languages;
    private final MessageSource messages;
    private final HandOverContent handOverContent;
    private final ClientRecordContent clientRecordContent;

    CaseDocuments(CaseFileService caseFiles, DeployedTemplates templates, DocumentContent content,
            PdfRenderer renderer, CaseDocumentRepository documents, CaseTimeline timeline, CurrentUser currentUser,
            AuditLog auditLog, ReferralDocumentContent referralContent, ServicePlan servicePlan, Languages languages,
            MessageSource messages, HandOverContent handOverContent, ClientRecordContent clientRecordContent) {
        this.handOverContent = handOverContent;
        this.clientRecordContent = clientRecordContent;
        this.referralContent = referralContent;
        this.servicePlan = servicePlan;
        this.languages = languages;
        this.messages = messages;
        this.caseFiles = caseFiles;
        this.templates = templates;
        this.content = content;
        this.renderer = renderer;
        this.documents = documents;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /**
     * The language a document of this kind is written in for a client who prefers this one (ISO 639-1, or null):
     * the client's for the client's documents; the agency's first language for a provider's, who reads it; the
     * language of the staff member who makes it for a document staff read (the colleague taking over).
     */
    public DocumentLanguage languageFor(String clientLanguage, DocumentKind kind) {
        return languageFor(clientLanguage, kind, templates.newest());
    }

    /** Every kind's language, with one read of the deployments (the Documents panel shows them all). */
    public Map<DocumentKind, DocumentLanguage> languagesFor(String clientLanguage) {
        DeployedTemplates.Newest newest = templates.newest();
        Map<DocumentKind, DocumentLanguage> byKind = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            byKind.put(kind, languageFor(clientLanguage, kind, newest));
        }
        return byKind;
    }

    private DocumentLanguage languageFor(String clientLanguage, DocumentKind kind, DeployedTemplates.Newest newest) {
        String wanted = kind.ofReferral() ? languages.defaultLanguage().getLanguage()
                : kind.forStaff() ? LocaleContextHolder.getLocale().getLanguage() : clientLanguage;
        return DocumentLanguage.of(wanted, language -> newest.find(kind, language).isPresent());
    }

    /** A client's document (care-plan summary, closure letter), which is of the whole case. */
    @Transactional
    public CaseDocument generate(String caseNumber, DocumentKind kind) {
        return generate(caseNumber, kind, null);
    }

    /**
     * A document of this kind; a provider's document is of one referral of the case ({@code referralId}): a service
     * referral for the referral letter, a booked ride for the transport request. Anything else is refused, naming
     * the field, before anything is made.
     */
    @Transactional
    public CaseDocument generate(String caseNumber, DocumentKind kind, Long referralId) {
        if (kind.isConsentForm()) { // made with the consent's fields and signed: ConsentForms
            throw InvalidInputException.of("kind", messages.getMessage("consentForms.error.signOnItsPage", null,
                    LocaleContextHolder.getLocale()));
        }
        CaseFile caseFile = caseFiles.open(caseNumber);
        CareCase careCase = caseFile.careCase();
        DocumentLanguage language = languageFor(caseFile.client().getPreferredLanguage(), kind);
        Filled filled = kind.ofReferral() ? referralModel(caseFile, kind, referralId, language.locale())
                : new Filled(caseModel(caseFile, kind, language.locale()), null);
        MergeModel model = filled.model();
        DeployedTemplate template = templates.find(kind, language.code()).orElseThrow(() ->
                new IllegalStateException("no template " + TemplateName.resourceName(kind, language.code())));
        String html = compiled.computeIfAbsent(template.version() + "/" + template.name(),
                key -> MustacheTemplates.compile(template.text()))
                .execute(model.values());
        byte[] pdf = renderer.render(html);
        CaseDocument document = documents.save(new CaseDocument(careCase.getId(), kind, template.name(),
                template.version(), language.code(), fileName(kind, caseNumber, referralId, language.code()), PDF, pdf,
                sha256(pdf), currentUser.id()));
        if (kind == DocumentKind.CLIENT_RECORD) { // the whole record, made to leave the agency: an export
            auditLog.record(AuditAction.EXPORT, caseNumber, "client record for a request of access (document "
                    + document.getId() + ", " + language.code() + ")", AuditEvent.SUCCESS);
        }
        if (filled.referral() == null) {
            timeline.record(careCase, TimelineKind.DOCUMENT_GENERATED, "timeline.documentGenerated",
                    kind, TimelineText.Words.label("documents.language", language.code()));
        } else { // which referral: the service and the provider the document goes to
            timeline.record(careCase, TimelineKind.DOCUMENT_GENERATED, "timeline.documentGeneratedFor",
                    kind, filled.service(), filled.referral().getProvider().getName(),
                    TimelineText.Words.label("documents.language", language.code()));
        }
        return document;
    }

    /** The values of a document of the whole case. */
    private MergeModel caseModel(CaseFile caseFile, DocumentKind kind, Locale language) {
        return switch (kind) {
            case HAND_OVER_SUMMARY -> handOverContent.of(caseFile, language);
            case CLIENT_RECORD -> clientRecordContent.of(caseFile, language);
            default -> content.of(caseFile, language);
        };
    }

    /**
     * The values a document is filled with; for a provider's document the referral it goes with (the ride for a
     * transport request) and the service it is about.
     */
    private record Filled(MergeModel model, ProviderReferral referral, ServiceType service) {
        Filled(MergeModel model, ProviderReferral referral) {
            this(model, referral, referral == null ? null : referral.getServiceType());
        }
    }

    /** The referral the document is of, found among the case's own, of the kind's type, or refused (400). */
    private Filled referralModel(CaseFile caseFile, DocumentKind kind, Long referralId, Locale language) {
        if (referralId == null) {
            throw InvalidInputException.of("referralId", messages.getMessage("documents.error.referralRequired",
                    null, LocaleContextHolder.getLocale()));
        }
        for (ServicePlan.Row row : servicePlan.of(caseFile.careCase())) {
            if (kind == DocumentKind.REFERRAL_LETTER && row.referral().getId().equals(referralId)) {
                return new Filled(referralContent.referralLetter(caseFile, row.referral(), language), row.referral());
            }
            if (kind == DocumentKind.TRANSPORT_REQUEST && row.transport() != null
                    && row.transport().getId().equals(referralId)) {
                return new Filled(referralContent.transportRequest(caseFile, row.transport(), row.referral(),
                        language), row.transport(), row.referral().getServiceType());
            }
        }
        throw InvalidInputException.of("referralId", messages.getMessage(kind == DocumentKind.REFERRAL_LETTER
                ? "documents.error.notAServiceReferral" : "documents.error.notARide",
                new Object[] {caseFile.careCase().getCaseNumber()}, LocaleContextHolder.getLocale()));
    }

    /**
     * The referral letter that goes with the email of this referral: the one already kept for it (a retried or
     * repeated email attaches the same file), else one made now and kept; empty when the referral is not one of
     * the case's service referrals (a booked ride has no letter).
     */
    @Transactional
    public Optional<CaseDocument> referralLetterFor(String caseNumber, long referralId) {
        CareCase careCase = caseFiles.find(caseNumber);
        boolean serviceReferral = servicePlan.of(careCase).stream()
                .anyMatch(row -> row.referral().getId().equals(referralId));
        if (!serviceReferral) {
            return Optional.empty();
        }
        String language = languageFor(null, DocumentKind.REFERRAL_LETTER).code();
        return Optional.of(documents.findFirstByCaseIdAndKindAndFileNameOrderByCreatedAtDescIdDesc(careCase.getId(),
                        DocumentKind.REFERRAL_LETTER, fileName(DocumentKind.REFERRAL_LETTER, caseNumber, referralId,
                                language))
                .orElseGet(() -> generate(caseNumber, DocumentKind.REFERRAL_LETTER, referralId)));
    }

    /**
     * What the Documents panel offers to choose from for a provider's document: the case's service referrals for
     * a letter, its booked rides for a transport request.
     */
    @Transactional(readOnly = true)
    public List<ReferralChoice> referralsFor(CareCase careCase, DocumentKind kind) {
        return referralsFor(kind, kind.ofReferral() ? servicePlan.of(careCase) : List.of());
    }

    /**
     * The same for every kind of document at once, from one read of the case's service plan (the Documents panel
     * offers every kind on each case page).
     */
    @Transactional(readOnly = true)
    public Map<DocumentKind, List<ReferralChoice>> referralsForEachKind(CareCase careCase) {
        List<ServicePlan.Row> plan = servicePlan.of(careCase);
        Map<DocumentKind, List<ReferralChoice>> choices = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            choices.put(kind, referralsFor(kind, plan));
        }
        return choices;
    }

    private static List<ReferralChoice> referralsFor(DocumentKind kind, List<ServicePlan.Row> plan) {
        return switch (kind) {
            case REFERRAL_LETTER -> plan.stream().map(row -> new ReferralChoice(
                    row.referral().getId(), row.referral().getServiceType().name(), row.providerName())).toList();
            case TRANSPORT_REQUEST -> plan.stream().filter(row -> row.transport() != null)
                    .map(row -> new ReferralChoice(row.transport().getId(), row.referral().getServiceType().name(),
                            row.transport().getProvider().getName())).toList();
            default -> List.of();
        };
    }

    /** A referral to choose: its id, the service (code, for its label) and the provider's name. */
    public record ReferralChoice(Long id, String serviceType, String provider) {
    }

    /** The case's documents, newest first, without their bytes. */
    @Transactional(readOnly = true)
    public List<StoredDocument> of(String caseNumber) {
        return List.copyOf(documents.listOfCase(caseFiles.find(caseNumber).getId()));
    }

    /** The same for the case page's panel: its case file was opened, and its access checked, for the page. */
    @Transactional(readOnly = true)
    public List<StoredDocument> of(CaseFile caseFile) {
        return List.copyOf(documents.listOfCase(caseFile.careCase().getId()));
    }

    /**
     * One document with its bytes, audited first ({@code download}: an export, else a view); a document of
     * another case is not found.
     */
    @Transactional(readOnly = true)
    public CaseDocument read(String caseNumber, long id, boolean download) {
        CareCase careCase = caseFiles.find(caseNumber);
        CaseDocument document = documents.findByIdAndCaseId(id, careCase.getId())
                .orElseThrow(() -> new DocumentNotFoundException(caseNumber, id));
        auditLog.record(download ? AuditAction.EXPORT : AuditAction.VIEW_RECORD, caseNumber,
                "document " + id + " (" + (document.getUploadKind() != null // an upload has no template
                        ? "upload, " + document.getUploadKind().name()
                        : document.getKind().template() + ", " + document.getLanguage()) + ", "
                        + (download ? "download" : "preview") + ")", AuditEvent.SUCCESS);
        return document;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(DocumentKind kind, String caseNumber, Long referralId, String language) {
        String safeCase = new String(caseNumber.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII)
                .replaceAll("[^A-Za-z0-9-]", "-");
        return kind.template() + "-" + safeCase + (referralId == null ? "" : "-" + referralId) + "-" + language
                + ".pdf";
    }
}
