package kg.ovop.certificate;

/** A status change the registry refuses; {@link #field()} names what is wrong for the problem body. */
public class InvalidStatusChangeException extends RuntimeException {

    private final String field;

    public InvalidStatusChangeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
