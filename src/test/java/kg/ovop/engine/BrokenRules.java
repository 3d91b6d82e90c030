package kg.ovop.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Submissions that each break one rule of one editable field of a form, and nothing else: the
 * field's type always, then each rule it declares (required, min, max, whole number, length,
 * pattern, option). Each starts from a valid submission in which the field is shown.
 */
public final class BrokenRules {

    /** One submission and the field whose rule it breaks. */
    public record Breach(String field, Map<String, Object> submission) {
    }

    private static final Object ABSENT = new Object();

    private BrokenRules() {
    }

    /**
     * @param valid valid submissions of the form, so that each editable field is shown in at least one
     *              (a field hidden by another's choice is tried on a submission that shows it)
     */
    public static List<Breach> of(FormSchema form, List<Map<String, Object>> valid, FormSchema.Conditions conditions) {
        List<Breach> breaches = new ArrayList<>();
        for (FormField field : form.fields().values()) {
            if (field.readonly()) {
                continue;
            }
            Map<String, Object> base = valid.stream().filter(submission -> shown(field, submission, conditions)).findFirst()
                    .orElseThrow(() -> new AssertionError("no valid " + form.id() + " submission shows " + field.key()));
            for (Object wrong : violations(field)) {
                Map<String, Object> submission = new HashMap<>(base);
                if (wrong == ABSENT) {
                    submission.remove(field.key());
                } else {
                    submission.put(field.key(), wrong);
                }
                breaches.add(new Breach(field.key(), submission));
            }
        }
        return breaches;
    }

    private static boolean shown(FormField field, Map<String, Object> submission, FormSchema.Conditions conditions) {
        return field.hide() == null || !conditions.holds(field.hide(), new HashMap<>(submission));
    }

    private static List<Object> violations(FormField field) {
        List<Object> wrong = new ArrayList<>();
        wrong.add(field.numeric() ? "not a number" : field.flag() ? "yes" : field.multiple() ? "KZ" : 12);
        if (field.required()) {
            wrong.add(field.flag() ? Boolean.FALSE : ABSENT);
        }
        if (field.min() != null) {
            wrong.add(Math.floor(field.min()) < field.min() ? 0 : (int) (field.min() - 1));
        }
        if (field.max() != null) {
            wrong.add((int) (field.max() + 1));
        }
        if (field.decimalDigits() != null && field.decimalDigits() == 0) {
            wrong.add(1.5);
        }
        if (field.maxLength() != null) {
            wrong.add("x".repeat(field.maxLength() + 1));
        }
        if (field.pattern() != null) {
            wrong.add("!");
        }
        if (field.choice()) {
            wrong.add("not-an-option");
        }
        return wrong;
    }
}
