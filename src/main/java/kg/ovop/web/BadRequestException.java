package kg.ovop.web;

/** A request parameter or body field that is wrong; answered 400 with the field named. */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
