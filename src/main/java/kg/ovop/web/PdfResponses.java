package kg.ovop.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF answer with its file name: shown in the browser ({@code inline}) or saved ({@code attachment}). */
public final class PdfResponses {

    private PdfResponses() {
    }

    public static ResponseEntity<byte[]> inline(String fileName, byte[] pdf) {
        return respond(ContentDisposition.inline().filename(fileName).build(), pdf);
    }

    public static ResponseEntity<byte[]> attachment(String fileName, byte[] pdf) {
        return respond(ContentDisposition.attachment().filename(fileName).build(), pdf);
    }

    private static ResponseEntity<byte[]> respond(ContentDisposition disposition, byte[] pdf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
