package kg.ovop.certificate;

import java.time.Instant;
import java.time.LocalDate;

import kg.ovop.web.Language;

/** A brand certificate as the registry holds it. */
public record Certificate(
        long id,
        String number,
        String applicationRef,
        String producerName,
        String producerEmail,
        Language producerLanguage,
        String productNameKy,
        String productNameRu,
        String productNameEn,
        String category,
        String regionCode,
        String district,
        String village,
        int stars,
        LocalDate issuedOn,
        LocalDate expiresOn,
        CertificateStatus status,
        String statusReason,
        Instant statusChangedAt,
        String verificationToken,
        String replacesNumber) {

    /** The product name in a reader's language; Kyrgyz where no English name was given. */
    public String productName(Language language) {
        return language.pick(productNameKy, productNameRu, productNameEn);
    }

    /**
     * The status a verifier must see today: a valid certificate past its expiry date is expired
     * even before the nightly job has written that down.
     */
    public CertificateStatus statusOn(LocalDate today) {
        if (status == CertificateStatus.valid && today.isAfter(expiresOn)) {
            return CertificateStatus.expired;
        }
        return status;
    }
}
