package kg.ovop.certificate;

/** Published inside the transaction of an administrator's status change, for whoever must react. */
public record CertificateStatusChanged(Certificate certificate, CertificateStatus previous) {
}
