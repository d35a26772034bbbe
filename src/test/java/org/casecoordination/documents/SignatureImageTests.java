package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * What a posted signature may be, and the one image a PDF may show: a checked PNG carried in the page itself;
 * anything else inline (an SVG, which could carry links) is not drawn.
 */
class SignatureImageTests {

    @Test
    void aStrokeIsAcceptedAndRedrawnSoNothingElseTheFileCarriedGoesIntoTheRecord() throws IOException {
        byte[] png = png(true);
        byte[] withText = withTextChunk(png, "note", "anything a client tool hid here");

        SignatureImage.Result read = SignatureImage.read(SignatureImage.PREFIX
                + Base64.getEncoder().encodeToString(withText));

        assertThat(read.refusal()).isNull();
        assertThat(new String(read.signature().png(), StandardCharsets.ISO_8859_1))
                .doesNotContain("anything a client tool hid here");
    }

    @Test
    void anEmptyPadAnotherFormatOrBrokenBase64IsRefusedWithItsReason() throws IOException {
        assertThat(SignatureImage.read(SignatureImage.PREFIX + Base64.getEncoder().encodeToString(png(false)))
                .refusal()).isEqualTo(SignatureImage.Refusal.EMPTY);
        assertThat(SignatureImage.read("data:image/svg+xml;base64,PHN2Zy8+").refusal())
                .isEqualTo(SignatureImage.Refusal.NOT_PNG);
        assertThat(SignatureImage.read(SignatureImage.PREFIX + "%%%not base64").refusal())
                .isEqualTo(SignatureImage.Refusal.NOT_PNG);
        assertThat(SignatureImage.read(null).refusal()).isEqualTo(SignatureImage.Refusal.NOT_PNG);
    }

    @Test
    void thePdfShowsAnInlinePngButNoOtherInlineImage() throws IOException {
        String signature = SignatureImage.read(SignatureImage.PREFIX + Base64.getEncoder().encodeToString(png(true)))
                .signature().dataUrl();
        String page = """
                <html lang="en"><head><title>t</title></head><body>
                <img src="%s"/><img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="/>
                </body></html>""".formatted(signature);
        try (PDDocument document = Loader.loadPDF(new PdfRenderer().render(page))) {
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).hasSize(1)
                    .allSatisfy(name -> assertThat(resources.isImageXObject(name)).isTrue());
        }
    }

    private static byte[] png(boolean stroke) throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        if (stroke) {
            var g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.drawLine(10, 80, 250, 20);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk put in right after its header chunk (CRC not needed by the reader here). */
    private static byte[] withTextChunk(byte[] png, String key, String text) {
        byte[] data = (key + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes("tEXt".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }
}
