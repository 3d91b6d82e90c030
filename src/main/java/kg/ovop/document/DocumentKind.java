package kg.ovop.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a document proves; the value is what the API takes and the table stores. */
public enum DocumentKind {
    conformity, lab_results, photo, registration, other,
    /** A bank's statement that a grant holder's own contribution is in their account. */
    bank_certificate;

    /** What an application must carry before it is submitted: the conformity or safety certificate and a product photo. */
    public static final Set<DocumentKind> REQUIRED = Collections.unmodifiableSet(EnumSet.of(conformity, photo));

    public String code() {
        return name().replace('_', '-');
    }

    public static DocumentKind of(String code) {
        for (DocumentKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
