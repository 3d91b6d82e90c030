package kg.ovop.web;

/** A request parameter or body field that is wrong; answered 400 with the field named. */
public class BadRequestException extends FieldException {

    public BadRequestException(String field, String message) {
        super(field, message);
    }

    public BadRequestException(String field, String code, String message, Object... arguments) {
        super(field, code, message, arguments);
    }
}
