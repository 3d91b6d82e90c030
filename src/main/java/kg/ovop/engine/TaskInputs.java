package kg.ovop.engine;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Server-side checks of form values: form-js validates in the browser only. */
public final class TaskInputs {

    private TaskInputs() {
    }

    public static String requireText(VariableScope scope, ProcessVariable<String> variable, int maxLength) {
        String value = variable.get(scope);
        if (value == null || value.isBlank()) {
            throw new InvalidTaskInputException(variable.name(), "is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidTaskInputException(variable.name(), "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    public static <E extends Enum<E>> E requireChoice(VariableScope scope, ProcessVariable<String> variable,
            Class<E> choices) {
        String value = variable.get(scope);
        for (E choice : choices.getEnumConstants()) {
            if (choice.toString().equals(value)) {
                return choice;
            }
        }
        throw new InvalidTaskInputException(variable.name(), value == null ? "is required"
                : "must be one of " + Arrays.toString(choices.getEnumConstants()) + ", got '" + value + "'");
    }
}
