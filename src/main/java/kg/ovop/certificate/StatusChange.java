package kg.ovop.certificate;

import java.time.Instant;

/** One entry of a certificate's status history. */
public record StatusChange(CertificateStatus status, String reason, String changedBy, Instant changedAt) {
}
