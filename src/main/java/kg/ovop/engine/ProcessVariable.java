package kg.ovop.engine;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type in one place, so delegates and listeners read
 * {@code APPLICANT.get(execution)} instead of repeating string literals and casts.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Number> number(String name) {
        return new ProcessVariable<>(name, Number.class);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    /** The value, or null when the variable is absent. */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new InvalidFormInputException(name, "must be a " + type.getSimpleName().toLowerCase()
                    + ", got " + value.getClass().getSimpleName().toLowerCase());
        }
        return type.cast(value);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** One entry of a variables map, for starting processes and completing tasks. */
    public Map.Entry<String, Object> of(T value) {
        return Map.entry(name, value);
    }
}
