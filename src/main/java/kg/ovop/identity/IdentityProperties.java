package kg.ovop.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoUsers     create the demo users of the README (local profile only)
 * @param adminPassword password of the 'admin' user, from OVOP_ADMIN_PASSWORD in production
 */
@ConfigurationProperties("ovop.identity")
public record IdentityProperties(boolean demoUsers, String adminPassword) {
}
