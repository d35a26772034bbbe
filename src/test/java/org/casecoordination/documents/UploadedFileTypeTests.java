package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The type of a file comes from its bytes: a renamed file is what it is, and a refused one is named in words. */
class UploadedFileTypeTests {

    @Test
    void pdfJpegAndPngAreAcceptedByTheirContent() throws Exception {
        assertThat(UploadedFileType.of(UploadedFiles.pdf()).mediaType()).isEqualTo("application/pdf");
        assertThat(UploadedFileType.of(UploadedFiles.jpeg()).mediaType()).isEqualTo("image/jpeg");
        assertThat(UploadedFileType.of(UploadedFiles.png()).mediaType()).isEqualTo("image/png");
        assertThat(UploadedFileType.of(UploadedFiles.png()).accepted()).isTrue();
    }

    @Test
    void aWordDocumentAProgramAndAWebPageAreRefusedAndNamed() throws Exception {
        assertThat(UploadedFileType.of(UploadedFiles.docx()).accepted()).isFalse();
        assertThat(UploadedFileType.of(UploadedFiles.docx()).wordsKey()).contains("documents.upload.type.word");
        assertThat(UploadedFileType.of(UploadedFiles.exe()).wordsKey()).as(UploadedFileType.of(UploadedFiles.exe())
                .mediaType()).contains("documents.upload.type.program");
        assertThat(UploadedFileType.of(UploadedFiles.html()).wordsKey()).contains("documents.upload.type.webPage");
        assertThat(UploadedFileType.of(UploadedFiles.html()).accepted()).isFalse();
    }

    @Test
    void anImageOfAnotherFormatIsNamedByItsFormat() throws Exception {
        java.io.ByteArrayOutputStream gif = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "gif", gif);
        UploadedFileType type = UploadedFileType.of(gif.toByteArray());
        assertThat(type.accepted()).isFalse();
        assertThat(type.wordsKey()).contains("documents.upload.type.image");
        assertThat(type.imageFormat()).isEqualTo("GIF");
    }

    @Test
    void anEncryptedOrBrokenPdfIsAPdfThatCannotBePreviewed() throws Exception {
        assertThat(UploadedFileType.of(UploadedFiles.pdf()).previewable()).isTrue();
        UploadedFileType locked = UploadedFileType.of(UploadedFiles.pdf("secret"));
        assertThat(locked.accepted()).isTrue();
        assertThat(locked.previewable()).isFalse();
        UploadedFileType broken = UploadedFileType.of(UploadedFiles.brokenPdf());
        assertThat(broken.mediaType()).isEqualTo("application/pdf");
        assertThat(broken.previewable()).isFalse();
    }

    @Test
    void theDownloadNameIsTheUploadedOneMadeSafeWithTheRealTypesEnding() throws Exception {
        UploadedFileType png = UploadedFileType.of(UploadedFiles.png());
        assertThat(DocumentUploads.downloadName("C:\\fakepath\\Consentimiento José.pdf", png))
                .isEqualTo("Consentimiento Jose.png");
        assertThat(DocumentUploads.downloadName("../../\"evil\";\r\nX: y.png", png)).isEqualTo("evil-X- y.png");
        assertThat(DocumentUploads.downloadName("", png)).isEqualTo("document.png");
    }
}
