package kg.ovop.notification;

/**
 * Kinds of messages. Each has {@code mail.<key>.subject} and {@code mail.<key>.body} in
 * messages_*.properties (arguments {0}, {1}… from {@link OutgoingMail#arguments()}) and is laid
 * out by the templates {@code mail/<template>.html} and {@code .txt}.
 */
public enum MailKind {
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
    PASSWORD_RESET("password-reset"),
    EMAIL_CONFIRMATION("email-confirmation"),
    CERTIFICATE_AWARDED("certificate-awarded", "certificate-awarded"),
    CERTIFICATE_EXPIRY_REMINDER("certificate-expiry-reminder"),
    CERTIFICATE_EXPIRED("certificate-expired"),
    CERTIFICATE_SUSPENDED("certificate-suspended"),
    CERTIFICATE_REINSTATED("certificate-reinstated"),
    CERTIFICATE_REVOKED("certificate-revoked"),
    GRANT_RECEIVED("grant-received"),
    GRANT_INELIGIBLE("grant-ineligible"),
    GRANT_REJECTED("grant-rejected"),
    GRANT_NOT_RECOMMENDED("grant-not-recommended"),
    GRANT_APPROVED("grant-approved"),
    GRANT_REFUSED("grant-refused"),
    GRANT_WAITLISTED("grant-waitlisted"),
    GRANT_WAITLIST_ENDED("grant-waitlist-ended"),
    GRANT_LAPSED("grant-lapsed"),
    GRANT_TRANCHE_PAID("grant-tranche-paid"),
    GRANT_REPORT_DUE_SOON("grant-report-due-soon"),
    GRANT_REPORT_DUE("grant-report-due"),
    GRANT_REPORT_CHANGES("grant-report-changes"),
    GRANT_CLOSED("grant-closed"),
    GRANT_TERMINATED("grant-terminated");

    private final String key;
    private final String template;

    MailKind(String key) {
        this(key, "notice");
    }

    MailKind(String key, String template) {
        this.key = key;
        this.template = template;
    }

    public String key() {
        return key;
    }

    public String template() {
        return template;
    }
}
