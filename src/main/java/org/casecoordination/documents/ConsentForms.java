package org.casecoordination.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.samskivert.mustache.Template;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.consent.ConsentSummary;
import org.casecoordination.documents.DeployedTemplates.DeployedTemplate;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent forms signed on the spot (issue 20): the unsigned form to read with the client, and the signed one, kept
 * as a case document (with its SHA-256, never changed) together with the consent it records, through the consent
 * module's own rules, in one transaction: if the consent is refused, the stored form goes too. The form is in the
 * client's language, like the client's other documents. The caller checked the form with {@link ConsentFormRules};
 * the consent's rules are checked again by {@link ConsentService#recordSigned}.
 */
@Service
public class ConsentForms {

    private final CaseFileService caseFiles;
    private final CaseDocuments caseDocuments;
    private final DeployedTemplates templates;
    private final ConsentFormContent content;
    private final PdfRenderer renderer;
    private final CaseDocumentRepository documents;
    private final ConsentService consents;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    ConsentForms(CaseFileService caseFiles, CaseDocuments caseDocuments, DeployedTemplates templates,
            ConsentFormContent content, PdfRenderer renderer, CaseDocumentRepository documents,
            ConsentService consents, CaseTimeline timeline, CurrentUser currentUser, AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.caseDocuments = caseDocuments;
        this.templates = templates;
        this.content = content;
        this.renderer = renderer;
        this.documents = documents;
        this.consents = consents;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** What a signed form records. */
    public record Signed(CaseDocument document, ConsentSummary consent) {
    }

    static ConsentPurpose purposeOf(DocumentKind kind) {
        return kind == DocumentKind.PART2_CONSENT ? ConsentPurpose.SUBSTANCE_USE_DISCLOSURE
                : ConsentPurpose.SHARE_WITH_PROVIDERS;
    }

    /** The form as it will read, unsigned, to go through with the client; nothing is stored, the view is audited. */
    @Transactional(readOnly = true)
    public byte[] preview(String caseNumber, ConsentFormRequest form) {
        CaseFile caseFile = caseFiles.open(caseNumber);
        byte[] pdf = render(caseFile, form, null).pdf();
        auditLog.record(AuditAction.VIEW_RECORD, caseNumber, "consent form " + form.getKind().template()
                + " (unsigned preview)", AuditEvent.SUCCESS);
        return pdf;
    }

    /**
     * The signed form stored with the case, and the consent recorded from it; the timeline says both. A consent
     * rule broken here throws {@link InvalidInputException} and nothing is kept.
     */
    @Transactional
    public Signed sign(String caseNumber, ConsentFormRequest form, SignatureImage signature) {
        CaseFile caseFile = caseFiles.open(caseNumber);
        ConsentFormContent.Signing signing = new ConsentFormContent.Signing(form.getSignerName().strip(), signature,
                content.witness(), Instant.now());
        Rendered rendered = render(caseFile, form, signing);
        DocumentKind kind = form.getKind();
        CaseDocument document = documents.save(new CaseDocument(caseFile.careCase().getId(), kind,
                rendered.template().name(), rendered.template().version(), rendered.language(),
                kind.template() + "-" + caseNumber.replaceAll("[^A-Za-z0-9-]", "-") + "-signed-"
                        + rendered.language() + ".pdf", CaseDocuments.PDF, rendered.pdf(),
                CaseDocuments.sha256(rendered.pdf()), currentUser.id()));
        timeline.record(caseFile.careCase(), TimelineKind.DOCUMENT_GENERATED, "timeline.consentFormSigned", kind,
                signing.signerName(), TimelineText.Words.person(currentUser.id()),
                TimelineText.Words.label("documents.language", rendered.language()));
        ConsentSummary consent = consents.recordSigned(caseNumber, form.consent(LocalDate.now()), document.getId());
        return new Signed(document, consent);
    }

    private record Rendered(byte[] pdf, DeployedTemplate template, String language) {
    }

    private Rendered render(CaseFile caseFile, ConsentFormRequest form, ConsentFormContent.Signing signing) {
        DocumentKind kind = form.getKind();
        DocumentLanguage language = caseDocuments.languageFor(caseFile.client().getPreferredLanguage(), kind);
        DeployedTemplate template = templates.find(kind, language.code()).orElseThrow(() ->
                new IllegalStateException("no template " + TemplateName.resourceName(kind, language.code())));
        ConsentRequest consent = form.consent(LocalDate.now());
        String html = compiled.computeIfAbsent(template.version() + "/" + template.name(),
                key -> MustacheTemplates.compile(template.text()))
                .execute(content.of(caseFile, kind, consent, signing, language.locale()).values());
        return new Rendered(renderer.render(html), template, language.code());
    }
}
