package kg.ovop.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a feature keeps the documents of its records: the table (same columns as
 * {@code ovop_application_document}), the column naming the record, and the kinds it takes.
 * Names come from code, never from a request.
 */
public record DocumentShelf(String table, String ownerColumn, Set<DocumentKind> kinds) {

    /** Brand applications' documents. */
    public static final DocumentShelf APPLICATIONS = new DocumentShelf("ovop_application_document", "application_id",
            Collections.unmodifiableSet(EnumSet.of(DocumentKind.conformity, DocumentKind.lab_results, DocumentKind.photo,
                    DocumentKind.registration, DocumentKind.other)));

    public DocumentShelf {
        if (!table.matches("ovop_[a-z_]+") || !ownerColumn.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a document table: " + table + "." + ownerColumn);
        }
    }
}
