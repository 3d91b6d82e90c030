package kg.ovop.engine;

import java.util.List;

/**
 * One keyed component of a Camunda Form (form-js JSON), with the rules the browser applies to it.
 * {@code hide} is the FEEL condition under which the field is hidden (and then not submitted).
 */
public record FormField(String key, String type, boolean readonly, boolean required, Double min, Double max,
        Integer minLength, Integer maxLength, String pattern, String validationType, List<String> options,
        Integer decimalDigits, String hide) {

    public boolean numeric() {
        return "number".equals(type);
    }

    public boolean flag() {
        return "checkbox".equals(type);
    }

    /** Several values: checklist and taglist. */
    public boolean multiple() {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    /** One value of a fixed list: select and radio. */
    public boolean choice() {
        return "select".equals(type) || "radio".equals(type);
    }
}
