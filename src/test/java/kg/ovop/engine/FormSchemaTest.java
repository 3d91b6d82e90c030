package kg.ovop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The server's reading of a Camunda Form: what a submission may carry and how each rule refuses. */
class FormSchemaTest {

    static final FormSchema FORM = FormSchema.parse("""
            {"id": "review", "components": [
              {"type": "textfield", "key": "applicationNumber", "readonly": true},
              {"type": "number", "key": "share", "readonly": true},
              {"type": "checklist", "key": "markets", "readonly": true, "values": [{"value": "KZ"}, {"value": "JP"}]},
              {"type": "group", "components": [
                {"type": "checkbox", "key": "noConflict", "validate": {"required": true}},
                {"type": "number", "key": "score", "decimalDigits": 0, "validate": {"required": true, "min": 0, "max": 45}}
              ]},
              {"type": "radio", "key": "decision", "validate": {"required": true},
               "values": [{"value": "accept"}, {"value": "reject"}]},
              {"type": "textarea", "key": "reason", "validate": {"required": true, "maxLength": 10},
               "conditional": {"hide": "=decision != \\"reject\\""}},
              {"type": "textfield", "key": "code", "validate": {"pattern": "^[0-9]{3}$"}}
            ]}""".getBytes(StandardCharsets.UTF_8));

    static final Map<String, Object> SHOWN = Map.of("applicationNumber", "OVOP-2026-000001", "share", 95,
            "markets", List.of("KZ", "JP"));

    /** "reason" is hidden unless the decision is "reject", as form-js would show it. */
    static final FormSchema.Conditions CONDITIONS = (expression, values) -> !"reject".equals(values.get("decision"));

    static Map<String, Object> valid(Object... overrides) {
        Map<String, Object> submission = new HashMap<>(Map.of("noConflict", true, "score", 30, "decision", "accept"));
        for (int i = 0; i < overrides.length; i += 2) {
            submission.put((String) overrides[i], overrides[i + 1]);
        }
        return submission;
    }

    static void refused(Map<String, Object> submission, String field, String problem) {
        assertThatThrownBy(() -> FORM.accept(submission, SHOWN, CONDITIONS)).isInstanceOf(InvalidFormInputException.class)
                .hasMessage(field + ": " + problem)
                .satisfies(e -> assertThat(((InvalidFormInputException) e).field()).isEqualTo(field));
    }

    @Test
    void editableFieldsComeBackTypedAndHiddenOnesAreLeftOut() {
        FormValues values = FORM.accept(valid("score", 30.0, "reason", "ignored while hidden", "code", " 123 "), SHOWN, CONDITIONS);

        assertThat(values.values()).containsOnlyKeys("noConflict", "score", "decision", "code");
        assertThat(values.whole("score")).isEqualTo(30);
        assertThat(values.text("code")).isEqualTo("123");
        assertThat(FORM.accept(valid("decision", "reject", "reason", "Not local"), SHOWN, CONDITIONS).text("reason"))
                .isEqualTo("Not local");
    }

    @Test
    void readOnlyFieldsMayComeBackUnchangedButNotChanged() {
        Map<String, Object> resent = valid("applicationNumber", "OVOP-2026-000001", "share", 95.0,
                "markets", Variables.untypedValue(List.of("JP", "KZ")));
        assertThat(FORM.accept(resent, SHOWN, CONDITIONS).values()).doesNotContainKeys("applicationNumber", "share", "markets");

        refused(valid("applicationNumber", "OVOP-2026-000002"), "applicationNumber", "is read-only here and cannot be changed; if the record changed while the form was open, reload the task");
        refused(valid("share", 100), "share", "is read-only here and cannot be changed; if the record changed while the form was open, reload the task");
        refused(valid("markets", List.of("KZ")), "markets", "is read-only here and cannot be changed; if the record changed while the form was open, reload the task");
    }

    @Test
    void anythingNotOnTheFormIsRefused() {
        refused(valid("marketingScore", 25), "marketingScore", "is not a field of the form 'review'");
    }

    @Test
    void eachRuleRefusesWithTheFieldNamed() {
        Map<String, Object> missing = valid();
        missing.remove("score");
        refused(missing, "score", "is required");
        refused(valid("noConflict", false), "noConflict", "must be ticked");
        refused(valid("noConflict", "yes"), "noConflict", "must be true or false");
        refused(valid("score", 46), "score", "must be between 0 and 45, got 46");
        refused(valid("score", -1), "score", "must be between 0 and 45, got -1");
        refused(valid("score", 1.5), "score", "must be a whole number");
        refused(valid("score", "30"), "score", "must be a number");
        refused(valid("decision", "maybe"), "decision", "must be one of [accept, reject], got 'maybe'");
        refused(valid("decision", "reject"), "reason", "is required");
        refused(valid("decision", "reject", "reason", "x".repeat(11)), "reason", "must be at most 10 characters");
        refused(valid("code", "12a"), "code", "must match ^[0-9]{3}$");
        refused(valid("code", 123), "code", "must be text");
        refused(valid("decision", "reject", "reason", "a\u0000b"), "reason", "must not contain a NUL character");
    }

    @Test
    void aJavaObjectIsRefusedWithoutBeingRead() {
        refused(valid("code", Variables.serializedObjectValue("\"/etc/passwd\"").objectTypeName("java.io.File")
                .serializationDataFormat("application/json").create()), "code", "must be text, not an object or file");
    }
}
