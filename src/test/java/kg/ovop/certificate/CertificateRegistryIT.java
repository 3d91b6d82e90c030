package kg.ovop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.MutableClock;
import kg.ovop.TestEnvironment;
import kg.ovop.web.Language;

@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class CertificateRegistryIT {

    @Autowired
    CertificateRegistry registry;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    static CertificateRequest request(String applicationRef) {
        return new CertificateRequest(applicationRef, "Асел Жумабаева", "20101199000123", "asel@example.org", Language.ru,
                "Кургатылган өрүк", "Курага", "Dried apricots", "food", "KG-B", "Баткен району", "Кара-Бак", 4, null);
    }

    static String newApplication() {
        return "OVOP-TEST-" + UUID.randomUUID().toString().substring(0, 18);
    }

    @Test
    void issuesNumberedCertificateValidThirtySixMonths() {
        LocalDate today = LocalDate.now(clock);
        Certificate certificate = registry.issue(request(newApplication()));

        assertThat(certificate.number()).matches("KG-OVOP-" + today.getYear() + "-\\d{6}");
        assertThat(certificate.issuedOn()).isEqualTo(today);
        assertThat(certificate.expiresOn()).isEqualTo(today.plusMonths(36));
        assertThat(certificate.status()).isEqualTo(CertificateStatus.valid);
        assertThat(certificate.verificationToken()).hasSize(32).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void askingTwiceForOneApplicationGivesTheSameCertificate() {
        String application = newApplication();
        Certificate first = registry.issue(request(application));
        Certificate second = registry.issue(request(application));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void consecutiveIssuesGetConsecutiveNumbers() {
        Certificate a = registry.issue(request(newApplication()));
        Certificate b = registry.issue(request(newApplication()));

        assertThat(serial(b)).isEqualTo(serial(a) + 1);
    }

    @Test
    void concurrentIssuingForDifferentApplicationsYieldsDistinctGapFreeNumbers() throws Exception {
        TestEnvironment.requirePostgres("concurrent numbering relies on PostgreSQL row locks");
        List<Callable<Certificate>> issuers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String application = newApplication();
            issuers.add(() -> registry.issue(request(application)));
        }

        List<Certificate> issued = runTogether(issuers);

        List<Integer> serials = issued.stream().map(CertificateRegistryIT::serial).sorted().toList();
        assertThat(Set.copyOf(serials)).hasSize(24);
        assertThat(serials.get(23) - serials.get(0)).as("no gaps").isEqualTo(23);
    }

    @Test
    void concurrentIssuingForOneApplicationYieldsOneCertificate() throws Exception {
        TestEnvironment.requirePostgres("concurrent idempotency relies on PostgreSQL row locks");
        String application = newApplication();
        List<Callable<Certificate>> issuers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            issuers.add(() -> registry.issue(request(application)));
        }

        List<Certificate> issued = runTogether(issuers);

        assertThat(issued.stream().map(Certificate::number).collect(Collectors.toSet())).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ovop_certificate WHERE application_ref = ?", Integer.class,
                application)).isEqualTo(1);
        assertThat(serial(registry.issue(request(newApplication())))).as("the losers used no number")
                .isEqualTo(serial(issued.get(0)) + 1);
    }

    @Test
    void suspendReinstateAndRevokeAreRecordedWithReasonAndActor() {
        Certificate certificate = registry.issue(request(newApplication()));

        registry.suspend(certificate.number(), "Lab found mould in batch 12", "admin");
        assertThat(registry.findByNumber(certificate.number()).orElseThrow().status()).isEqualTo(CertificateStatus.suspended);
        registry.reinstate(certificate.number(), "New lab results are clean", "admin");
        Certificate revoked = registry.revoke(certificate.number(), "Product is imported, not local", "admin");

        assertThat(revoked.status()).isEqualTo(CertificateStatus.revoked);
        assertThat(revoked.statusReason()).isEqualTo("Product is imported, not local");
        assertThat(registry.history(certificate.number())).extracting(StatusChange::status, StatusChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CertificateStatus.suspended, "admin"),
                        org.assertj.core.groups.Tuple.tuple(CertificateStatus.valid, "admin"),
                        org.assertj.core.groups.Tuple.tuple(CertificateStatus.revoked, "admin"));
    }

    @Test
    void statusChangesNeedAReasonAndAllowedStartingPoint() {
        Certificate certificate = registry.issue(request(newApplication()));

        assertThatThrownBy(() -> registry.suspend(certificate.number(), " ", "admin"))
                .isInstanceOf(InvalidStatusChangeException.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> registry.reinstate(certificate.number(), "why not", "admin"))
                .isInstanceOf(InvalidStatusChangeException.class).hasMessageContaining("is valid");
        registry.revoke(certificate.number(), "Fraud", "admin");
        assertThatThrownBy(() -> registry.suspend(certificate.number(), "again", "admin"))
                .isInstanceOf(InvalidStatusChangeException.class).hasMessageContaining("is revoked");
        assertThatThrownBy(() -> registry.revoke("KG-OVOP-1999-000001", "none", "admin"))
                .isInstanceOf(CertificateNotFoundException.class);
    }

    @Test
    void certificatesExpireOnTheirDateWithoutManualWork() {
        Certificate certificate = registry.issue(request(newApplication()));
        clock.advance(Duration.ofDays(3 * 366));
        try {
            assertThat(registry.verify(certificate.verificationToken(), "127.0.0.1").orElseThrow()
                    .statusOn(LocalDate.now(clock))).isEqualTo(CertificateStatus.expired);

            assertThat(registry.expireDue()).isGreaterThanOrEqualTo(1);

            Certificate expired = registry.findByNumber(certificate.number()).orElseThrow();
            assertThat(expired.status()).isEqualTo(CertificateStatus.expired);
            assertThat(registry.history(certificate.number())).extracting(StatusChange::changedBy).containsExactly("system");
        } finally {
            clock.advance(Duration.ofDays(-3 * 366));
        }
    }

    @Test
    void everyVerificationIsLogged() {
        Certificate certificate = registry.issue(request(newApplication()));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM ovop_verification_lookup", Integer.class);

        registry.verify(certificate.verificationToken(), "10.1.2.3");
        registry.verify("no-such-token", "10.1.2.4");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ovop_verification_lookup", Integer.class)).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("SELECT status_shown FROM ovop_verification_lookup WHERE certificate_id = ?",
                String.class, certificate.id())).isEqualTo("valid");
    }

    @Test
    void aForwardedAddressLongerThanTheColumnIsCutNotAnError() {
        Certificate certificate = registry.issue(request(newApplication()));
        // Behind a trusted proxy the address is the proxy's word: a whole X-Forwarded-For chain may arrive.
        String chain = "203.0.113.7, ".repeat(20) + "10.0.0.1";

        assertThat(registry.verify(certificate.verificationToken(), chain)).isPresent();

        assertThat(jdbc.queryForObject("SELECT client_address FROM ovop_verification_lookup WHERE certificate_id = ?",
                String.class, certificate.id())).isEqualTo(chain.substring(0, 64));
    }

    @Test
    void unknownCategoryOrRegionIsRefused() {
        CertificateRequest base = request(newApplication());
        assertThatThrownBy(() -> registry.issue(new CertificateRequest(base.applicationRef(), base.producerName(),
                base.producerTaxpayerNumber(), base.producerEmail(), base.producerLanguage(), base.productNameKy(), base.productNameRu(),
                base.productNameEn(), "weapons", base.regionCode(), base.district(), base.village(), 4, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weapons");
        assertThatThrownBy(() -> registry.issue(new CertificateRequest(base.applicationRef(), base.producerName(),
                base.producerTaxpayerNumber(), base.producerEmail(), base.producerLanguage(), base.productNameKy(), base.productNameRu(),
                base.productNameEn(), "food", "KG-ZZ", base.district(), base.village(), 4, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KG-ZZ");
        assertThat(registry.findByApplication(base.applicationRef())).isEmpty();
    }

    static int serial(Certificate certificate) {
        return Integer.parseInt(certificate.number().substring(certificate.number().lastIndexOf('-') + 1));
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
