package org.casecoordination.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Filled XHTML to a tagged PDF (PDF/UA structure, so screen readers can read it) with DejaVu Sans embedded
 * (fonts/, licence in docs/licences/): the font is the document's and the fallback for any text, so nothing is
 * drawn in a font the reader's machine may lack. Title and language come from the HTML's {@code <title>} and
 * {@code lang}. A template reaches nothing outside itself: every external resource (images, style sheets, fonts by
 * URL, file: paths) is refused. Not PDF/A: that needs an ICC colour profile the project does not ship yet.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("case-coordination")
                .withHtmlContent(xhtml, null)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        font(builder, "fonts/DejaVuSans.ttf", 400);
        font(builder, "fonts/DejaVuSans-Bold.ttf", 700);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String path, int weight) {
        builder.useFont(() -> open(path), FONT_FAMILY, weight, FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
    }

    private static InputStream open(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
