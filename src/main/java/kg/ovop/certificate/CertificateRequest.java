package kg.ovop.certificate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kg.ovop.web.Language;

/** What the award step knows when it asks for a certificate. */
public record CertificateRequest(
        @NotBlank @Size(max = 64) String applicationRef,
        @NotBlank @Size(max = 200) String producerName,
        @Pattern(regexp = "\\d{14}") String producerTaxpayerNumber,
        @Email @Size(max = 200) String producerEmail,
        @NotNull Language producerLanguage,
        @NotBlank @Size(max = 200) String productNameKy,
        @NotBlank @Size(max = 200) String productNameRu,
        @Size(max = 200) String productNameEn,
        @NotBlank @Size(max = 32) String category,
        @NotBlank @Pattern(regexp = "KG-[A-Z]{1,2}") String regionCode,
        @NotBlank @Size(max = 100) String district,
        @NotBlank @Size(max = 100) String village,
        @Min(3) @Max(5) int stars,
        @Size(max = 32) String replacesNumber) {
}
