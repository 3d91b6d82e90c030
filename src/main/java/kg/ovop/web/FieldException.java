package kg.ovop.web;

/**
 * A refusal that names the request field at fault, for the problem body's {@code errors[].field}.
 * With a message code, pages show it in the reader's language; the English message is the default.
 */
public abstract class FieldException extends RuntimeException {

    private final String field;
    private final String code;
    private final Object[] arguments;

    protected FieldException(String field, String message) {
        this(field, null, message);
    }

    protected FieldException(String field, String code, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
