package kg.ovop.notification;

/**
 * Kinds of messages; each has templates {@code mail/<template>.html} and {@code .txt} and a
 * subject {@code mail.<template>.subject} in messages_*.properties.
 */
public enum MailKind {
    CERTIFICATE_AWARDED("certificate-awarded");

    private final String template;

    MailKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
