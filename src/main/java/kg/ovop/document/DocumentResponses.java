package kg.ovop.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A stored document as a download: always an attachment (never rendered in our origin), with the
 * content type checked at upload and the original file name.
 */
public final class DocumentResponses {

    private DocumentResponses() {
    }

    public static ResponseEntity<StreamingResponseBody> attachment(StoredDocument document, StreamingResponseBody content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.sizeBytes())
                .body(content);
    }
}
