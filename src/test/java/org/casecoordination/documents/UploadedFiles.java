package org.casecoordination.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Real, tiny files of each kind a coordinator might pick, made here rather than kept as fixtures. */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    public static byte[] pdf() throws IOException {
        return pdf(null);
    }

    /** A one-page PDF; with a password it cannot be opened without it (as some scanners and clinics send them). */
    static byte[] pdf(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Starts like a PDF, and is not one: a scan cut off halfway. */
    static byte[] brokenPdf() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    public static byte[] png() throws IOException {
        return image("png");
    }

    /** A Word document as Word saves it: a ZIP archive with word/document.xml. */
    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org"
                    + "/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application"
                    + "/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\"?><w:document/>");
        }
        return out.toByteArray();
    }

    /** A Windows program's first bytes: the MZ header pointing at a PE header. */
    static byte[] exe() {
        byte[] bytes = new byte[1024];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80; // where the PE header starts
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><head><title>Consent</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Starts as a PDF and is this many bytes long. */
    public static byte[] pdfOfSize(int size) {
        byte[] bytes = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), size);
        Arrays.fill(bytes, 9, size, (byte) ' ');
        return bytes;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, Color.BLUE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
