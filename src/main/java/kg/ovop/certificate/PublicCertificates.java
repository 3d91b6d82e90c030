package kg.ovop.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import kg.ovop.region.Region;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

/** The public face of the registry: verification and search, in the reader's language. */
@Service
public class PublicCertificates {

    private final CertificateRegistry registry;
    private final RegionDirectory regions;
    private final Clock clock;

    public PublicCertificates(CertificateRegistry registry, RegionDirectory regions, Clock clock) {
        this.registry = registry;
        this.regions = regions;
        this.clock = clock;
    }

    public Optional<PublicCertificate> verify(String token, String clientAddress, Language language) {
        return registry.verify(token, clientAddress).map(c -> PublicCertificate.of(c,
                regions.find(c.regionCode()).orElseThrow(), LocalDate.now(clock), language,
                registry.replacement(c.number()).map(Certificate::number).orElse(null)));
    }

    public PublicRegistryPage search(RegistryQuery query, Language language) {
        RegistryPage page = registry.search(query);
        Map<String, Region> byCode = regions.all().stream().collect(Collectors.toMap(Region::isoCode, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        Map<String, String> renewedBy = registry.replacements(page.items().stream().map(Certificate::number).toList());
        return new PublicRegistryPage(page.items().stream()
                .map(c -> PublicCertificate.of(c, byCode.get(c.regionCode()), today, language, renewedBy.get(c.number()))).toList(),
                page.page(), page.size(), page.total(), page.totalPages());
    }

    public record PublicRegistryPage(List<PublicCertificate> items, int page, int size, long total, int totalPages) {
    }
}
