package kg.ovop.certificate;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;
import kg.ovop.web.PdfResponses;

/** Public pages, no login: verification by QR code and the registry of valid certificates. */
@Controller
class PublicCertificateController {

    private final PublicCertificates certificates;
    private final RegistryParameters parameters;
    private final RegionDirectory regions;
    private final CertificateRegistry registry;
    private final CertificatePdfRenderer renderer;

    PublicCertificateController(PublicCertificates certificates, RegistryParameters parameters, RegionDirectory regions,
            CertificateRegistry registry, CertificatePdfRenderer renderer) {
        this.certificates = certificates;
        this.parameters = parameters;
        this.regions = regions;
        this.registry = registry;
        this.renderer = renderer;
    }

    @GetMapping(value = "/verify/{token}", produces = MediaType.TEXT_HTML_VALUE)
    String verify(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        Language language = Language.of(locale.getLanguage());
        Optional<PublicCertificate> certificate = certificates.verify(token, request.getRemoteAddr(), language);
        if (certificate.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("certificate", certificate.orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("language", language);
        return "verify";
    }

    /**
     * The certificate itself, for whoever holds its verification link (the QR code): as it stands
     * today, so a suspended, revoked or expired one carries its watermark.
     */
    @GetMapping(value = "/verify/{token}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        Certificate certificate = registry.findByToken(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No certificate for this link"));
        return PdfResponses.inline(certificate.number() + ".pdf", renderer.render(certificate));
    }

    @GetMapping(value = "/registry", produces = MediaType.TEXT_HTML_VALUE)
    String registry(@RequestParam(required = false) String region, @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer stars, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale,
            Model model) {
        Language language = Language.of(locale.getLanguage());
        RegistryQuery query = parameters.toQuery(region, category, stars, q, page, size);
        model.addAttribute("query", query);
        model.addAttribute("result", certificates.search(query, language));
        model.addAttribute("regions", regions.all());
        model.addAttribute("categories", ProductCategory.values());
        model.addAttribute("language", language);
        return "registry";
    }
}
