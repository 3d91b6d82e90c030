package kg.ovop.certificate;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param validityMonths how long a certificate is valid (domain default: 36 months)
 * @param publicBaseUrl  where the public site is reachable; the QR code points below it (empty: the running
 *                       server, see {@link PublicLinks})
 * @param renewalWindowDays how many days before expiry a renewal may be applied for
 * @param reapplyWaitingPeriod how long after a suspension or revocation the same product cannot be certified again
 */
@Validated
@ConfigurationProperties("ovop.certificate")
public record CertificateProperties(@Min(1) int validityMonths, String publicBaseUrl, @Min(1) int renewalWindowDays,
        @NotNull Period reapplyWaitingPeriod) {
}
