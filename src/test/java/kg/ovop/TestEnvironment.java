package kg.ovop;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * What the machine offers the tests. PostgreSQL is used when OVOP_TEST_DB_URL is set (README,
 * "Tests"); otherwise H2 in memory. With CI=true a missing PostgreSQL or Chromium fails the build
 * instead of skipping, so CI can never pass without exercising them.
 */
public final class TestEnvironment {

    public static final String DB_URL = "OVOP_TEST_DB_URL";
    public static final Path CHROMIUM = Path.of(env("OVOP_TEST_CHROMIUM").orElse("/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(env("OVOP_TEST_CHROMEDRIVER").orElse("/usr/bin/chromedriver"));

    private TestEnvironment() {
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static Optional<String> postgresUrl() {
        Optional<String> url = env(DB_URL);
        if (url.isEmpty() && ci()) {
            fail("CI=true but " + DB_URL + " is not set: CI must run the tests on PostgreSQL (see .ci/run)");
        }
        return url;
    }

    /** For tests whose point is PostgreSQL behaviour (locking, concurrency): skipped, loudly, without it. */
    public static void requirePostgres(String why) {
        if (postgresUrl().isEmpty()) {
            String message = "SKIPPED (no PostgreSQL): " + why + ". Set " + DB_URL + " to run it.";
            System.out.println(message);
            Assumptions.abort(message);
        }
    }

    public static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if (ci()) {
                fail("CI=true: " + message);
            }
            System.out.println("SKIPPED (no Chromium): " + message);
            Assumptions.abort(message);
        }
    }

    public static String databaseDescription() {
        return postgresUrl().map(url -> "PostgreSQL " + url).orElse("H2 in memory (set " + DB_URL + " for PostgreSQL)");
    }

    private static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
