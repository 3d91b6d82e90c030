package kg.ovop.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
    private final PublicLinks links;
    private final Clock clock;

    public CertificatePdfRenderer(CertificateFonts fonts, RegionDirectory regions, PublicLinks links,
            Clock clock) {
        this.fonts = fonts;
        this.regions = regions;
        this.links = links;
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

        for (TextBox box : layout(certificate, region, category)) {
            box.draw(canvas);
        }
        qrCode(canvas, links.verificationUrl(certificate.verificationToken()), QR_X, QR_Y, QR_SIZE);

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

    /** Where the QR code sits: no text may run into it. */
    static final float QR_X = 640;
    static final float QR_Y = 100;
    static final float QR_SIZE = 110;
    /** Inside the gold frame, with a margin. */
    static final Rectangle INSIDE = new Rectangle(40, 40, PageSize.A4.rotate().getWidth() - 40, PageSize.A4.rotate().getHeight() - 40);

    /** One line of text as placed on the page, with the box it covers. */
    record TextBox(BaseFont font, float size, Color colour, String text, float x, float y, int alignment) {

        float width() {
            return font.getWidthPoint(text, size);
        }

        Rectangle bounds() {
            float left = alignment == Element.ALIGN_CENTER ? x - width() / 2 : alignment == Element.ALIGN_RIGHT ? x - width() : x;
            return new Rectangle(left, y + font.getDescentPoint(text, size), left + width(), y + font.getAscentPoint(text, size));
        }

        void draw(PdfContentByte canvas) {
            CertificatePdfRenderer.text(canvas, font, size, colour, text, x, y, alignment);
        }
    }

    /**
     * The certificate's variable texts, placed: each wraps onto its lines and shrinks until it fits
     * its width; nothing is ever cut. Names may be 200 characters long.
     */
    List<TextBox> layout(Certificate certificate, Region region, ProductCategory category) {
        List<TextBox> boxes = new ArrayList<>();
        float centre = PageSize.A4.rotate().getWidth() / 2;
        float y = fit(boxes, fonts.serifBold, 24, 12, INK, certificate.productNameKy(), centre, 370, 700, 2, Element.ALIGN_CENTER);
        String otherNames = certificate.productNameRu()
                + (certificate.productNameEn() == null || certificate.productNameEn().isBlank() ? "" : " · " + certificate.productNameEn());
        y = fit(boxes, fonts.serif, 13, 8, MUTED, otherNames, centre, y - 4, 700, 2, Element.ALIGN_CENTER);

        float left = 80;
        float width = QR_X - 20 - left;
        y = Math.min(y - 22, 296);
        y = detail(boxes, "Өндүрүүчү / Producer", certificate.producerName(), left, y, width);
        y = detail(boxes, "Жайгашкан жери / Location", certificate.village() + ", " + certificate.district() + ", "
                + region.nameKy() + " (" + region.nameEn() + ")", left, y, width);
        y = detail(boxes, "Категория / Category", category.label(Language.ky) + " / " + category.label(Language.en), left, y, width);
        detail(boxes, "Берилди / Issued · Жарактуу / Valid until",
                DATE.format(certificate.issuedOn()) + " — " + DATE.format(certificate.expiresOn()), left, y, width);
        boxes.add(new TextBox(fonts.sansBold, 15, INK, "№ " + certificate.number(), left, 52, Element.ALIGN_LEFT));
        // The address is in the QR code; printed, it stays readable (9 pt) and fits the line under it.
        String url = links.verificationUrl(certificate.verificationToken());
        float qrCentre = QR_X + QR_SIZE / 2;
        boxes.add(new TextBox(fonts.sansBold, 9, INK, "Текшерүү · Проверка · Verify", qrCentre, QR_Y - 14, Element.ALIGN_CENTER));
        fit(boxes, fonts.sans, 9, 6, MUTED, url, qrCentre, QR_Y - 27, 2 * (INSIDE.getRight() - qrCentre), 2, Element.ALIGN_CENTER);
        return boxes;
    }

    private float detail(List<TextBox> boxes, String label, String value, float x, float y, float width) {
        boxes.add(new TextBox(fonts.sans, 9, MUTED, label, x, y, Element.ALIGN_LEFT));
        return fit(boxes, fonts.sans, 13, 8, INK, value, x, y - 16, width, 2, Element.ALIGN_LEFT) - 12;
    }

    /**
     * Places a text from {@code y} down in lines of at most {@code width}: at the largest size from
     * {@code size} to {@code smallest} at which it takes at most {@code lines} lines, else at the
     * smallest size on as many lines as it needs. Returns the baseline below the last line.
     */
    static float fit(List<TextBox> boxes, BaseFont font, float size, float smallest, Color colour, String text, float x, float y,
            float width, int lines, int alignment) {
        float chosen = size;
        List<String> wrapped = wrap(font, chosen, text, width);
        while (wrapped.size() > lines && chosen > smallest) {
            chosen = Math.max(smallest, chosen - 0.5f);
            wrapped = wrap(font, chosen, text, width);
        }
        float baseline = y;
        for (String line : wrapped) {
            boxes.add(new TextBox(font, chosen, colour, line, x, baseline, alignment));
            baseline -= chosen * 1.2f;
        }
        return baseline;
    }

    /** Words onto lines no wider than {@code width}; a word wider than a line is split where it must be. */
    static List<String> wrap(BaseFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getWidthPoint(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getWidthPoint(rest, size) > width) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && font.getWidthPoint(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= width) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
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
