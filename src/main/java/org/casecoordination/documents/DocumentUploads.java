package org.casecoordination.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps a file a coordinator uploads with the case (a wet-signed consent scan, a letter received): PDF, JPEG or PNG
 * up to 10 MB, its type read from its bytes. Anything else is refused field by field, in the reader's language,
 * before anything is written; an accepted file is stored as received with its SHA-256, never changed, and the
 * timeline says who uploaded what. Those who may see the case may upload to it, as they may add a note.
 */
@Service
public class DocumentUploads {

    static final int MAX_MEGABYTES = 10;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    static final int TITLE_MAX = 120;

    private final CaseFileService caseFiles;
    private final CaseDocumentRepository documents;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    DocumentUploads(CaseFileService caseFiles, CaseDocumentRepository documents, CaseTimeline timeline,
            CurrentUser currentUser, MessageSource messages) {
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Transactional
    public CaseDocument upload(String caseNumber, UploadKind kind, String title, MultipartFile file) {
        CareCase careCase = caseFiles.find(caseNumber);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", words("documents.upload.error.kindRequired")));
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.add(new FieldError("title", words("documents.upload.error.titleRequired")));
        } else if (cleanTitle.length() > TITLE_MAX) {
            errors.add(new FieldError("title", words("documents.upload.error.titleTooLong", TITLE_MAX)));
        }
        UploadedFileType type = null;
        byte[] bytes = null;
        String fileProblem = fileProblem(file);
        if (fileProblem == null) {
            bytes = bytes(file);
            type = UploadedFileType.of(bytes);
            fileProblem = typeProblem(type);
        }
        if (fileProblem != null) {
            errors.add(new FieldError("file", fileProblem));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseDocument document = documents.save(CaseDocument.uploaded(careCase.getId(), kind, cleanTitle,
                downloadName(file.getOriginalFilename(), type), type.mediaType(), bytes, CaseDocuments.sha256(bytes),
                type.previewable(), currentUser.id()));
        timeline.record(careCase, TimelineKind.DOCUMENT_UPLOADED, "timeline.documentUploaded", kind,
                TimelineText.Words.person(currentUser.id()), cleanTitle);
        return document;
    }

    /** The words for a file over the limit, also when the server refused it before it reached the rules. */
    public String tooLarge() {
        return words("documents.upload.error.tooLarge", MAX_MEGABYTES);
    }

    /** Missing, empty or too large: judged before a byte is read into memory. */
    private String fileProblem(MultipartFile file) {
        if (file == null) {
            return words("documents.upload.error.fileRequired");
        }
        if (file.isEmpty()) {
            return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? words("documents.upload.error.fileRequired") : words("documents.upload.error.empty");
        }
        return file.getSize() > MAX_BYTES ? tooLarge() : null;
    }

    private String typeProblem(UploadedFileType type) {
        if (type.accepted()) {
            return null;
        }
        return type.wordsKey()
                .map(key -> words("documents.upload.error.notAccepted", "documents.upload.type.image".equals(key)
                        ? words(key, type.imageFormat()) : words(key)))
                .orElseGet(() -> words("documents.upload.error.otherType"));
    }

    /**
     * The name the file is downloaded by: the uploaded name without folders, in plain ASCII letters, digits and a
     * few marks (no quotes, slashes or control characters in a header), ending as its real type does.
     */
    static String downloadName(String original, UploadedFileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "-").replaceAll("-{2,}", "-").replaceAll("^[.\\s-]+", "")
                .strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "document";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + type.extension();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String words(String key, Object... arguments) {
        Locale language = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, language);
    }
}
