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
    static final PublicLinks PROPERTIES = new PublicLinks(new CertificateProperties(36, "https://ovop.example.kg/", 90, java.time.Period.ofMonths(12)));

    final CertificatePdfRenderer renderer = new CertificatePdfRenderer(new CertificateFonts(),
            new RegionDirectory(new JdbcTemplate(TestDatabases.migratedH2())), PROPERTIES, TODAY);

    static Certificate certificate(CertificateStatus status) {
        return new Certificate(1, "KG-OVOP-2026-000042", "OVOP-2026-000042", "Гүлнара Төлөгөнова", "g@example.org",
                Language.ky, "Көңүлдүү үй кымызы", "Домашний кумыс", "Home-made kumys", "food", "KG-N", "Кочкор району",
                "Көк-Жар", 5, ISSUED, ISSUED.plusMonths(36), status, null, Instant.parse("2026-11-26T06:00:00Z"),
                "Q2VydGlmaWNhdGVUb2tlbkZvclRlc3Rz", null);
    }

    /** A name of {@code length} characters in Kyrgyz words (the longest the forms allow is 200). */
    static String longName(String words, int length) {
        StringBuilder name = new StringBuilder();
        while (name.length() < length) {
            name.append(name.isEmpty() ? "" : " ").append(words);
        }
        return name.substring(0, length).strip();
    }

    @Test
    void theLongestNamesWrapAndShrinkInsideTheFrameAndNothingIsCut() throws Exception {
        Certificate longest = new Certificate(2, "KG-OVOP-2026-000043", "OVOP-2026-000043",
                longName("Ысык-Көл өрөөнүндөгү Түп айыл аймагынын аялдар кооперативи", 200), "g@example.org", Language.ky,
                longName("Жапайы тоо чычырканагынан жасалган табигый джем", 200),
                longName("Натуральный джем из дикой горной облепихи", 200), longName("Natural wild mountain sea-buckthorn jam", 200),
                "food", "KG-Y", longName("Түп району", 100), longName("Күрмөнтү айылынын жогорку бөлүгү", 100), 4, ISSUED,
                ISSUED.plusMonths(36), CertificateStatus.valid, null, Instant.parse("2026-11-26T06:00:00Z"),
                "Q2VydGlmaWNhdGVUb2tlbkZvclRlc3Rz", null);
        var region = new RegionDirectory(new JdbcTemplate(TestDatabases.migratedH2())).find("KG-Y").orElseThrow();

        java.util.List<CertificatePdfRenderer.TextBox> boxes = renderer.layout(longest, region,
                kg.ovop.product.ProductCategory.FOOD);

        com.lowagie.text.Rectangle qr = new com.lowagie.text.Rectangle(CertificatePdfRenderer.QR_X, CertificatePdfRenderer.QR_Y,
                CertificatePdfRenderer.QR_X + CertificatePdfRenderer.QR_SIZE, CertificatePdfRenderer.QR_Y + CertificatePdfRenderer.QR_SIZE);
        for (CertificatePdfRenderer.TextBox box : boxes) {
            com.lowagie.text.Rectangle b = box.bounds();
            assertThat(b.getLeft()).as(box.text()).isGreaterThanOrEqualTo(CertificatePdfRenderer.INSIDE.getLeft());
            assertThat(b.getRight()).as(box.text()).isLessThanOrEqualTo(CertificatePdfRenderer.INSIDE.getRight());
            assertThat(b.getBottom()).as(box.text()).isGreaterThanOrEqualTo(CertificatePdfRenderer.INSIDE.getBottom());
            assertThat(b.getTop()).as(box.text()).isLessThanOrEqualTo(CertificatePdfRenderer.INSIDE.getTop());
            boolean overQr = b.getRight() > qr.getLeft() && b.getLeft() < qr.getRight() && b.getTop() > qr.getBottom()
                    && b.getBottom() < qr.getTop();
            assertThat(overQr).as(box.text() + " runs into the QR code").isFalse();
            assertThat(box.size()).as(box.text() + ": readable").isGreaterThanOrEqualTo(6);
        }
        for (int i = 1; i < boxes.size(); i++) {
            for (int j = 0; j < i; j++) {
                com.lowagie.text.Rectangle a = boxes.get(i).bounds();
                com.lowagie.text.Rectangle b = boxes.get(j).bounds();
                boolean overlap = a.getRight() > b.getLeft() && a.getLeft() < b.getRight() && a.getTop() > b.getBottom()
                        && a.getBottom() < b.getTop();
                assertThat(overlap).as(boxes.get(i).text() + " over " + boxes.get(j).text()).isFalse();
            }
        }
        String printed = String.join(" ", boxes.stream().map(CertificatePdfRenderer.TextBox::text).toList()).replaceAll("\\s+", " ");
        assertThat(printed).as("wrapped and shrunk, never cut").contains(longest.productNameKy(), longest.producerName(),
                longest.productNameRu());
        assertThat(text(renderer.render(longest)).replaceAll("\\s+", " ")).contains(longest.productNameKy().substring(150));
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
