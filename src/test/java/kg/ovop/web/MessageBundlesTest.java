package kg.ovop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kg.ovop.certification.AgencyOffice;
import kg.ovop.identity.OvopGroup;
import kg.ovop.notification.MailKind;

/**
 * Every page and e-mail text exists in Kyrgyz, Russian and English with the same placeholders,
 * and every name a page shows from the model (stages, groups, mail kinds) has its translation.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ky", "_ru"})
    void everyTextIsTranslatedWithTheSamePlaceholders(String suffix) throws IOException {
        Properties english = bundle("");
        Properties other = bundle(suffix);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        assertThat(missing).as("English keys without a translation in messages" + suffix).isEmpty();
        Set<String> extra = other.stringPropertyNames().stream()
                .filter(key -> !english.containsKey(key) && !key.startsWith("activity.")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(extra).as("keys only in messages" + suffix + " (the English fallback would be missing)").isEmpty();
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(other.getProperty(key))).as(key + " in messages" + suffix)
                    .isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ky", "_ru"})
    void everyStageOfBothProcessesHasAName(String suffix) throws IOException {
        Properties other = bundle(suffix);
        Set<String> ids = new TreeSet<>();
        for (String file : new String[] {"processes/brand-certification.bpmn", "processes/certificate-lifecycle.bpmn",
                "processes/development-grant.bpmn"}) {
            Matcher element = Pattern.compile("<bpmn:(?!sequenceFlow|process|message\\b|extensionElements)\\w+ id=\"([A-Za-z]+_\\w+)\" name=\"")
                    .matcher(Files.readString(Path.of(file)));
            while (element.find()) {
                ids.add(element.group(1));
            }
        }
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(other.getProperty("activity." + id)).as(id + suffix).isNotBlank());
    }

    @Test
    void everyGroupAndMailKindHasItsTexts() throws IOException {
        for (String suffix : new String[] {"", "_ky", "_ru"}) {
            Properties texts = bundle(suffix);
            for (OvopGroup group : OvopGroup.values()) {
                assertThat(texts.getProperty("group." + group.id())).as(group.id() + suffix).isNotBlank();
            }
            for (AgencyOffice office : AgencyOffice.values()) {
                assertThat(texts.getProperty("group." + office.groupId())).as(office.groupId() + suffix).isNotBlank();
            }
            // Every feature's kinds of message.
            for (MailKind kind : java.util.stream.Stream.of(kg.ovop.certification.BrandMail.values(),
                    kg.ovop.portal.AccountMail.values(), kg.ovop.grant.GrantMail.values()).flatMap(java.util.Arrays::stream).toList()) {
                assertThat(texts.getProperty("outbox.kind." + kind.name())).as(kind + suffix).isNotBlank();
                assertThat(texts.getProperty("mail." + kind.key() + ".subject")).as(kind + " subject" + suffix).isNotBlank();
                assertThat(texts.getProperty("mail." + kind.key() + ".body")).as(kind + " body" + suffix).isNotBlank();
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text == null ? "" : text);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }
}
