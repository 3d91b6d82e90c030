package kg.ovop.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfWriter;

import kg.ovop.product.ProductCategory;
import kg.ovop.region.Region;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

/**
 * Renders a certificate as a one-page A4 landscape PDF: Kyrgyz first, English beside it, Russian
 * for the product, a vector QR code to the public verification page, and a diagonal watermark
 * when the certificate is not (or no longer) valid.
 */
@Component
public class CertificatePdfRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color MUTED = new Color(0x5b, 0x64, 0x78);
    private static final Color TEAL = new Color(0x0b, 0x5e, 0x6b);
    private static final Color GOLD = new Color(0xc8, 0x9b, 0x2c);
    private static final Color WARNING = new Color(0xc0, 0x1c, 0x28);
    private static final Map<CertificateStatus, String> WATERMARKS = Map.of(
            CertificateStatus.suspended, "ТОКТОТУЛДУ · SUSPENDED",
            CertificateStatus.revoked, "ЖОККО ЧЫГАРЫЛДЫ · REVOKED",
            CertificateStatus.expired, "МӨӨНӨТҮ БҮТТҮ · EXPIRED");
    private static final String SAMPLE_WATERMARK = "ҮЛГҮ · SAMPLE";

    private final CertificateFonts fonts;
    private final RegionDirectory regions;
    private final CertificateProperties properties;
    private final Clock clock;

    public CertificatePdfRenderer(CertificateFonts fonts, RegionDirectory regions, CertificateProperties properties,
            Clock clock) {
        this.fonts = fonts;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
    }

    public byte[] render(Certificate certificate) {
        CertificateStatus status = certificate.statusOn(LocalDate.now(clock));
        return render(certificate, WATERMARKS.get(status));
    }

    /** A specimen that is not in the registry, for administrators checking layout and fonts. */
    public byte[] renderSample(Certificate specimen) {
        return render(specimen, SAMPLE_WATERMARK);
    }

    private byte[] render(Certificate certificate, String watermark) {
        Region region = regions.find(certificate.regionCode())
                .orElseThrow(() -> new IllegalStateException("Unknown region " + certificate.regionCode()));
        ProductCategory category = ProductCategory.fromCode(certificate.category());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4.rotate(), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("OVOP certificate " + certificate.number());
        document.addSubject(certificate.productNameKy() + " — " + certificate.producerName());
        document.addCreator("OVOP Workflow");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float centre = page.getWidth() / 2;

        frame(canvas, page);
        text(canvas, fonts.sans, 10, MUTED, "КЫРГЫЗ РЕСПУБЛИКАСЫ · KYRGYZ REPUBLIC", centre, 535, Element.ALIGN_CENTER);
        text(canvas, fonts.serifBold, 26, INK, "«Бир айыл – бир продукт»", centre, 500, Element.ALIGN_CENTER);
        text(canvas, fonts.serifBold, 18, TEAL, "УЛУТТУК БРЕНДДИН СЕРТИФИКАТЫ", centre, 474, Element.ALIGN_CENTER);
        text(canvas, fonts.serif, 13, INK, "National Brand Certificate · One Village One Product", centre, 454,
                Element.ALIGN_CENTER);
        text(canvas, fonts.serif, 10, MUTED, "Сертификат национального бренда «Одно село – один продукт»", centre, 438,
                Element.ALIGN_CENTER);
        stars(canvas, certificate.stars(), centre, 408);

        text(canvas, fonts.serifBold, 24, INK, certificate.productNameKy(), centre, 362, Element.ALIGN_CENTER);
        String otherNames = certificate.productNameRu()
                + (certificate.productNameEn() == null || certificate.productNameEn().isBlank() ? "" : " · " + certificate.productNameEn());
        text(canvas, fonts.serif, 13, MUTED, otherNames, centre, 342, Element.ALIGN_CENTER);

        float left = 80;
        float y = 296;
        y = detail(canvas, "Өндүрүүчү / Producer", certificate.producerName(), left, y);
        y = detail(canvas, "Жайгашкан жери / Location", certificate.village() + ", " + certificate.district() + ", "
                + region.nameKy() + " (" + region.nameEn() + ")", left, y);
        y = detail(canvas, "Категория / Category", category.label(Language.ky) + " / " + category.label(Language.en), left, y);
        detail(canvas, "Берилди / Issued · Жарактуу / Valid until",
                DATE.format(certificate.issuedOn()) + " — " + DATE.format(certificate.expiresOn()), left, y);
        text(canvas, fonts.sansBold, 15, INK, "№ " + certificate.number(), left, 78, Element.ALIGN_LEFT);

        String url = properties.verificationUrl(certificate.verificationToken());
        qrCode(canvas, url, 640, 86, 110);
        text(canvas, fonts.sansBold, 8, INK, "Текшерүү · Проверка · Verify", 695, 74, Element.ALIGN_CENTER);
        text(canvas, fonts.sans, 6, MUTED, url, 695, 64, Element.ALIGN_CENTER);

        if (watermark != null) {
            watermark(canvas, watermark, page);
        }
        document.close();
        return out.toByteArray();
    }

    private void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(TEAL);
        canvas.setLineWidth(4);
        canvas.rectangle(20, 20, page.getWidth() - 40, page.getHeight() - 40);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
        canvas.stroke();
        canvas.restoreState();
    }

    private float detail(PdfContentByte canvas, String label, String value, float x, float y) {
        text(canvas, fonts.sans, 9, MUTED, label, x, y, Element.ALIGN_LEFT);
        text(canvas, fonts.sans, 13, INK, value, x, y - 16, Element.ALIGN_LEFT);
        return y - 44;
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color colour, String text, float x, float y,
            int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    /** Drawn stars: the fonts have no ★ glyph, and vector stars print sharply at any size. */
    private static void stars(PdfContentByte canvas, int level, float centre, float y) {
        float outer = 11;
        float gap = 30;
        float first = centre - 2 * gap;
        canvas.saveState();
        canvas.setColorFill(GOLD);
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1);
        for (int i = 0; i < 5; i++) {
            star(canvas, first + i * gap, y, outer);
            if (i < level) {
                canvas.fillStroke();
            } else {
                canvas.stroke();
            }
        }
        canvas.restoreState();
    }

    private static void star(PdfContentByte canvas, float cx, float cy, float outer) {
        float inner = outer * 0.4f;
        for (int point = 0; point < 10; point++) {
            double angle = Math.PI / 2 + point * Math.PI / 5;
            float radius = point % 2 == 0 ? outer : inner;
            float px = cx + (float) (radius * Math.cos(angle));
            float py = cy + (float) (radius * Math.sin(angle));
            if (point == 0) {
                canvas.moveTo(px, py);
            } else {
                canvas.lineTo(px, py);
            }
        }
        canvas.closePath();
    }

    /** The QR code as vector squares: sharp in print and a few hundred bytes instead of an image. */
    private static void qrCode(PdfContentByte canvas, String content, float x, float y, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode verification URL as QR code", e);
        }
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x - 2 * module, y - 2 * module, size + 4 * module, size + 4 * module);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private void watermark(PdfContentByte canvas, String text, Rectangle page) {
        canvas.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.28f);
        canvas.setGState(translucent);
        canvas.beginText();
        canvas.setFontAndSize(fonts.sansBold, 42);
        canvas.setColorFill(WARNING);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, page.getWidth() / 2, page.getHeight() / 2 - 40, 25);
        canvas.endText();
        canvas.restoreState();
    }
}
