package org.casecoordination.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The upload form of the Documents panel (fragments/documents-panel): the kinds to choose from, and after a refused
 * upload each problem by its field with the kind and title as typed (flash attributes from
 * {@link DocumentUploadPageController}).
 */
@Component
class DocumentUploadPanel implements CasePanel {

    static final String ERRORS = "documentUploadErrors";
    static final String TYPED = "documentUploadTyped";

    private final MessageSource messages;
    private final DocumentUploads uploads;

    DocumentUploadPanel(MessageSource messages, DocumentUploads uploads) {
        this.messages = messages;
        this.uploads = uploads;
    }

    /** The kind and title of a refused upload, shown again. */
    record Typed(UploadKind kind, String title) implements java.io.Serializable {
    }

    /** What the form shows: the kinds, problems by field ("file", "kind", "title") and what was typed. */
    public record View(List<UploadKind> kinds, Map<String, String> errors, UploadKind kind, String title,
            int maxMegabytes, String tooLarge, MessageSource messages) {

        /** For the page's script, which answers a file over the limit before it is sent. */
        public long maxBytes() {
            return DocumentUploads.MAX_BYTES;
        }

        public String error(String field) {
            return errors.get(field);
        }

        /** A stored file's size as people read it: "350 KB", "2.4 MB". */
        public String size(long bytes) {
            Locale language = LocaleContextHolder.getLocale();
            return bytes < 1024 * 1024
                    ? messages.getMessage("documents.upload.sizeKb", new Object[] {Math.max(1, (bytes + 1023) / 1024)},
                            language)
                    : messages.getMessage("documents.upload.sizeMb", new Object[] {bytes / (1024.0 * 1024.0)},
                            language);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addTo(CaseFile caseFile, Model model) {
        Map<String, String> errors = model.getAttribute(ERRORS) instanceof Map<?, ?> given
                ? (Map<String, String>) given : Map.of();
        Typed typed = model.getAttribute(TYPED) instanceof Typed given ? given : new Typed(null, null);
        model.addAttribute("documentUpload", new View(List.of(UploadKind.values()), errors, typed.kind(),
                typed.title(), DocumentUploads.MAX_MEGABYTES, uploads.tooLarge(), messages));
    }
}
