package kg.ovop.document;

import java.time.Instant;

/** A document attached to an application (without its content). */
public record StoredDocument(long id, String kind, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
}
