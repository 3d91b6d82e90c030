package kg.ovop.certification;

import java.time.Instant;
import java.util.List;

/**
 * One question of the agency to the producer and its answer (null while unanswered), with the
 * documents the producer added in between.
 */
public record InformationRound(int number, Instant askedAt, String askedBy, String question, Instant answeredAt, String answer,
        List<StoredDocumentName> documentsAdded) {

    /** A document by its file name and kind code. */
    public record StoredDocumentName(String fileName, String kind) {
    }
}
