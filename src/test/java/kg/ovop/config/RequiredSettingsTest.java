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
