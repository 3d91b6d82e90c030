package kg.ovop.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import kg.ovop.TestDatabases;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

class CertificatePdfRendererTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 26);
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T06:00:00Z"), ZoneOffset.ofHours(6));
    static final CertificateProperties PROPERTIES = new CertificateProperties(36, "https://ovop.example.kg/");

    final CertificatePdfRenderer renderer = new CertificatePdfRenderer(new CertificateFonts(),
            new RegionDirectory(new JdbcTemplate(TestDatabases.migratedH2())), PROPERTIES, TODAY);

    static Certificate certificate(CertificateStatus status) {
        return new Certificate(1, "KG-OVOP-2026-000042", "OVOP-2026-000042", "Гүлнара Төлөгөнова", "g@example.org",
                Language.ky, "Көңүлдүү үй кымызы", "Домашний кумыс", "Home-made kumys", "food", "KG-N", "Кочкор району",
                "Көк-Жар", 5, ISSUED, ISSUED.plusMonths(36), status, null, Instant.parse("2026-11-26T06:00:00Z"),
                "Q2VydGlmaWNhdGVUb2tlbkZvclRlc3Rz", null);
    }

    @Test
    void kyrgyzLettersAndTheNumberSurviveTextExtraction() throws Exception {
        String text = text(renderer.render(certificate(CertificateStatus.valid)));

        assertThat(text).contains("KG-OVOP-2026-000042", "Көңүлдүү үй кымызы", "Гүлнара Төлөгөнова", "Көк-Жар",
                "Нарын (Naryn)", "УЛУТТУК БРЕНДДИН СЕРТИФИКАТЫ", "National Brand Certificate", "26.11.2029");
        assertThat(text).contains("ң", "ө", "ү");
        assertThat(text).doesNotContain("REVOKED", "SUSPENDED", "EXPIRED", "SAMPLE");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(certificate(CertificateStatus.valid)))) {
            List<PDFont> fonts = fonts(pdf.getPage(0));
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*");
            }
        }
    }

    @Test
    void qrCodeOpensTheVerificationPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(certificate(CertificateStatus.valid)))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            String decoded = new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();

            assertThat(decoded).isEqualTo("https://ovop.example.kg/verify/Q2VydGlmaWNhdGVUb2tlbkZvclRlc3Rz");
        }
    }

    @Test
    void revokedSuspendedAndExpiredCertificatesCarryAWatermark() throws Exception {
        assertThat(text(renderer.render(certificate(CertificateStatus.revoked)))).contains("REVOKED", "ЖОККО ЧЫГАРЫЛДЫ");
        assertThat(text(renderer.render(certificate(CertificateStatus.suspended)))).contains("SUSPENDED", "ТОКТОТУЛДУ");
        CertificatePdfRenderer threeYearsLater = new CertificatePdfRenderer(new CertificateFonts(),
                new RegionDirectory(new JdbcTemplate(TestDatabases.migratedH2())), PROPERTIES,
                Clock.offset(TODAY, Duration.ofDays(3 * 366)));
        assertThat(text(threeYearsLater.render(certificate(CertificateStatus.valid)))).contains("EXPIRED", "МӨӨНӨТҮ БҮТТҮ");
    }

    @Test
    void sampleIsMarkedAsSuch() throws Exception {
        assertThat(text(renderer.renderSample(certificate(CertificateStatus.valid)))).contains("SAMPLE", "ҮЛГҮ");
    }

    @Test
    void aCertificateIsSmall() {
        assertThat(renderer.render(certificate(CertificateStatus.valid)).length).isLessThan(200 * 1024);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<PDFont> fonts(PDPage page) throws Exception {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
