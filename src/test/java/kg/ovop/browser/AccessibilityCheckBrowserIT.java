package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The axe-core check the browser tests rely on finds violations when there are some. */
class AccessibilityCheckBrowserIT {

    static String page(String body) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode("<!doctype html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><main><h1>Check</h1>" + body + "</main></body></html>", StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void anImageWithoutTextAndAnUnlabelledFieldAreReported() {
        try (Browser browser = Browser.open()) {
            browser.go(page("<img src=\"x.png\"><input type=\"text\"><p style=\"color:#aaa;background:#fff\">faint</p>"));
            assertThat(browser.accessibilityViolations())
                    .anySatisfy(v -> assertThat(v).startsWith("image-alt"))
                    .anySatisfy(v -> assertThat(v).startsWith("label"))
                    .anySatisfy(v -> assertThat(v).startsWith("color-contrast"));
            assertThatThrownBy(() -> browser.assertAccessible("axe-self-check")).hasMessageContaining("image-alt");
        }
    }

    @Test
    void aCleanPagePasses() {
        try (Browser browser = Browser.open()) {
            browser.go(page("<label for=\"n\">Name</label><input id=\"n\" type=\"text\"><img src=\"x.png\" alt=\"Felt\">"));
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
