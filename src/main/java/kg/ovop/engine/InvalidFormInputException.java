package kg.ovop.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A value a form submitted that the server refuses. Thrown from a listener or the start step it rolls the
 * completion back, so nothing is stored and Tasklist shows the message next to the form; the REST
 * API answers it with 400 (a bad user request), not 500.
 */
public class InvalidFormInputException extends BadUserRequestException {

    private final String field;

    public InvalidFormInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
