package kg.ovop.certificate;

import kg.ovop.web.FieldException;

/** A status change the registry refuses (no reason, or not allowed from the current status). */
public class InvalidStatusChangeException extends FieldException {

    public InvalidStatusChangeException(String field, String message) {
        super(field, message);
    }
}
