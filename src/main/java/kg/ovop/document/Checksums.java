package kg.ovop.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums kept beside stored documents and certificates, and what a check found. */
public final class Checksums {

    private Checksums() {
    }

    public enum Outcome {
        /** The stored bytes still have the recorded checksum. */
        intact,
        /** They do not: changed outside the application, or damaged. */
        mismatch,
        /** Stored before checksums were kept: recorded by this check. */
        recorded
    }

    /** One stored thing checked: what it is, what was recorded, what it has now. */
    public record Finding(String subject, Outcome outcome, String recorded, String actual) {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The checksum of text fields joined with a separator no field may contain. */
    public static String ofFields(Object... fields) {
        MessageDigest digest = sha256();
        for (Object field : fields) {
            digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return hex(digest);
    }
}
