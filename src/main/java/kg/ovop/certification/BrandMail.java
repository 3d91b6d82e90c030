package kg.ovop.certification;

import kg.ovop.notification.MailKind;

/** The messages of brand certification and of certificates: to producers about their applications and certificates, to reviewers about their tasks. */
public enum BrandMail implements MailKind {
    APPLICATION_RECEIVED("application-received"),
    APPLICATION_INELIGIBLE("application-ineligible"),
    INFORMATION_REQUESTED("information-requested"),
    APPLICATION_REJECTED("application-rejected"),
    APPLICATION_LAPSED("application-lapsed"),
    APPLICATION_NOT_RECOMMENDED("application-not-recommended"),
    APPLICATION_REFUSED("application-refused"),
    APPLICATION_WITHDRAWN("application-withdrawn"),
    REVIEW_REMINDER("review-reminder"),
    REVIEW_ESCALATION("review-escalation"),
    REVIEW_WITHDRAWN("review-withdrawn"),
    CERTIFICATE_AWARDED("certificate-awarded", "certificate-awarded"),
    CERTIFICATE_EXPIRY_REMINDER("certificate-expiry-reminder"),
    CERTIFICATE_EXPIRED("certificate-expired"),
    CERTIFICATE_SUSPENDED("certificate-suspended"),
    CERTIFICATE_REINSTATED("certificate-reinstated"),
    CERTIFICATE_REVOKED("certificate-revoked");

    private final String key;
    private final String template;

    BrandMail(String key) {
        this(key, "notice");
    }

    BrandMail(String key, String template) {
        this.key = key;
        this.template = template;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String template() {
        return template;
    }
}
