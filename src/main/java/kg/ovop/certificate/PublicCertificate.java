package kg.ovop.certificate;

import java.time.Instant;
import java.time.LocalDate;

import kg.ovop.config.TimeConfiguration;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.Region;
import kg.ovop.web.Language;

/**
 * What anyone may see of a certificate: no e-mail, no application reference, no token. The reason
 * is shown only for a suspension or revocation, which buyers need to understand.
 */
public record PublicCertificate(
        String number,
        CertificateStatus status,
        String statusReason,
        Instant statusSince,
        String productNameKy,
        String productNameRu,
        String productNameEn,
        String producerName,
        String category,
        String categoryName,
        String regionCode,
        String regionName,
        String district,
        String village,
        int stars,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String verificationPath,
        String renews,
        String renewedBy) {

    static PublicCertificate of(Certificate certificate, Region region, LocalDate today, Language language, String renewedBy) {
        CertificateStatus status = certificate.statusOn(today);
        boolean explained = status == CertificateStatus.suspended || status == CertificateStatus.revoked;
        // Expired by date but not yet written down by the nightly job: it has been expired since the day after expiry.
        Instant since = status != certificate.status()
                ? certificate.expiresOn().plusDays(1).atStartOfDay(TimeConfiguration.BISHKEK).toInstant()
                : certificate.statusChangedAt();
        return new PublicCertificate(certificate.number(), status, explained ? certificate.statusReason() : null, since,
                certificate.productNameKy(), certificate.productNameRu(), certificate.productNameEn(),
                certificate.producerName(), certificate.category(),
                ProductCategory.fromCode(certificate.category()).label(language), certificate.regionCode(),
                region.name(language), certificate.district(), certificate.village(), certificate.stars(),
                certificate.issuedOn(), certificate.expiresOn(), "/verify/" + certificate.verificationToken(),
                certificate.replacesNumber(), renewedBy);
    }

    /** The product name in the reader's language, falling back to Kyrgyz. */
    public String productName(Language language) {
        return language.pick(productNameKy, productNameRu, productNameEn);
    }
}
