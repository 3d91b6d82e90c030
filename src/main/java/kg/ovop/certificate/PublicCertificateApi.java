package kg.ovop.certificate;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import kg.ovop.web.ApiProblems;
import kg.ovop.web.Language;
import kg.ovop.web.ProblemResponses;

/** The same public information as JSON, for buyers' and marketplaces' systems. */
@RestController
@ProblemResponses
class PublicCertificateApi {

    private final PublicCertificates certificates;
    private final RegistryParameters parameters;

    PublicCertificateApi(PublicCertificates certificates, RegistryParameters parameters) {
        this.certificates = certificates;
        this.parameters = parameters;
    }

    @GetMapping(value = {"/verify/{token}", "/api/public/verify/{token}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> verify(@PathVariable String token, HttpServletRequest request, Locale locale) {
        return certificates.verify(token, request.getRemoteAddr(), Language.of(locale.getLanguage()))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(notFound()));
    }

    @GetMapping(value = "/api/public/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicCertificates.PublicRegistryPage registry(@RequestParam(required = false) String region,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Locale locale) {
        return certificates.search(parameters.toQuery(region, category, stars, q, page, size),
                Language.of(locale.getLanguage()));
    }

    private static ProblemDetail notFound() {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Certificate not found", "token",
                "no certificate has this verification token");
    }
}
