package kg.ovop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class RequiredSettingsTest {

    private final RequiredSettings check = new RequiredSettings();

    @Test
    void productionStartWithoutSettingsNamesEveryMissingVariable() {
        MockEnvironment environment = new MockEnvironment().withProperty("DB_URL", "jdbc:postgresql://db/ovop");
        environment.setActiveProfiles("postgres");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("DB_USER").hasMessageContaining("DB_PASSWORD")
                .hasMessageContaining("OVOP_ADMIN_PASSWORD").hasMessageNotContaining("DB_URL (");
    }

    @Test
    void theLocalRunWithItsDemoAccountsServesThisMachineOnly() {
        MockEnvironment everywhere = new MockEnvironment().withProperty("server.address", "0.0.0.0");
        everywhere.setDefaultProfiles("local");
        assertThatThrownBy(() -> check.postProcessEnvironment(everywhere, new SpringApplication()))
                .isInstanceOf(MissingSettingsException.class).hasMessageContaining("SPRING_PROFILES_ACTIVE=postgres")
                .hasMessageContaining("0.0.0.0");

        for (String blank : new String[] {"", " "}) {
            MockEnvironment unset = new MockEnvironment().withProperty("server.address", blank);
            unset.setDefaultProfiles("local");
            assertThatThrownBy(() -> check.postProcessEnvironment(unset, new SpringApplication()))
                    .as("an empty address listens everywhere").isInstanceOf(MissingSettingsException.class)
                    .hasMessageContaining("every address");
        }
        MockEnvironment unset = new MockEnvironment();
        unset.setDefaultProfiles("local");
        assertThatThrownBy(() -> check.postProcessEnvironment(unset, new SpringApplication())).isInstanceOf(MissingSettingsException.class);

        for (String loopback : new String[] {"127.0.0.1", "localhost", "::1"}) {
            MockEnvironment local = new MockEnvironment().withProperty("server.address", loopback);
            local.setDefaultProfiles("local");
            check.postProcessEnvironment(local, new SpringApplication());
        }
    }

    @Test
    void productionSendsTheSessionCookieOverHttpsOnly() throws Exception {
        var sources = new org.springframework.boot.env.YamlPropertySourceLoader().load("postgres",
                new org.springframework.core.io.ClassPathResource("application-postgres.yaml"));
        MockEnvironment environment = new MockEnvironment();
        sources.forEach(environment.getPropertySources()::addFirst);

        assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
    }

    @Test
    void blankValuesCountAsMissing() {
        MockEnvironment environment = complete().withProperty("OVOP_ADMIN_PASSWORD", " ");
        environment.setActiveProfiles("postgres");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(MissingSettingsException.class)
                .satisfies(e -> assertThat(((MissingSettingsException) e).names()).containsExactly("OVOP_ADMIN_PASSWORD"));
    }

    @Test
    void completeProductionSettingsPass() {
        MockEnvironment environment = complete();
        environment.setActiveProfiles("postgres");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void localDefaultNeedsNothing() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void failureReportTellsWhatToSet() {
        MissingSettingsException missing = new MissingSettingsException("postgres",
                java.util.Map.of("OVOP_ADMIN_PASSWORD", "password of the 'admin' user"));

        FailureAnalysis analysis = new MissingSettingsFailureAnalyzer().analyze(missing);

        assertThat(analysis.getDescription()).contains("OVOP_ADMIN_PASSWORD (password of the 'admin' user)");
        assertThat(analysis.getAction()).startsWith("Set OVOP_ADMIN_PASSWORD in the environment");
    }

    private static MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty("DB_URL", "jdbc:postgresql://db/ovop")
                .withProperty("DB_USER", "ovop")
                .withProperty("DB_PASSWORD", "secret")
                .withProperty("OVOP_ADMIN_PASSWORD", "secret")
                .withProperty("OVOP_PUBLIC_BASE_URL", "https://ovop.kg")
                .withProperty("SMTP_HOST", "smtp.ovop.kg")
                .withProperty("OVOP_MAIL_FROM", "OVOP <no-reply@ovop.kg>");
    }
}
