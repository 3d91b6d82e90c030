package kg.ovop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kg.ovop.web.Language;

/**
 * Every reviewer form reads the same in Kyrgyz and Russian as in English: every text has a
 * translation, a translated form differs from the English one in its texts only (so the fields,
 * rules and conditions the server checks are the ones the reviewer saw), and placeholders and
 * links survive translation.
 */
class FormTranslationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEPT = Pattern.compile("\\{\\{[^}]*}}|\\]\\([^)]*\\)|^#+ |\\*\\*");
    private static final FormTranslations TRANSLATIONS = new FormTranslations();

    static Stream<Arguments> formsAndLanguages() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                cases.add(Arguments.of(form.getFileName().toString(), Language.ky));
                cases.add(Arguments.of(form.getFileName().toString(), Language.ru));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("formsAndLanguages")
    void everyTextIsTranslatedAndNothingElseChanges(String form, Language language) throws IOException {
        byte[] english = Files.readAllBytes(Path.of("forms", form));
        Map<String, String> catalogue = FormTranslations.catalogue(language);
        JsonNode original = JSON.readTree(english);
        JsonNode translated = JSON.readTree(TRANSLATIONS.translate(english, language));

        List<String> texts = texts(original);
        assertThat(texts).as("texts without a " + language + " translation").allMatch(catalogue::containsKey);
        for (String text : texts) {
            assertThat(kept(catalogue.get(text))).as("placeholders, links and markup of «" + text + "»").isEqualTo(kept(text));
        }
        assertThat(texts(translated)).as("every text replaced").doesNotContainAnyElementsOf(
                texts.stream().filter(t -> !t.equals(catalogue.get(t))).toList());
        assertThat(withoutTexts(translated)).as("same fields, rules and conditions").isEqualTo(withoutTexts(original));
        assertThat(FormSchema.parse(TRANSLATIONS.translate(english, language)).fields())
                .isEqualTo(FormSchema.parse(english).fields());
    }

    @ParameterizedTest(name = "Accept-Language {0} -> {1}")
    @CsvSource(delimiter = '|', value = {"ky-KG,ky;q=0.9,ru;q=0.8|ky", "ru-RU,ru;q=0.9,en;q=0.8|ru", "en-US,en;q=0.9|en",
            "de-DE,de;q=0.9|en", "de-DE,ru;q=0.5|ru", "''|en", "not a language list;;q=x|en"})
    void theBrowsersLanguagePicksTheForm(String acceptLanguage, Language expected) {
        assertThat(TranslatedTaskForms.language(acceptLanguage)).isEqualTo(expected);
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        collect(node.path("components"), texts);
        return texts;
    }

    private static void collect(JsonNode components, List<String> texts) {
        for (JsonNode component : components) {
            for (String property : FormTranslations.TEXTS) {
                if (component.path(property).isTextual()) {
                    texts.add(component.get(property).asText());
                }
            }
            component.path("values").forEach(option -> texts.add(option.path("label").asText()));
            collect(component.path("components"), texts);
        }
    }

    private static JsonNode withoutTexts(JsonNode form) {
        JsonNode copy = form.deepCopy();
        strip(copy.path("components"));
        return copy;
    }

    private static void strip(JsonNode components) {
        for (JsonNode component : components) {
            ((ObjectNode) component).remove(List.of(FormTranslations.TEXTS));
            component.path("values").forEach(option -> ((ObjectNode) option).remove("label"));
            strip(component.path("components"));
        }
    }

    private static List<String> kept(String text) {
        List<String> kept = new ArrayList<>();
        Matcher matcher = KEPT.matcher(text);
        while (matcher.find()) {
            kept.add(matcher.group());
        }
        return kept;
    }
}
