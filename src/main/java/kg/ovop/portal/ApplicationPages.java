package kg.ovop.portal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificatePdfRenderer;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationNotFoundException;
import kg.ovop.certification.BrandApplications;
import kg.ovop.engine.InvalidFormInputException;
import kg.ovop.web.FieldException;
import kg.ovop.web.PdfResponses;

/**
 * A producer's applications: the list, one application with its documents, decisions and the
 * agency's questions, and what they can do there (attach, submit, answer, download the
 * certificate). Every action goes through {@link BrandApplications}, as the REST API does.
 */
@Controller
class ApplicationPages {

    private final BrandApplications producers;
    private final CertificateRegistry certificates;
    private final CertificatePdfRenderer renderer;
    private final PortalTexts texts;

    ApplicationPages(BrandApplications producers, CertificateRegistry certificates, CertificatePdfRenderer renderer,
            PortalTexts texts) {
        this.producers = producers;
        this.certificates = certificates;
        this.renderer = renderer;
        this.texts = texts;
    }

    @GetMapping("/portal")
    String home(Principal producer, Model model) {
        model.addAttribute("applications", producers.list(producer.getName()));
        return "portal/home";
    }

    @GetMapping("/portal/applications/{number}")
    String application(@PathVariable String number, Principal producer, Model model) {
        model.addAttribute("app", producers.overview(producer.getName(), number));
        return "portal/application";
    }

    @PostMapping("/portal/applications/{number}/documents")
    String upload(@PathVariable String number, @RequestParam String kind, @RequestParam MultipartFile file,
            Principal producer, RedirectAttributes redirect, Locale locale) throws IOException {
        try (InputStream content = file.getInputStream()) {
            producers.addDocument(producer.getName(), number, kind, file.getOriginalFilename(), file.getSize(), content);
            redirect.addFlashAttribute("notice", texts.message("portal.document.added", null, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", texts.of(e, locale));
        }
        return "redirect:/portal/applications/" + number;
    }

    @PostMapping("/portal/applications/{number}/submit")
    String submit(@PathVariable String number, Principal producer, RedirectAttributes redirect, Locale locale) {
        try {
            producers.submit(producer.getName(), number);
            redirect.addFlashAttribute("notice", texts.message("portal.submitted", null, locale));
        } catch (InvalidFormInputException submittedMeanwhile) {
            // A second click while the first submission was under way: it is submitted once.
            redirect.addFlashAttribute("problem", texts.message("portal.error.already-submitted", null, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", texts.of(e, locale));
        }
        return "redirect:/portal/applications/" + number;
    }

    @PostMapping("/portal/applications/{number}/information")
    String answer(@PathVariable String number, @RequestParam String answer, Principal producer,
            RedirectAttributes redirect, Locale locale) {
        try {
            producers.answer(producer.getName(), number, answer);
            redirect.addFlashAttribute("notice", texts.message("portal.answer.sent", null, locale));
        } catch (InvalidFormInputException e) {
            // Blank or longer than the task's form allows: the door checks it by that form.
            redirect.addFlashAttribute("problem", texts.message("portal.answer.invalid", null, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", texts.of(e, locale));
        }
        return "redirect:/portal/applications/" + number;
    }

    @GetMapping(value = "/portal/applications/{number}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> certificate(@PathVariable String number, Principal producer) {
        Application application = producers.get(producer.getName(), number);
        Certificate certificate = Optional.ofNullable(application.certificateNumber()).flatMap(certificates::findByNumber)
                .orElseThrow(() -> new ApplicationNotFoundException(number + "/certificate"));
        return PdfResponses.attachment(certificate.number() + ".pdf", renderer.render(certificate));
    }
}
