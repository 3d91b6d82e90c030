package kg.ovop.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kg.ovop.web.Language;

/**
 * Camunda Forms have no translations, so each form is written once, in English (keys, types,
 * rules, conditions: what the server checks), and shown in Kyrgyz or Russian by replacing only its
 * texts: labels, descriptions, markdown texts and option labels, looked up in
 * {@code forms/translations/<language>.json} by their English wording. A text with no entry stays
 * English (a test keeps the catalogues complete).
 */
@Component
public class FormTranslations {

    /** The properties of a form component that people read. */
    static final String[] TEXTS = {"label", "description", "text", "placeholder"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Language, Map<String, String>> catalogues = new EnumMap<>(Language.class);

    public FormTranslations() {
        for (Language language : Language.values()) {
            if (language != Language.en) {
                catalogues.put(language, catalogue(language));
            }
        }
    }

    /** The catalogue of a language: English wording to translation. */
    public static Map<String, String> catalogue(Language language) {
        String name = "forms/translations/" + language.name() + ".json";
        try (InputStream in = FormTranslations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing form translations " + name);
            }
            return JSON.readValue(in, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** The form with its texts in the language; the same bytes for English. */
    public byte[] translate(byte[] form, Language language) throws IOException {
        Map<String, String> catalogue = catalogues.get(language);
        if (catalogue == null) {
            return form;
        }
        JsonNode root = JSON.readTree(form);
        translate(root.path("components"), catalogue);
        return JSON.writeValueAsBytes(root);
    }

    private static void translate(JsonNode components, Map<String, String> catalogue) {
        for (JsonNode component : components) {
            if (component instanceof ObjectNode node) {
                for (String property : TEXTS) {
                    replace(node, property, catalogue);
                }
                for (JsonNode value : node.path("values")) {
                    if (value instanceof ObjectNode option) {
                        replace(option, "label", catalogue);
                    }
                }
                translate(node.path("components"), catalogue);
            }
        }
    }

    private static void replace(ObjectNode node, String property, Map<String, String> catalogue) {
        JsonNode text = node.get(property);
        if (text != null && text.isTextual() && catalogue.containsKey(text.asText())) {
            node.put(property, catalogue.get(text.asText()));
        }
    }
}
