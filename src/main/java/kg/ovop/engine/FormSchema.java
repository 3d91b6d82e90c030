package kg.ovop.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A deployed Camunda Form read as the server's rules for a task: the same JSON the browser
 * renders, so Tasklist and the server can never disagree on keys, types and limits. A submission
 * may carry the editable fields (checked as the form says) and the read-only ones unchanged;
 * anything else is refused with the field named.
 */
public final class FormSchema {

    /** Evaluates a form-js {@code conditional.hide} FEEL expression against the form's values. */
    public interface Conditions {
        boolean holds(String feelExpression, Map<String, Object> values);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");

    private final String id;
    private final Map<String, FormField> fields;

    private FormSchema(String id, Map<String, FormField> fields) {
        this.id = id;
        this.fields = fields;
    }

    public static FormSchema parse(byte[] json) {
        try {
            JsonNode form = JSON.readTree(json);
            Map<String, FormField> fields = new LinkedHashMap<>();
            collect(form.path("components"), fields);
            return new FormSchema(form.path("id").asText(), fields);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not a Camunda Form: " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode components, Map<String, FormField> into) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                List<String> options = new ArrayList<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                into.put(component.get("key").asText(), new FormField(component.get("key").asText(),
                        component.path("type").asText(), component.path("readonly").asBoolean(false)
                                || component.path("disabled").asBoolean(false),
                        validate.path("required").asBoolean(false), number(validate, "min"), number(validate, "max"),
                        whole(validate, "minLength"), whole(validate, "maxLength"), text(validate, "pattern"),
                        text(validate, "validationType"), List.copyOf(options), whole(component, "decimalDigits"),
                        text(component.path("conditional"), "hide")));
            }
            collect(component.path("components"), into);
        }
    }

    private static Double number(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asDouble() : null;
    }

    private static Integer whole(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asInt() : null;
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    public String id() {
        return id;
    }

    public Map<String, FormField> fields() {
        return fields;
    }

    public List<String> readonlyKeys() {
        return fields.values().stream().filter(FormField::readonly).map(FormField::key).toList();
    }

    public List<String> editableKeys() {
        return fields.values().stream().filter(f -> !f.readonly()).map(FormField::key).toList();
    }

    /**
     * Checks a submission against the form.
     *
     * @param submitted what the client sent (a {@link VariableMap} from the REST API, or plain values)
     * @param shown the read-only values the task showed
     * @return the editable fields' values, typed and trimmed; fields the form hides are left out
     * @throws InvalidFormInputException naming the first field at fault
     */
    public FormValues accept(Map<String, ?> submitted, Map<String, ?> shown, Conditions conditions) {
        Map<String, Object> values = new HashMap<>();
        for (String key : submitted.keySet()) {
            FormField field = fields.get(key);
            if (field == null) {
                throw new InvalidFormInputException(key, "is not a field of the form '" + id + "'");
            }
            Object value = plain(submitted, key);
            if (field.readonly()) {
                if (!same(shown.get(key), value)) {
                    throw new InvalidFormInputException(key,
                            "is read-only here and cannot be changed; if the record changed while the form was open, reload the task");
                }
            } else {
                values.put(key, value);
            }
        }
        Map<String, Object> context = new HashMap<>();
        fields.keySet().forEach(key -> context.put(key, null));
        context.putAll(shown);
        context.putAll(values);
        Map<String, Object> accepted = new LinkedHashMap<>();
        for (FormField field : fields.values()) {
            if (field.readonly() || (field.hide() != null && conditions.holds(field.hide(), context))) {
                continue;
            }
            accepted.put(field.key(), check(field, values.get(field.key())));
        }
        return new FormValues(accepted);
    }

    private static Object check(FormField field, Object value) {
        if (value instanceof Refused) {
            throw new InvalidFormInputException(field.key(), "must be " + expected(field) + ", not an object or file");
        }
        if (value == null || (value instanceof String text && text.isBlank())) {
            if (field.required()) {
                throw new InvalidFormInputException(field.key(), "is required");
            }
            return field.flag() ? Boolean.FALSE : null;
        }
        if (field.flag()) {
            if (!(value instanceof Boolean ticked)) {
                throw new InvalidFormInputException(field.key(), "must be " + expected(field));
            }
            if (field.required() && !ticked) {
                throw new InvalidFormInputException(field.key(), "must be ticked");
            }
            return ticked;
        }
        if (field.numeric()) {
            return number(field, value);
        }
        if (field.multiple()) {
            List<String> chosen = list(value);
            if (chosen == null) {
                throw new InvalidFormInputException(field.key(), "must be " + expected(field));
            }
            for (String option : chosen) {
                if (!field.options().contains(option)) {
                    throw new InvalidFormInputException(field.key(), "'" + option + "' is not one of " + field.options());
                }
            }
            if (field.required() && chosen.isEmpty()) {
                throw new InvalidFormInputException(field.key(), "is required");
            }
            return List.copyOf(chosen);
        }
        if (!(value instanceof String text)) {
            throw new InvalidFormInputException(field.key(), field.choice() ? "must be one of " + field.options() + " as text"
                    : "must be " + expected(field));
        }
        if (field.choice()) {
            if (!field.options().contains(text)) {
                throw new InvalidFormInputException(field.key(), "must be one of " + field.options() + ", got '" + text + "'");
            }
            return text;
        }
        return text(field, text.strip());
    }

    private static String text(FormField field, String text) {
        if (text.indexOf('\0') >= 0) {
            throw new InvalidFormInputException(field.key(), "must not contain a NUL character");
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            throw new InvalidFormInputException(field.key(), "must be at most " + field.maxLength() + " characters");
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            throw new InvalidFormInputException(field.key(), "must be at least " + field.minLength() + " characters");
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            throw new InvalidFormInputException(field.key(), "must match " + field.pattern());
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            throw new InvalidFormInputException(field.key(), "must be an e-mail address");
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
            throw new InvalidFormInputException(field.key(), "must be a phone number");
        }
        return text;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("The form's pattern " + pattern + " is not a regular expression", e);
        }
    }

    private static Number number(FormField field, Object value) {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new InvalidFormInputException(field.key(), "must be a number");
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        boolean whole = field.decimalDigits() != null && field.decimalDigits() == 0;
        if (whole && decimal.stripTrailingZeros().scale() > 0) {
            throw new InvalidFormInputException(field.key(), "must be a whole number");
        }
        if ((field.min() != null && decimal.doubleValue() < field.min()) || (field.max() != null && decimal.doubleValue() > field.max())) {
            throw new InvalidFormInputException(field.key(), "must be between " + bound(field.min()) + " and " + bound(field.max())
                    + ", got " + decimal.toPlainString());
        }
        return whole ? (Number) decimal.intValueExact() : (Number) decimal;
    }

    private static String bound(Double bound) {
        return bound == null ? "any" : new BigDecimal(bound).stripTrailingZeros().toPlainString();
    }

    private static String expected(FormField field) {
        return field.flag() ? "true or false" : field.numeric() ? "a number" : field.multiple() ? "a list of choices" : "text";
    }

    /** A submitted value without deserialising objects: a client's Java object is refused, never read. */
    private static Object plain(Map<String, ?> submitted, String key) {
        Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(key) : submitted.get(key);
        if (value instanceof ObjectValue || value instanceof FileValue) {
            return new Refused();
        }
        if (value instanceof SerializableValue json && !json.isDeserialized()) {
            // A Json value as a client sends it: its text, read as JSON (never as a Java object).
            try {
                return json.getValueSerialized() == null ? null : Spin.JSON(json.getValueSerialized());
            } catch (SpinRuntimeException notJson) {
                return new Refused();
            }
        }
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private record Refused() {
    }

    /** Read-only values compare by meaning: 35 equals 35.0, an empty text equals none, a JSON list a list. */
    static boolean same(Object shown, Object sent) {
        Object a = normal(shown);
        Object b = normal(sent);
        return a == null ? b == null : a.equals(b);
    }

    private static Object normal(Object value) {
        if (value == null || (value instanceof String text && text.isEmpty())) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        List<String> list = list(value);
        if (list != null) {
            return list.isEmpty() ? null : Set.copyOf(list);
        }
        return value;
    }

    private static List<String> list(Object value) {
        if (value instanceof SpinJsonNode json) {
            if (!json.isArray()) {
                return null;
            }
            List<String> items = new ArrayList<>();
            json.elements().forEach(element -> items.add(element.isString() ? element.stringValue() : element.toString()));
            return items;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return null;
    }
}
