package kg.ovop.certification;

import kg.ovop.web.FieldException;

/** The application is not in a state that allows this (e.g. editing after submission); answered 409. */
public class ApplicationStateException extends FieldException {

    public ApplicationStateException(String code, String message) {
        super("status", code, message);
    }
}
