package kg.ovop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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

    /** A multipart upload of one document, as the portal's form or an integrator sends it. */
    public static HttpEntity<MultiValueMap<String, Object>> document(String kind, String fileName, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("kind", kind);
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
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
