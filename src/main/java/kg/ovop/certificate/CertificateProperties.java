package kg.ovop.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * @param validityMonths how long a certificate is valid (domain default: 36 months)
 * @param publicBaseUrl  where the public site is reachable; the QR code points below it
 */
@Validated
@ConfigurationProperties("ovop.certificate")
public record CertificateProperties(@Min(1) int validityMonths, @NotBlank String publicBaseUrl) {

    public String verificationUrl(String token) {
        return publicBaseUrl.replaceAll("/+$", "") + "/verify/" + token;
    }
}
