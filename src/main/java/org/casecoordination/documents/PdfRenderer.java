package org.casecoordination.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Filled XHTML to a tagged PDF (PDF/UA structure, so screen readers can read it) with DejaVu Sans embedded
 * (fonts/, licence in docs/licences/): the font is the document's and the fallback for any text, so nothing is
 * drawn in a font the reader's machine may lack. Title and language come from the HTML's {@code <title>} and
 * {@code lang}; the description from {@code <meta name="description">}, which openhtmltopdf does not read (it takes
 * the PDF's Subject, and from it the XMP description PDF/UA asks for, only from {@code <meta name="subject">}), so
 * it is copied there. A template reaches nothing outside itself: every external resource (images, style sheets,
 * fonts by URL, file: paths) is refused; the one image allowed is a PNG carried inside the page itself as a data
 * URL (a signed consent form's signature, checked by {@link SignatureImage}), which reads nothing from anywhere.
 * Not PDF/A: that needs an ICC colour profile the project does not ship yet. The font files are read once: they
 * never change, and reading them for each document was a measurable part of making one (docs/benchmarks.md).
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("case-coordination")
                .withW3cDocument(withSubject(xhtml), null)
                .useExternalResourceAccessControl(PdfRenderer::inline,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(PdfRenderer::inline,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        font(builder, regular, 400);
        font(builder, bold, 700);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Only a PNG inside the page (a signature); nothing by file, URL or any other data. */
    private static boolean inline(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith(SignatureImage.PREFIX);
    }

    /** The document, with its description also as {@code <meta name="subject">} unless it has one. */
    private static Document withSubject(String xhtml) {
        Document document;
        try {
            document = TemplateRules.parse(xhtml);
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XHTML: " + e.getMessage(), e);
        }
        NodeList metas = document.getElementsByTagName("meta");
        Element description = null;
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("subject".equalsIgnoreCase(meta.getAttribute("name"))) {
                return document;
            }
            if ("description".equalsIgnoreCase(meta.getAttribute("name"))) {
                description = meta;
            }
        }
        if (description != null) {
            Element subject = document.createElement("meta");
            subject.setAttribute("name", "subject");
            subject.setAttribute("content", description.getAttribute("content"));
            description.getParentNode().insertBefore(subject, description);
        }
        return document;
    }

    private static void font(PdfRendererBuilder builder, byte[] font, int weight) {
        builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
