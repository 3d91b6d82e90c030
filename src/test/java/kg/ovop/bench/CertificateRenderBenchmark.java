package kg.ovop.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateBenchmarkAccess;
import kg.ovop.certificate.CertificatePdfRenderer;
import kg.ovop.certificate.CertificateStatus;
import kg.ovop.web.Language;

/**
 * Certificates rendered per second and PDF size, single-threaded. Not a test: it asserts nothing
 * and runs only with {@code ./mvnw -Pbench test}; figures go to docs/benchmarks.md.
 */
@Tag("bench")
class CertificateRenderBenchmark {

    static final int WARMUP = 200;
    static final int MEASURED = 1000;

    @Test
    void renderCertificates() {
        CertificatePdfRenderer renderer = CertificateBenchmarkAccess.renderer(
                Clock.fixed(Instant.parse("2026-11-26T06:00:00Z"), ZoneOffset.ofHours(6)));
        LocalDate issued = LocalDate.of(2026, 11, 26);
        long[] nanos = new long[MEASURED];
        long bytes = 0;
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            Certificate certificate = new Certificate(i, String.format("KG-OVOP-2026-%06d", i + 1), "OVOP-2026-" + i,
                    "Гүлнара Төлөгөнова " + i, null, Language.ky, "Көңүлдүү үй кымызы " + i, "Домашний кумыс",
                    "Home-made kumys", "food", "KG-N", "Кочкор району", "Көк-Жар", 3 + i % 3, issued, issued.plusMonths(36),
                    i % 10 == 0 ? CertificateStatus.revoked : CertificateStatus.valid, null, Instant.EPOCH,
                    "token" + String.format("%027d", i), null);
            long start = System.nanoTime();
            byte[] pdf = renderer.render(certificate);
            long elapsed = System.nanoTime() - start;
            if (i >= WARMUP) {
                nanos[i - WARMUP] = elapsed;
                bytes += pdf.length;
            }
        }
        Arrays.sort(nanos);
        double totalSeconds = Arrays.stream(nanos).sum() / 1e9;
        System.out.printf("%nBENCH certificate-render: %d PDFs, single thread, after %d warm-up%n", MEASURED, WARMUP);
        System.out.printf("BENCH   throughput   %.1f certificates/s%n", MEASURED / totalSeconds);
        System.out.printf("BENCH   latency      mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                totalSeconds * 1000 / MEASURED, nanos[MEASURED / 2] / 1e6, nanos[(int) (MEASURED * 0.95)] / 1e6,
                nanos[MEASURED - 1] / 1e6);
        System.out.printf("BENCH   size         mean %.1f KB%n%n", bytes / 1024.0 / MEASURED);
    }
}
