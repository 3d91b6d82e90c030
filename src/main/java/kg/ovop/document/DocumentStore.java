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

/** The documents tables ({@link DocumentShelf}): contents are streamed in and out, never held whole in memory. */
@Repository
class DocumentStore {

    private final JdbcTemplate jdbc;

    DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long save(DocumentShelf shelf, long ownerId, DocumentKind kind, String fileName, String contentType, long size, InputStream content,
            String user, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("INSERT INTO " + shelf.table() + " (" + shelf.ownerColumn() + ", kind, file_name, "
                    + "content_type, size_bytes, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            s.setLong(1, ownerId);
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

    public List<StoredDocument> list(DocumentShelf shelf, long ownerId) {
        return jdbc.query("SELECT id, kind, file_name, content_type, size_bytes, uploaded_at FROM " + shelf.table()
                + " WHERE " + shelf.ownerColumn() + " = ? ORDER BY id", (rs, i) -> new StoredDocument(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant()), ownerId);
    }

    public long totalSize(DocumentShelf shelf, long ownerId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(size_bytes), 0) FROM " + shelf.table() + " WHERE " + shelf.ownerColumn()
                + " = ?", Long.class, ownerId);
    }

    public Optional<StoredDocument> find(DocumentShelf shelf, long ownerId, long documentId) {
        return list(shelf, ownerId).stream().filter(d -> d.id() == documentId).findFirst();
    }

    public boolean delete(DocumentShelf shelf, long ownerId, long documentId) {
        return jdbc.update("DELETE FROM " + shelf.table() + " WHERE " + shelf.ownerColumn() + " = ? AND id = ?", ownerId,
                documentId) == 1;
    }

    public void copyContent(DocumentShelf shelf, long documentId, OutputStream out) {
        jdbc.query("SELECT content FROM " + shelf.table() + " WHERE id = ?", rs -> {
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, documentId);
    }
}
