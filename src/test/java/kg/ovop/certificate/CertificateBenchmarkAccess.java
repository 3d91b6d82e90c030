package kg.ovop.certificate;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;

import kg.ovop.TestDatabases;
import kg.ovop.region.RegionDirectory;

/** Builds the renderer outside Spring for the benchmark (its fonts class is package-private). */
public final class CertificateBenchmarkAccess {

    private CertificateBenchmarkAccess() {
    }

    public static CertificatePdfRenderer renderer(Clock clock) {
        return new CertificatePdfRenderer(new CertificateFonts(), new RegionDirectory(new JdbcTemplate(TestDatabases.migratedH2())),
                new PublicLinks(new CertificateProperties(36, "https://ovop.example.kg", 90, java.time.Period.ofMonths(12))), clock);
    }
}
