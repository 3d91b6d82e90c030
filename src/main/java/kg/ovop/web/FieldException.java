package kg.ovop.web;

/** A refusal that names the request field at fault, for the problem body's {@code errors[].field}. */
public abstract class FieldException extends RuntimeException {

    private final String field;

    protected FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
