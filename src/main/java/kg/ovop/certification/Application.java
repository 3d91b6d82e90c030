package kg.ovop.certification;

import java.time.Instant;

import kg.ovop.web.Language;

/** A brand application as stored in {@code ovop_application}. */
public record Application(
        long id,
        String number,
        String applicant,
        String processInstanceId,
        ApplicationStatus status,
        Instant statusChangedAt,
        String producerType,
        String producerName,
        String taxpayerNumber,
        String phone,
        String email,
        Language preferredLanguage,
        String regionCode,
        String district,
        String aiylAimak,
        String village,
        String productNameKy,
        String productNameRu,
        String productNameEn,
        String category,
        String description,
        String story,
        int localRawMaterialShare,
        int annualCapacity,
        String capacityUnit,
        String targetMarkets,
        boolean womenLed,
        boolean youthLed,
        boolean highMountain,
        boolean registeredBusiness,
        Integer recommendedStars,
        String certificateNumber,
        Instant createdAt,
        String replacesNumber) {

    /** The product name in the producer's language (Kyrgyz when English is missing). */
    public String productName(Language language) {
        return language.pick(productNameKy, productNameRu, productNameEn);
    }
}
