package kg.ovop.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Server-side checks of form values: form-js validates in the browser only, and a REST client
 * can send anything. Each check names the field it refuses.
 */
public final class TaskInputs {

    private TaskInputs() {
    }

    public static String requireText(VariableScope scope, ProcessVariable<String> variable, int maxLength) {
        String value = optionalText(scope, variable, maxLength);
        if (value == null) {
            throw new InvalidFormInputException(variable.name(), "is required");
        }
        return value;
    }

    /** Blank counts as absent. */
    public static String optionalText(VariableScope scope, ProcessVariable<String> variable, int maxLength) {
        String value = variable.get(scope);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidFormInputException(variable.name(), "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    public static String requireMatch(VariableScope scope, ProcessVariable<String> variable, Pattern pattern, String meaning) {
        String value = requireText(scope, variable, 200);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidFormInputException(variable.name(), "must be " + meaning);
        }
        return value;
    }

    public static String requireOneOf(VariableScope scope, ProcessVariable<String> variable, Collection<String> allowed) {
        String value = requireText(scope, variable, 100);
        if (!allowed.contains(value)) {
            throw new InvalidFormInputException(variable.name(), "must be one of " + allowed + ", got '" + value + "'");
        }
        return value;
    }

    public static <E extends Enum<E>> E requireChoice(VariableScope scope, ProcessVariable<String> variable,
            Class<E> choices) {
        String value = variable.get(scope);
        for (E choice : choices.getEnumConstants()) {
            if (choice.toString().equals(value)) {
                return choice;
            }
        }
        throw new InvalidFormInputException(variable.name(), value == null ? "is required"
                : "must be one of " + Arrays.toString(choices.getEnumConstants()) + ", got '" + value + "'");
    }

    /**
     * A whole number within bounds. Tasklist sends numbers as Integer, Long or Double and select
     * values as strings; the variable is rewritten as an Integer so later steps read one type.
     */
    public static int requireWholeNumber(VariableScope scope, ProcessVariable<Number> variable, int min, int max) {
        Object value = scope.getVariable(variable.name());
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new InvalidFormInputException(variable.name(), "is required");
        }
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else if (value instanceof String text) {
            try {
                number = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidFormInputException(variable.name(), "must be a number, got '" + text + "'");
            }
        } else {
            throw new InvalidFormInputException(variable.name(), "must be a number");
        }
        if (number != Math.rint(number)) {
            throw new InvalidFormInputException(variable.name(), "must be a whole number");
        }
        if (number < min || number > max) {
            throw new InvalidFormInputException(variable.name(), "must be between " + min + " and " + max + ", got " + value);
        }
        scope.setVariable(variable.name(), (int) number);
        return (int) number;
    }

    public static boolean flag(VariableScope scope, ProcessVariable<Boolean> variable) {
        return Boolean.TRUE.equals(variable.get(scope));
    }

    public static boolean requireTrue(VariableScope scope, ProcessVariable<Boolean> variable, String meaning) {
        if (!flag(scope, variable)) {
            throw new InvalidFormInputException(variable.name(), meaning);
        }
        return true;
    }

    /** A multi-select: Tasklist stores it as a JSON array; anything outside {@code allowed} is refused. */
    public static List<String> choices(VariableScope scope, String name, Set<String> allowed) {
        Object raw = scope.getVariable(name);
        List<String> values = new ArrayList<>();
        if (raw instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> values.add(element.stringValue()));
        } else if (raw instanceof Collection<?> collection) {
            collection.forEach(element -> values.add(String.valueOf(element)));
        } else if (raw instanceof String text && !text.isBlank()) {
            values.addAll(Arrays.asList(text.split(",")));
        } else if (raw != null) {
            throw new InvalidFormInputException(name, "must be a list");
        }
        for (String value : values) {
            if (!allowed.contains(value.strip())) {
                throw new InvalidFormInputException(name, "'" + value + "' is not one of " + allowed);
            }
        }
        return values.stream().map(String::strip).distinct().toList();
    }
}
