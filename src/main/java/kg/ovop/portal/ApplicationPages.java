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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificatePdfRenderer;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationNotFoundException;
import kg.ovop.certification.ApplicationStatus;
import kg.ovop.certification.ApplicationView;
import kg.ovop.certification.BrandApplications;
import kg.ovop.document.DocumentResponses;
import kg.ovop.document.StoredDocument;
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
    private final ProducerAccounts accounts;

    ApplicationPages(BrandApplications producers, CertificateRegistry certificates, CertificatePdfRenderer renderer,
            PortalTexts texts, ProducerAccounts accounts) {
        this.accounts = accounts;
        this.producers = producers;
        this.certificates = certificates;
        this.renderer = renderer;
        this.texts = texts;
    }

    @GetMapping("/portal")
    String home(Principal producer, Model model) {
        model.addAttribute("applications", producers.list(producer.getName()));
        model.addAttribute("emailConfirmed", accounts.emailConfirmed(producer.getName()));
        return "portal/home";
    }

    @GetMapping("/portal/applications/{number}")
    String application(@PathVariable String number, Principal producer, Model model) {
        ApplicationView overview = producers.overview(producer.getName(), number);
        model.addAttribute("app", overview);
        if (overview.certificateNumber() != null) {
            certificates.findByNumber(overview.certificateNumber()).ifPresent(certificate -> {
                model.addAttribute("renewable", certificates.renewable(certificate));
                model.addAttribute("renewalOpens", certificates.renewalOpensOn(certificate));
                model.addAttribute("renewedBy", certificates.replacement(certificate.number()).map(Certificate::number).orElse(null));
            });
        }
        if (overview.status() == ApplicationStatus.draft) {
            // What will be submitted, to check before the irreversible step, and what is still missing.
            model.addAttribute("draft", producers.get(producer.getName(), number));
            model.addAttribute("missing", producers.missingDocuments(producer.getName(), number));
        }
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

    @GetMapping("/portal/applications/{number}/documents/{id}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String number, @PathVariable long id, Principal producer) {
        String user = producer.getName();
        StoredDocument document = producers.describeDocument(user, number, id);
        return DocumentResponses.attachment(document, out -> producers.document(user, number, id, out));
    }

    @PostMapping("/portal/applications/{number}/documents/{id}/delete")
    String removeDocument(@PathVariable String number, @PathVariable long id, Principal producer, RedirectAttributes redirect,
            Locale locale) {
        try {
            producers.removeDocument(producer.getName(), number, id);
            redirect.addFlashAttribute("notice", texts.message("portal.document.removed", null, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", texts.of(e, locale));
        }
        return "redirect:/portal/applications/" + number;
    }

    /** Submitting is final: the producer confirms they checked the summary above the button (another's is not found). */
    @PostMapping("/portal/applications/{number}/submit")
    String submit(@PathVariable String number, @RequestParam(required = false) String checked, Principal producer,
            RedirectAttributes redirect, Locale locale) {
        producers.get(producer.getName(), number);
        if (!"true".equals(checked)) {
            redirect.addFlashAttribute("problem", texts.message("portal.submit.unchecked", null, locale));
            return "redirect:/portal/applications/" + number;
        }
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

    /** Starts the renewal of an expiring certificate: a draft with the certified data, to check and submit. */
    @PostMapping("/portal/certificates/{number}/renew")
    String renew(@PathVariable String number, @RequestParam String application, Principal producer, RedirectAttributes redirect,
            Locale locale) {
        try {
            Application renewal = producers.renew(producer.getName(), number);
            redirect.addFlashAttribute("notice", texts.message("portal.renewal.started", null, locale));
            return "redirect:/portal/applications/" + renewal.number();
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", texts.of(e, locale));
            return "redirect:/portal/applications/" + application;
        }
    }

    /** Withdrawal is final: a page that says so and asks to confirm, with room for a reason. */
    @GetMapping("/portal/applications/{number}/withdraw")
    String confirmWithdrawal(@PathVariable String number, Principal producer, Model model) {
        ApplicationView application = producers.overview(producer.getName(), number);
        if (!BrandApplications.withdrawable(application.status())) {
            return "redirect:/portal/applications/" + number;
        }
        model.addAttribute("app", application);
        return "portal/withdraw";
    }

    @PostMapping("/portal/applications/{number}/withdraw")
    String withdraw(@PathVariable String number, @RequestParam(required = false) String reason, Principal producer,
            RedirectAttributes redirect, Locale locale) {
        try {
            producers.withdraw(producer.getName(), number, reason);
            redirect.addFlashAttribute("notice", texts.message("portal.withdrawn", null, locale));
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
