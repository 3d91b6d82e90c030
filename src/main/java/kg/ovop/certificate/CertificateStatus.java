package kg.ovop.certificate;

/** Lifecycle of a certificate; the lower-case name is what the table and JSON hold. */
public enum CertificateStatus {
    valid, suspended, revoked, expired
}
