package kg.ovop.grant;

import kg.ovop.notification.MailKind;

/** The messages to a producer about their grant application. */
public enum GrantMail implements MailKind {
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

    GrantMail(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
