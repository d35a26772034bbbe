package org.casecoordination.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's Documents panel (fragments/documents-panel): what can be made, in which language, and the
 * documents kept with the case, newest first.
 */
@Component
class DocumentsPanel implements CasePanel {

    private final CaseDocuments documents;

    DocumentsPanel(CaseDocuments documents) {
        this.documents = documents;
    }

    /**
     * One document the coordinator can make, and the language it will be in; a provider's document with the
     * referrals to choose from (offered only when there is one).
     */
    public record Offer(DocumentKind kind, DocumentLanguage language, List<CaseDocuments.ReferralChoice> referrals) {
    }

    public record View(List<Offer> offers, List<StoredDocument> stored) {

        /** The consent forms, each made and signed on its own page (ConsentFormPageController). */
        public List<DocumentKind> consentForms() {
            return Arrays.stream(DocumentKind.values()).filter(DocumentKind::isConsentForm).toList();
        }

        /** The client asked for a language no template is written in: the panel says the documents are English. */
        public DocumentLanguage fallBack() {
            return offers.stream().filter(offer -> !offer.kind().ofReferral()).map(Offer::language)
                    .filter(DocumentLanguage::fellBack).findFirst().orElse(null);
        }
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        Map<DocumentKind, DocumentLanguage> languages = documents.languagesFor(caseFile.client().getPreferredLanguage());
        Map<DocumentKind, List<CaseDocuments.ReferralChoice>> referrals =
                documents.referralsForEachKind(caseFile.careCase());
        List<Offer> offers = Arrays.stream(DocumentKind.values())
                .map(kind -> new Offer(kind, languages.get(kind), referrals.get(kind)))
                .filter(offer -> !offer.kind().ofReferral() || !offer.referrals().isEmpty())
                .filter(offer -> !offer.kind().isConsentForm()) // signed on their own page: see consentForms()
                .toList();
        model.addAttribute("documents", new View(offers, documents.of(caseFile)));
    }
}
