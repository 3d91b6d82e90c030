package kg.ovop.notification;

import java.time.Instant;

/** A row of the mail log: what was sent (or recorded) to whom, and how it went. */
public record MailRecord(long id, String businessRef, String kind, String recipient, String language, String subject,
        String bodyHtml, String bodyText, String attachmentName, String delivery, String status, int attempts,
        String lastError, Instant createdAt, Instant sentAt) {
}
