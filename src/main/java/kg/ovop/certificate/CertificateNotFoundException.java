package kg.ovop.certificate;

public class CertificateNotFoundException extends RuntimeException {

    public CertificateNotFoundException(String reference) {
        super("No certificate " + reference);
    }
}
