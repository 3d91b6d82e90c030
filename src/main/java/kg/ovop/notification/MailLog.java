package kg.ovop.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of {@code ovop_mail_message}. */
@Repository
class MailLog {

    private static final String COLUMNS = "id, business_ref, kind, recipient, language, subject, body_html, body_text, "
            + "attachment_name, delivery, status, attempts, last_error, created_at, sent_at";

    private final JdbcTemplate jdbc;

    MailLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MailRecord> find(String businessRef, MailKind kind) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ovop_mail_message WHERE business_ref = ? AND kind = ?",
                MailLog::map, businessRef, kind.name()).stream().findFirst();
    }

    Optional<MailRecord> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ovop_mail_message WHERE id = ?", MailLog::map, id).stream().findFirst();
    }

    /** Fails with a duplicate key when the message was recorded meanwhile (two senders at once). */
    void insert(OutgoingMail mail, RenderedMail rendered, MailProperties.Delivery delivery, Instant now) {
        Attachment attachment = mail.attachment();
        jdbc.update("INSERT INTO ovop_mail_message (business_ref, kind, recipient, language, subject, body_html, body_text, "
                + "attachment_name, attachment_type, attachment, delivery, status, attempts, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)",
                mail.businessRef(), mail.kind().name(), mail.recipient().email(), mail.recipient().language().name(),
                rendered.subject(), rendered.html(), rendered.text(),
                attachment == null ? null : attachment.fileName(), attachment == null ? null : attachment.contentType(),
                attachment == null ? null : attachment.content(), delivery.name(), Timestamp.from(now));
    }

    /**
     * Takes the right to send: only one sender wins, and a claim older than {@code staleBefore}
     * (a node that died mid-send) can be taken over.
     */
    boolean claim(long id, Instant now, Instant staleBefore) {
        return jdbc.update("UPDATE ovop_mail_message SET status = 'sending', claimed_at = ?, attempts = attempts + 1 "
                + "WHERE id = ? AND (status IN ('pending', 'failed') OR (status = 'sending' AND claimed_at < ?))",
                Timestamp.from(now), id, Timestamp.from(staleBefore)) == 1;
    }

    void delivered(long id, MailProperties.Delivery delivery, Instant now) {
        jdbc.update("UPDATE ovop_mail_message SET status = ?, sent_at = ?, last_error = NULL WHERE id = ?",
                delivery == MailProperties.Delivery.smtp ? "sent" : "recorded", Timestamp.from(now), id);
    }

    void failed(long id, String error) {
        jdbc.update("UPDATE ovop_mail_message SET status = 'failed', last_error = ? WHERE id = ?",
                error == null ? null : error.substring(0, Math.min(error.length(), 2000)), id);
    }

    /** The stored attachment of a message, if it had one. */
    Optional<Attachment> attachment(long id) {
        return jdbc.query("SELECT attachment_name, attachment_type, attachment FROM ovop_mail_message "
                + "WHERE id = ? AND attachment IS NOT NULL", (rs, i) -> new Attachment(rs.getString(1), rs.getString(2),
                rs.getBytes(3)), id).stream().findFirst();
    }

    List<MailRecord> latest(int limit, int offset) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ovop_mail_message ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                MailLog::map, limit, offset);
    }

    long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_mail_message", Long.class);
    }

    private static MailRecord map(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new MailRecord(rs.getLong("id"), rs.getString("business_ref"), rs.getString("kind"), rs.getString("recipient"),
                rs.getString("language"), rs.getString("subject"), rs.getString("body_html"), rs.getString("body_text"),
                rs.getString("attachment_name"), rs.getString("delivery"), rs.getString("status"), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }
}
