package kg.ovop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

class ProcessResourceDeployerTest {

    @Test
    void findsEveryProcessAndFormUnderItsClasspathName() {
        assertThat(ProcessResourceDeployer.findResources()).containsKeys(
                "processes/brand-certification.bpmn",
                "forms/review-quality.form",
                "forms/screen-application.form",
                "forms/provide-information.form");
    }

    @Test
    void namesAreTheSameExplodedAndInsideTheBootJar() throws Exception {
        UrlResource exploded = new UrlResource(new URL("file:/srv/ovop/target/classes/forms/review-by-agency.form"));
        UrlResource inJar = new UrlResource(new URL("jar:file:/srv/ovop.jar!/BOOT-INF/classes!/forms/review-by-agency.form"));

        assertThat(ProcessResourceDeployer.relativeName(exploded, "forms")).isEqualTo("forms/review-by-agency.form");
        assertThat(ProcessResourceDeployer.relativeName(inJar, "forms")).isEqualTo("forms/review-by-agency.form");
    }
}
