package kg.ovop.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * @param validityMonths how long a certificate is valid (domain default: 36 months)
 * @param publicBaseUrl  where the public site is reachable; the QR code points below it (empty: the running
 *                       server, see {@link PublicLinks})
 */
@Validated
@ConfigurationProperties("ovop.certificate")
public record CertificateProperties(@Min(1) int validityMonths, String publicBaseUrl) {
}
