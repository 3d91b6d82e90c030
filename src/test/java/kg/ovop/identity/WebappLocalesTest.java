package kg.ovop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Kyrgyz and Russian translations we ship for Camunda's webapps: every key of Camunda's own
 * English file (read from the webjar on the classpath, so an upgrade that adds keys fails here)
 * has a translation that keeps its placeholders and markup, and each app offers both languages.
 */
class WebappLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern MARKUP = Pattern.compile("\\{\\{[^}]*}}|</?[a-zA-Z][^>]*>|&[a-z]+;");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"tasklist, ky", "tasklist, ru", "welcome, ky", "welcome, ru", "admin, ky", "admin, ru", "cockpit, ky", "cockpit, ru"})
    void everyEnglishLabelIsTranslated(String app, String language) throws IOException {
        JsonNode english = read(APPS + app + "/locales/en.json");
        JsonNode translated = read(APPS + app + "/locales/" + language + ".json");

        List<String> missing = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        compare("", english, translated, missing, broken);

        assertThat(missing).as("keys without a translation").isEmpty();
        assertThat(broken).as("translations that lost a placeholder or tag").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void eachAppOffersKyrgyzAndRussian(String app) throws IOException {
        String config = new String(resource(APPS + app + "/scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config).containsPattern("availableLocales:\\s*\\['en', 'de', 'ru', 'ky']").contains("fallbackLocale: 'en'");
    }

    private static void compare(String path, JsonNode english, JsonNode translated, List<String> missing, List<String> broken) {
        if (english.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = english.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = translated == null ? null : translated.get(field.getKey());
                compare(path + "/" + field.getKey(), field.getValue(), other, missing, broken);
            }
        } else if (english.isArray()) {
            if (translated == null || !translated.isArray() || translated.size() != english.size()) {
                missing.add(path);
            }
        } else if (translated == null || translated.asText().isBlank() != english.asText().isBlank()) {
            missing.add(path);
        } else if (!markup(english.asText()).equals(markup(translated.asText()))) {
            broken.add(path);
        }
    }

    private static List<String> markup(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MARKUP.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            // Camunda's own files start with a byte order mark.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return JSON.readTree(text);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
