package org.casecoordination.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A drawn signature as the signature pad posts it ({@code data:image/png;base64,...}), checked before anything is
 * stored: a PNG (by its bytes, not the prefix alone), at most {@link #MAX_BYTES}, of a pad's size, with at least one
 * stroke. The PDF gets the image drawn again from its pixels, so nothing else the file carried (text chunks, a
 * second image) goes into the record.
 */
record SignatureImage(byte[] png) {

    static final String PREFIX = "data:image/png;base64,";
    /** A pad's signature is a few kilobytes; anything much larger is not one. */
    static final int MAX_BYTES = 200 * 1024;
    static final int MAX_SIDE = 3000;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Why a posted image is refused: the key of the words said next to the signature pad. */
    enum Refusal {
        NOT_PNG("consentForms.error.signatureNotPng"),
        TOO_LARGE("consentForms.error.signatureTooLarge"),
        EMPTY("consentForms.error.signatureEmpty");

        final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    /** The signature, or why it is refused. */
    static Result read(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PREFIX)) {
            return Result.refused(Refusal.NOT_PNG);
        }
        String base64 = dataUrl.substring(PREFIX.length()).strip();
        if (base64.length() > (MAX_BYTES / 3 + 1) * 4) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Result.refused(Refusal.NOT_PNG);
        }
        if (bytes.length > MAX_BYTES) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        if (bytes.length < PNG_MAGIC.length || !Arrays.equals(bytes, 0, PNG_MAGIC.length, PNG_MAGIC, 0,
                PNG_MAGIC.length)) {
            return Result.refused(Refusal.NOT_PNG);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return Result.refused(Refusal.NOT_PNG);
        }
        if (image == null) {
            return Result.refused(Refusal.NOT_PNG);
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        if (!hasStroke(image)) {
            return Result.refused(Refusal.EMPTY);
        }
        return new Result(new SignatureImage(redrawn(image)), null);
    }

    /** A checked signature, or the reason it was refused. */
    record Result(SignatureImage signature, Refusal refusal) {
        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }

        Optional<SignatureImage> accepted() {
            return Optional.ofNullable(signature);
        }
    }

    String dataUrl() {
        return PREFIX + Base64.getEncoder().encodeToString(png);
    }

    /** A pad draws dark strokes on a transparent or white ground: one visible, non-white pixel is a stroke. */
    private static boolean hasStroke(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int red = (argb >> 16) & 0xff;
                int green = (argb >> 8) & 0xff;
                int blue = argb & 0xff;
                if (alpha > 32 && (red < 200 || green < 200 || blue < 200)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] redrawn(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(copy, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
