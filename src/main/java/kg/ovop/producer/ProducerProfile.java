package kg.ovop.producer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kg.ovop.certification.ApplicationForm;
import kg.ovop.web.Language;

/** Who the producer is and where: filled once, copied into each new application. */
public record ProducerProfile(
        @NotBlank @Pattern(regexp = "individual-entrepreneur|farmer-household|cooperative|company") String producerType,
        @NotBlank @Size(max = 200) String producerName,
        @NotBlank @Pattern(regexp = ApplicationForm.TAXPAYER_PATTERN, message = "{apply.taxpayerNumber.invalid}") String taxpayerNumber,
        @NotBlank @Pattern(regexp = ApplicationForm.PHONE_PATTERN, message = "{apply.phone.invalid}") String phone,
        @NotBlank @Email @Size(max = 200) String email,
        @NotNull Language preferredLanguage,
        @NotBlank @Size(max = 8) String region,
        @NotBlank @Size(max = 100) String district,
        @NotBlank @Size(max = 100) String aiylAimak,
        @NotBlank @Size(max = 100) String village) {

    /** Phone and taxpayer numbers as people type them are tidied, not refused. */
    public ProducerProfile {
        taxpayerNumber = ApplicationForm.tidyTaxpayerNumber(taxpayerNumber);
        phone = ApplicationForm.tidyPhone(phone);
    }

}
