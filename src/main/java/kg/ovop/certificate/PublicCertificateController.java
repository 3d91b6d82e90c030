package kg.ovop.certificate;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

/** Public pages, no login: verification by QR code and the registry of valid certificates. */
@Controller
class PublicCertificateController {

    private final PublicCertificates certificates;
    private final RegistryParameters parameters;
    private final RegionDirectory regions;

    PublicCertificateController(PublicCertificates certificates, RegistryParameters parameters, RegionDirectory regions) {
        this.certificates = certificates;
        this.parameters = parameters;
        this.regions = regions;
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
        model.addAttribute("language", language);
        return "verify";
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
