package kg.ovop.certificate;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import kg.ovop.web.ApiDocumentation;
import kg.ovop.web.ApiProblems;
import kg.ovop.web.Language;
import kg.ovop.web.PdfResponses;
import kg.ovop.web.ProblemResponses;

/** For programme administrators ({@code ovop-admin}): status changes with a reason, PDFs, a specimen. */
@RestController
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ProblemResponses
@Validated
@RequestMapping("/api/admin/certificates")
class CertificateAdminApi {

    private final CertificateRegistry registry;
    private final CertificatePdfRenderer renderer;
    private final CertificateProperties properties;
    private final PublicLinks links;
    private final Clock clock;

    CertificateAdminApi(CertificateRegistry registry, CertificatePdfRenderer renderer, CertificateProperties properties, PublicLinks links,
            Clock clock) {
        this.registry = registry;
        this.renderer = renderer;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    record StatusChangeRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record CertificateDetails(Certificate certificate, CertificateStatus statusToday, String verificationUrl,
            List<StatusChange> history) {
    }

    @GetMapping("/{number}")
    CertificateDetails get(@PathVariable String number) {
        Certificate certificate = registry.findByNumber(number).orElseThrow(() -> new CertificateNotFoundException(number));
        return new CertificateDetails(certificate, certificate.statusOn(LocalDate.now(clock)),
                links.verificationUrl(certificate.verificationToken()), registry.history(number));
    }

    @PostMapping("/{number}/suspend")
    Certificate suspend(@PathVariable String number, @Valid @RequestBody StatusChangeRequest request, Principal admin) {
        return registry.suspend(number, request.reason(), admin.getName());
    }

    @PostMapping("/{number}/reinstate")
    Certificate reinstate(@PathVariable String number, @Valid @RequestBody StatusChangeRequest request, Principal admin) {
        return registry.reinstate(number, request.reason(), admin.getName());
    }

    @PostMapping("/{number}/revoke")
    Certificate revoke(@PathVariable String number, @Valid @RequestBody StatusChangeRequest request, Principal admin) {
        return registry.revoke(number, request.reason(), admin.getName());
    }

    @GetMapping(value = "/{number}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        Certificate certificate = registry.findByNumber(number).orElseThrow(() -> new CertificateNotFoundException(number));
        return PdfResponses.inline(certificate.number() + ".pdf", renderer.render(certificate));
    }

    /** A specimen with a SAMPLE watermark, never stored: for checking layout, fonts and the QR code. */
    @GetMapping(value = "/sample.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> sample() {
        LocalDate today = LocalDate.now(clock);
        Certificate specimen = new Certificate(0, "KG-OVOP-" + today.getYear() + "-000000", "SAMPLE",
                "Айгүл Асанова (үлгү / sample)", null, Language.ky, "Ысык-Көл ак балы", "Иссык-Кульский белый мёд",
                "Issyk-Kul white honey", "food", "KG-Y", "Түп району", "Сары-Булак", 4, today,
                today.plusMonths(properties.validityMonths()), CertificateStatus.valid, null, clock.instant(), "sample", null);
        return PdfResponses.inline("sample-certificate.pdf", renderer.renderSample(specimen));
    }

    @ExceptionHandler(CertificateNotFoundException.class)
    ProblemDetail notFound(CertificateNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Certificate not found", "number", e.getMessage());
    }

    @ExceptionHandler(InvalidStatusChangeException.class)
    ProblemDetail refused(InvalidStatusChangeException e) {
        return ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Status change refused", e.field(), e.getMessage());
    }
}
