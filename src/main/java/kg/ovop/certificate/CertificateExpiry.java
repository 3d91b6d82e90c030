package kg.ovop.certificate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes down expiries every night. Verification never waits for it: a valid certificate past
 * its date already shows as expired ({@link Certificate#statusOn}).
 */
@Component
class CertificateExpiry {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);

    private final CertificateRegistry registry;

    CertificateExpiry(CertificateRegistry registry) {
        this.registry = registry;
    }

    @Scheduled(cron = "${ovop.certificate.expiry-cron:0 5 0 * * *}", zone = "Asia/Bishkek")
    void expireDue() {
        int expired = registry.expireDue();
        if (expired > 0) {
            log.info("{} certificates expired", expired);
        }
    }
}
