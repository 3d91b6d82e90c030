package kg.ovop.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        // The digest is taken as the bytes stream past on their way in, and recorded once they all have.
        DigestInputStream digesting = new DigestInputStream(content, Checksums.sha256());
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
            s.setBinaryStream(6, digesting, size);
            s.setString(7, user);
            s.setTimestamp(8, Timestamp.from(now));
            return s;
        }, key);
        long id = key.getKey().longValue();
        jdbc.update("UPDATE " + shelf.table() + " SET sha256 = ? WHERE id = ?", Checksums.hex(digesting.getMessageDigest()), id);
        return id;
    }

    /**
     * Each document's bytes read back against the checksum recorded when it was stored, one
     * document at a time; a document stored before checksums existed gets its checksum recorded now.
     */
    List<Checksums.Finding> verify(DocumentShelf shelf) {
        List<Checksums.Finding> findings = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT id, " + shelf.ownerColumn() + " AS owner, file_name, sha256 FROM "
                + shelf.table() + " ORDER BY id")) {
            long id = ((Number) row.get("id")).longValue();
            MessageDigest digest = Checksums.sha256();
            copyContent(shelf, id, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            String actual = Checksums.hex(digest);
            String recorded = (String) row.get("sha256");
            String subject = shelf.table() + " " + id + " (" + shelf.ownerColumn() + " " + row.get("owner") + ", " + row.get("file_name")
                    + ")";
            if (recorded == null) {
                jdbc.update("UPDATE " + shelf.table() + " SET sha256 = ? WHERE id = ? AND sha256 IS NULL", actual, id);
                findings.add(new Checksums.Finding(subject, Checksums.Outcome.recorded, null, actual));
            } else {
                findings.add(new Checksums.Finding(subject, recorded.strip().equals(actual) ? Checksums.Outcome.intact
                        : Checksums.Outcome.mismatch, recorded.strip(), actual));
            }
        }
        return findings;
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
