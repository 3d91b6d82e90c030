package kg.ovop.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.document.Checksums;
import kg.ovop.numbering.YearlyCounters;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;

/**
 * The certificate registry: issuing (idempotent per application, gap-free numbers per year),
 * lookups, the public search, and status changes with their history.
 */
@Service
public class CertificateRegistry {

    private static final Logger log = LoggerFactory.getLogger(CertificateRegistry.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COUNTER = "certificate";

    private final CertificateRepository repository;
    private final RegionDirectory regions;
    private final CertificateProperties properties;
    private final Clock clock;
    private final YearlyCounters counters;
    private final ApplicationEventPublisher events;

    public CertificateRegistry(CertificateRepository repository, RegionDirectory regions, CertificateProperties properties,
            Clock clock, YearlyCounters counters, ApplicationEventPublisher events) {
        this.repository = repository;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
        this.counters = counters;
        this.events = events;
    }

    /**
     * Issues the certificate of an application, or returns the one already issued for it. Runs in
     * the caller's transaction (the award job's), so a failure later in that job rolls the number
     * back with it and the retry gets the same number again.
     */
    @Transactional
    public Certificate issue(CertificateRequest request) {
        ProductCategory.fromCode(request.category());
        if (regions.find(request.regionCode()).isEmpty()) {
            throw new IllegalArgumentException("Unknown region '" + request.regionCode() + "'");
        }
        Optional<Certificate> existing = repository.findByApplication(request.applicationRef());
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int serial = counters.lockLast(COUNTER, year) + 1;
        // Issuers of the same year queue on the lock above; the one behind sees the first's certificate.
        existing = repository.findByApplication(request.applicationRef());
        if (existing.isPresent()) {
            return existing.get();
        }
        counters.use(COUNTER, year, serial);
        String number = String.format("KG-OVOP-%d-%06d", year, serial);
        // A renewal takes over the day after the certificate it renews expires: no gap, no overlap.
        LocalDate validFrom = Optional.ofNullable(request.replacesNumber()).flatMap(repository::findByNumber)
                .map(renewed -> renewed.expiresOn().plusDays(1)).filter(next -> next.isAfter(today)).orElse(today);
        long id = repository.insert(number, year, serial, request, validFrom,
                validFrom.plusMonths(properties.validityMonths()), newToken(), clock.instant());
        log.info("Issued certificate {} for application {}", number, request.applicationRef());
        Certificate issued = repository.findById(id).orElseThrow();
        repository.seal(id, seal(issued));
        return issued;
    }

    /** The checksum of what a certificate states: holder, product, place, stars, validity, token, what it renews. */
    static String seal(Certificate c) {
        return Checksums.ofFields(c.number(), c.applicationRef(), c.producerName(), c.productNameKy(), c.productNameRu(),
                c.productNameEn(), c.category(), c.regionCode(), c.district(), c.village(), c.stars(), c.issuedOn(), c.expiresOn(),
                c.verificationToken(), c.replacesNumber());
    }

    /**
     * Every certificate against the checksum recorded when it was issued; one issued before
     * checksums were kept gets its checksum recorded now.
     */
    @Transactional
    public List<Checksums.Finding> verifySeals() {
        List<Checksums.Finding> findings = new ArrayList<>();
        for (Map.Entry<Certificate, String> entry : repository.sealed()) {
            Certificate certificate = entry.getKey();
            String actual = seal(certificate);
            String subject = "certificate " + certificate.number();
            if (entry.getValue().isEmpty()) {
                repository.seal(certificate.id(), actual);
                findings.add(new Checksums.Finding(subject, Checksums.Outcome.recorded, null, actual));
            } else {
                findings.add(new Checksums.Finding(subject, entry.getValue().equals(actual) ? Checksums.Outcome.intact
                        : Checksums.Outcome.mismatch, entry.getValue(), actual));
            }
        }
        return findings;
    }

    public Optional<Certificate> findByNumber(String number) {
        return repository.findByNumber(number);
    }

    /** A lookup by the verification token without logging it as a verification (e.g. to render the PDF). */
    public Optional<Certificate> findByToken(String token) {
        return repository.findByToken(token);
    }

    public Optional<Certificate> findByApplication(String applicationRef) {
        return repository.findByApplication(applicationRef);
    }

    /**
     * Eligibility: a producer may not hold two valid certificates for the same product, except the
     * one a renewal replaces ({@code renewing}, or null).
     */
    public boolean hasValidCertificate(String taxpayerNumber, String productNameKy, String renewing) {
        return taxpayerNumber != null && repository.hasValidCertificate(taxpayerNumber, productNameKy, today(), renewing);
    }

    /** Eligibility: after a suspension or revocation, the same product waits the administrators' period. */
    public boolean inWaitingPeriod(String taxpayerNumber, String productNameKy) {
        Instant since = LocalDate.now(clock).minus(properties.reapplyWaitingPeriod()).atStartOfDay(clock.getZone()).toInstant();
        return taxpayerNumber != null && repository.suspendedOrRevokedSince(taxpayerNumber, productNameKy, since);
    }

    /** For a page of certificates: which were renewed, and by which number. */
    public Map<String, String> replacements(List<String> numbers) {
        return repository.replacements(numbers);
    }

    /** The certificate that took over from this one, once a renewal was awarded. */
    public Optional<Certificate> replacement(String number) {
        return repository.findReplacement(number);
    }

    /** Whether a renewal of this certificate may be applied for today: valid, and within the window before expiry. */
    public boolean renewable(Certificate certificate) {
        LocalDate today = today();
        return certificate.statusOn(today) == CertificateStatus.valid
                && !today.isBefore(certificate.expiresOn().minusDays(properties.renewalWindowDays()))
                && replacement(certificate.number()).isEmpty();
    }

    /** The first day a renewal may be applied for. */
    public LocalDate renewalOpensOn(Certificate certificate) {
        return certificate.expiresOn().minusDays(properties.renewalWindowDays());
    }

    public List<StatusChange> history(String number) {
        return repository.findByNumber(number).map(c -> repository.history(c.id())).orElse(List.of());
    }

    /** A public verification: logged whether the token is known or not. */
    @Transactional
    public Optional<Certificate> verify(String token, String clientAddress) {
        Optional<Certificate> certificate = repository.findByToken(token);
        CertificateStatus shown = certificate.map(c -> c.statusOn(today())).orElse(null);
        repository.logLookup(certificate.map(Certificate::id).orElse(null), shown, clientAddress, clock.instant());
        log.info("Verification lookup: {} ({})", certificate.map(Certificate::number).orElse("unknown token"),
                shown == null ? "not found" : shown);
        return certificate;
    }

    public RegistryPage search(RegistryQuery query) {
        return repository.search(query, today());
    }

    @Transactional
    public Certificate suspend(String number, String reason, String actor) {
        return change(number, CertificateStatus.suspended, reason, actor, CertificateStatus.valid);
    }

    @Transactional
    public Certificate reinstate(String number, String reason, String actor) {
        return change(number, CertificateStatus.valid, reason, actor, CertificateStatus.suspended);
    }

    @Transactional
    public Certificate revoke(String number, String reason, String actor) {
        return change(number, CertificateStatus.revoked, reason, actor, CertificateStatus.valid, CertificateStatus.suspended);
    }

    /** Writes down the expiry of every certificate past its date; run daily by {@link CertificateExpiry}. */
    @Transactional
    public int expireDue() {
        List<Long> due = repository.validExpiredBy(today());
        for (Long id : due) {
            repository.changeStatus(id, CertificateStatus.expired, "Validity period ended", "system", clock.instant());
        }
        return due.size();
    }

    private Certificate change(String number, CertificateStatus target, String reason, String actor,
            CertificateStatus... allowedFrom) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidStatusChangeException("reason", "A reason is required");
        }
        Certificate certificate = repository.findByNumber(number)
                .orElseThrow(() -> new CertificateNotFoundException(number));
        CertificateStatus current = certificate.statusOn(today());
        if (!List.of(allowedFrom).contains(current)) {
            throw new InvalidStatusChangeException("status",
                    "Certificate " + number + " is " + current + " and cannot become " + target);
        }
        repository.changeStatus(certificate.id(), target, reason.strip(), actor, clock.instant());
        log.info("Certificate {} is now {} ({}), by {}", number, target, reason.strip(), actor);
        Certificate changed = repository.findById(certificate.id()).orElseThrow();
        events.publishEvent(new CertificateStatusChanged(changed, current));
        return changed;
    }

    /** Expires one certificate on its date; nothing happens if it is already expired or revoked. */
    @Transactional
    public void expire(String number) {
        Certificate certificate = repository.findByNumber(number).orElseThrow(() -> new CertificateNotFoundException(number));
        boolean current = certificate.status() == CertificateStatus.valid || certificate.status() == CertificateStatus.suspended;
        if (current && today().isAfter(certificate.expiresOn())) {
            repository.changeStatus(certificate.id(), CertificateStatus.expired, "Validity period ended", "system",
                    clock.instant());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
