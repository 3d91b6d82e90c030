package kg.ovop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Request bodies for the tests' HTTP calls. */
public final class RestCalls {

    private RestCalls() {
    }

    public static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    public static HttpEntity<Void> accept(MediaType type, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return new HttpEntity<>(headers);
    }

    /** Variables as /engine-rest takes them; lists become Json values, as Tasklist stores multi-selects. */
    public static Map<String, Object> engineVariables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                variables.put(name, Map.of("value", list.stream().map(v -> "\"" + v + "\"").toList().toString(), "type", "Json"));
            } else if (value != null) {
                variables.put(name, Map.of("value", value));
            }
        });
        return variables;
    }
}
