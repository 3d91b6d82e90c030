package kg.ovop.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a production start before any connection is attempted when a setting that has no safe
 * default is missing, and names every missing one at once instead of the first placeholder.
 */
public class RequiredSettings implements EnvironmentPostProcessor {

    static final String PRODUCTION_PROFILE = "postgres";
    static final String LOCAL_PROFILE = "local";

    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("DB_URL", "JDBC URL of the PostgreSQL database, e.g. jdbc:postgresql://db:5432/ovop");
        REQUIRED.put("DB_USER", "database user");
        REQUIRED.put("DB_PASSWORD", "database password");
        REQUIRED.put("OVOP_ADMIN_PASSWORD", "password of the 'admin' user (camunda-admin, ovop-admin)");
        REQUIRED.put("OVOP_PUBLIC_BASE_URL", "public address of the site, e.g. https://ovop.kg; certificate QR codes point there");
        REQUIRED.put("SMTP_HOST", "SMTP server for e-mail to producers and reviewers");
        REQUIRED.put("OVOP_MAIL_FROM", "sender address of the e-mails, e.g. OVOP <no-reply@ovop.kg>");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            refuseToServeOthers(environment);
        }
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        Map<String, String> missing = new LinkedHashMap<>();
        REQUIRED.forEach((name, meaning) -> {
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                missing.put(name, meaning);
            }
        });
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(PRODUCTION_PROFILE, missing);
        }
    }

    /** The local run has demo accounts with the password "demo": it listens on this machine only. */
    private static void refuseToServeOthers(ConfigurableEnvironment environment) {
        String address = environment.getProperty("server.address");
        if (address != null && !address.isBlank() && loopback(address)) {
            return;
        }
        // No address at all would listen on every interface.
        String where = address == null || address.isBlank() ? "every address (server.address is empty)" : "server.address " + address;
        throw new MissingSettingsException("The local profile has demo accounts (password 'demo') and serves this machine "
                + "only, not " + where + ". To serve others, run SPRING_PROFILES_ACTIVE=" + PRODUCTION_PROFILE
                + " with the production settings (README).", List.of("server.address"));
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
