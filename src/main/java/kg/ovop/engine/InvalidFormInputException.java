package kg.ovop.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted value the server refuses, naming the field. It is the engine's form-validation
 * exception, which /engine-rest and Tasklist's API answer with 400 (any other engine exception
 * there is a 500); thrown before the engine's command runs, so nothing is written and the task
 * stays open.
 */
public class InvalidFormInputException extends FormFieldValidationException {

    private final String field;

    public InvalidFormInputException(String field, String problem) {
        super(field, field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
