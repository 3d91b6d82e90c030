package kg.ovop.engine;

import java.util.List;
import java.util.Map;

/** The editable fields of a submitted form, checked against the form: typed, trimmed, hidden ones left out. */
public record FormValues(Map<String, Object> values) {

    public String text(String key) {
        return (String) values.get(key);
    }

    public Integer whole(String key) {
        Object value = values.get(key);
        return value == null ? null : ((Number) value).intValue();
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> choices(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<String>) value;
    }
}
