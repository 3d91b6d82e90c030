package kg.ovop.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code ovop_application_document}: contents are streamed in and out, never held whole in memory. */
@Repository
class DocumentStore {

    private final JdbcTemplate jdbc;

    DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long save(long applicationId, DocumentKind kind, String fileName, String contentType, long size, InputStream content,
            String user, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("INSERT INTO ovop_application_document (application_id, kind, file_name, "
                    + "content_type, size_bytes, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            s.setLong(1, applicationId);
            s.setString(2, kind.code());
            s.setString(3, fileName);
            s.setString(4, contentType);
            s.setLong(5, size);
            s.setBinaryStream(6, content, size);
            s.setString(7, user);
            s.setTimestamp(8, Timestamp.from(now));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public List<StoredDocument> list(long applicationId) {
        return jdbc.query("SELECT id, kind, file_name, content_type, size_bytes, uploaded_at FROM ovop_application_document "
                + "WHERE application_id = ? ORDER BY id", (rs, i) -> new StoredDocument(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant()), applicationId);
    }

    public long totalSize(long applicationId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(size_bytes), 0) FROM ovop_application_document WHERE application_id = ?",
                Long.class, applicationId);
    }

    public Optional<StoredDocument> find(long applicationId, long documentId) {
        return list(applicationId).stream().filter(d -> d.id() == documentId).findFirst();
    }

    public boolean delete(long applicationId, long documentId) {
        return jdbc.update("DELETE FROM ovop_application_document WHERE application_id = ? AND id = ?", applicationId, documentId) == 1;
    }

    public void copyContent(long documentId, OutputStream out) {
        jdbc.query("SELECT content FROM ovop_application_document WHERE id = ?", rs -> {
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, documentId);
    }
}
