package kg.ovop.document;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import kg.ovop.web.BadRequestException;

/**
 * Documents attached to an application: what may be stored (PDF, JPEG or PNG recognised by the
 * first bytes, within the size limits) and reading them back. Who may attach or read is the
 * caller's decision; this only knows documents.
 */
@Service
public class Documents {

    private static final Pattern UNSAFE_IN_NAMES = Pattern.compile("[\\\\/\"\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private final DocumentStore store;
    private final UploadLimits limits;
    private final Clock clock;
    private final List<DocumentShelf> shelves;

    public Documents(DocumentStore store, UploadLimits limits, Clock clock, List<DocumentShelf> shelves) {
        this.store = store;
        this.limits = limits;
        this.clock = clock;
        this.shelves = shelves;
    }

    /** Every stored document of every feature's shelf read back against its checksum. */
    public List<Checksums.Finding> verify() {
        return shelves.stream().flatMap(shelf -> store.verify(shelf).stream()).toList();
    }

    /** Stores a document streamed from the request; sizes are checked before anything is stored. */
    public StoredDocument attach(long applicationId, String kindCode, String fileName, long size, InputStream content,
            String user) {
        return attach(DocumentShelf.APPLICATIONS, applicationId, kindCode, fileName, size, content, user);
    }

    /** Stores a document of a record on its feature's shelf; the kind must be one the shelf takes. */
    public StoredDocument attach(DocumentShelf shelf, long ownerId, String kindCode, String fileName, long size, InputStream content,
            String user) {
        DocumentKind kind = DocumentKind.of(kindCode);
        if (kind == null || !shelf.kinds().contains(kind)) {
            throw new BadRequestException("kind", "portal.error.kind", "must be one of " + String.join(", ",
                    shelf.kinds().stream().map(DocumentKind::code).toList()));
        }
        if (size <= 0) {
            throw new BadRequestException("file", "portal.error.empty", "is empty");
        }
        if (size > limits.perFile().toBytes()) {
            throw new BadRequestException("file", "portal.error.too-large", "is larger than " + limits.perFile().toMegabytes() + " MB",
                    limits.perFile().toMegabytes());
        }
        if (store.totalSize(shelf, ownerId) + size > limits.perApplication().toBytes()) {
            throw new BadRequestException("file", "portal.error.application-full", "the documents of one application may not "
                    + "exceed " + limits.perApplication().toMegabytes() + " MB together", limits.perApplication().toMegabytes());
        }
        BufferedInputStream stream = new BufferedInputStream(content);
        String contentType = sniff(stream);
        InputStream stored = stream;
        if (ContentTypes.PDF.equals(contentType)) {
            byte[] pdf = readAll(stream, size);
            contentType = ContentTypes.endsLikePdf(pdf) ? contentType : null;
            stored = new ByteArrayInputStream(pdf);
        }
        if (contentType == null) {
            throw new BadRequestException("file", "portal.error.type", "must be a PDF, JPEG or PNG file (checked by its content)");
        }
        String name = safeName(fileName, kind);
        long id = store.save(shelf, ownerId, kind, name, contentType, size, stored, user, clock.instant());
        return store.find(shelf, ownerId, id).orElseThrow();
    }

    public List<StoredDocument> list(long applicationId) {
        return list(DocumentShelf.APPLICATIONS, applicationId);
    }

    public List<StoredDocument> list(DocumentShelf shelf, long ownerId) {
        return store.list(shelf, ownerId);
    }

    public Optional<StoredDocument> find(long applicationId, long documentId) {
        return find(DocumentShelf.APPLICATIONS, applicationId, documentId);
    }

    public Optional<StoredDocument> find(DocumentShelf shelf, long ownerId, long documentId) {
        return store.find(shelf, ownerId, documentId);
    }

    /** The required kinds an application does not carry yet, in their order. */
    public List<DocumentKind> missing(long applicationId) {
        Set<String> attached = list(applicationId).stream().map(StoredDocument::kind).collect(Collectors.toSet());
        return DocumentKind.REQUIRED.stream().filter(kind -> !attached.contains(kind.code())).toList();
    }

    public boolean has(long applicationId, DocumentKind kind) {
        return has(DocumentShelf.APPLICATIONS, applicationId, kind);
    }

    public boolean has(DocumentShelf shelf, long ownerId, DocumentKind kind) {
        return store.list(shelf, ownerId).stream().anyMatch(d -> d.kind().equals(kind.code()));
    }

    public void copyContent(long documentId, OutputStream out) {
        copyContent(DocumentShelf.APPLICATIONS, documentId, out);
    }

    public void copyContent(DocumentShelf shelf, long documentId, OutputStream out) {
        store.copyContent(shelf, documentId, out);
    }

    /** Removes a document of an application; false when it has no such document. */
    public boolean remove(long applicationId, long documentId) {
        return store.delete(DocumentShelf.APPLICATIONS, applicationId, documentId);
    }

    /**
     * A file name as it may be stored and shown: no path, quotes, control characters (NUL breaks
     * PostgreSQL text) or bidirectional overrides (a right-to-left override disguises "gpj.exe" as
     * "exe.jpg"); at most 200 characters.
     */
    static String safeName(String fileName, DocumentKind kind) {
        String name = fileName == null ? "" : UNSAFE_IN_NAMES.matcher(fileName).replaceAll("_").strip();
        name = name.isEmpty() ? kind.code() : name;
        return name.codePointCount(0, name.length()) > 200 ? name.substring(0, name.offsetByCodePoints(0, 200)) : name;
    }

    private static byte[] readAll(InputStream stream, long size) {
        try {
            byte[] content = stream.readNBytes((int) size);
            if (content.length != size || stream.read() != -1) {
                throw new BadRequestException("file", "is not as long as declared");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sniff(BufferedInputStream stream) {
        try {
            stream.mark(ContentTypes.HEADER_BYTES);
            byte[] header = stream.readNBytes(ContentTypes.HEADER_BYTES);
            stream.reset();
            return ContentTypes.sniff(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
