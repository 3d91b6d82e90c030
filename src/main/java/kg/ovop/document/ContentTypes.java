package kg.ovop.document;

import java.util.Arrays;

/**
 * Recognises an upload by its first bytes, not by its name or the browser's word: a renamed
 * executable is refused even when it is called photo.jpg.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static final int HEADER_BYTES = 8;

    private ContentTypes() {
    }

    /** A PDF ends with its end-of-file marker; a page that merely starts with "%PDF-" does not. */
    static boolean endsLikePdf(byte[] content) {
        String tail = new String(content, Math.max(0, content.length - 1024), Math.min(1024, content.length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** @return the content type, or null when the bytes are none of PDF, JPEG, PNG */
    static String sniff(byte[] header) {
        if (startsWith(header, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(header, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(header, PNG_MAGIC)) {
            return PNG;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
