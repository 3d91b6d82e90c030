package kg.ovop.portal;

import kg.ovop.notification.MailKind;

/** The messages about a producer's account: e-mail confirmation and password reset. */
public enum AccountMail implements MailKind {
    PASSWORD_RESET("password-reset"),
    EMAIL_CONFIRMATION("email-confirmation");

    private final String key;

    AccountMail(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
