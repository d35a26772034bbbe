package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF a reader gets: tagged, titled, in the template's language, every font embedded, nothing fetched. */
class PdfRendererTests {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void aSpanishTemplateGivesATaggedSpanishPdfWithItsTitleAndEmbeddedFonts() throws IOException {
        String html = MustacheTemplates.compile(Files.readString(Path.of("documents/care-plan-summary.es.html")))
                .execute(MergeModel.sample(DocumentKind.CARE_PLAN_SUMMARY, true).values());
        byte[] pdf = renderer.render(html);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Resumen del plan de atención de sample client.name");
            assertThat(document.getDocumentInformation().getSubject()).as("from <meta name=\"description\">")
                    .startsWith("Resumen del plan de atención del cliente");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).as("PDF/UA: the XMP description")
                    .contains("dc:description").contains("Resumen del plan de atención del cliente");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Resumen del plan de atención", "Sus servicios", "A quién llamar",
                    "sample services.provider");
        }
    }

    @Test
    void aTemplateCannotReadFilesOrTheNetwork() throws IOException {
        byte[] pdf = renderer.render("""
                <html lang="en"><head><title>t</title>
                <link rel="stylesheet" href="file:///etc/passwd"/></head>
                <body><p>before</p><img src="file:///etc/hostname"/><img src="http://169.254.169.254/"/>
                <p>after</p></body></html>""");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("before", "after").doesNotContain("root:");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }
}
