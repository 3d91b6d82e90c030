package kg.ovop.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.lowagie.text.pdf.BaseFont;

/**
 * Liberation fonts from openpdf-fonts-extra, embedded as Identity-H subsets: OpenPDF's standard
 * fonts have no Cyrillic, and Kyrgyz needs ң ө ү on top of Russian. Loaded once; BaseFont keeps
 * per-document glyph usage in the writer, so one instance serves every document.
 */
@Component
class CertificateFonts {

    final BaseFont serif;
    final BaseFont serifBold;
    final BaseFont sans;
    final BaseFont sansBold;

    CertificateFonts() {
        serif = load("LiberationSerif-Regular.ttf");
        serifBold = load("LiberationSerif-Bold.ttf");
        sans = load("LiberationSans-Regular.ttf");
        sansBold = load("LiberationSans-Bold.ttf");
    }

    private static BaseFont load(String file) {
        String path = "liberation/" + file;
        try (InputStream in = CertificateFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is not on the classpath (openpdf-fonts-extra)");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load font " + path, e);
        }
    }
}
