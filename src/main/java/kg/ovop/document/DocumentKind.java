package kg.ovop.document;

/** What a document proves; the value is what the API takes and the table stores. */
public enum DocumentKind {
    conformity, lab_results, photo, registration, other;

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
