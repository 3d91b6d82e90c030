package kg.ovop.grant;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certificate.CertificateStatus;
import kg.ovop.certification.ApplicationStateException;
import kg.ovop.certification.BrandApplications;
import kg.ovop.config.TimeConfiguration;
import kg.ovop.document.DocumentResponses;
import kg.ovop.engine.InvalidFormInputException;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.web.BadRequestException;
import kg.ovop.web.FieldException;

/**
 * The producer's grant pages in the portal: open calls and their own applications, applying with
 * a budget, the agreement to sign, the report due, and the tranches paid. Errors stay on the page,
 * tied to their fields, in the producer's language.
 */
@Controller
class GrantPages {

    private final GrantApplications grants;
    private final GrantCalls calls;
    private final BrandApplications brand;
    private final CertificateRegistry certificates;
    private final MessageSource messages;
    private final Clock clock;

    GrantPages(GrantApplications grants, GrantCalls calls, BrandApplications brand, CertificateRegistry certificates,
            MessageSource messages, Clock clock) {
        this.grants = grants;
        this.calls = calls;
        this.brand = brand;
        this.certificates = certificates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/portal/grants")
    String list(Principal producer, Model model) {
        model.addAttribute("calls", calls.open());
        model.addAttribute("grants", grants.list(producer.getName()));
        model.addAttribute("certified", !validCertificates(producer.getName()).isEmpty());
        return "portal/grants";
    }

    @GetMapping("/portal/grants/new")
    String form(@RequestParam String call, Principal producer, Model model) {
        model.addAttribute("values", Map.of("call", call));
        return apply(producer, model);
    }

    @PostMapping("/portal/grants")
    String submit(@RequestParam MultiValueMap<String, String> form, Principal producer, Model model, Locale locale) {
        Map<String, String> budget = new LinkedHashMap<>();
        for (BudgetLine line : BudgetLine.values()) {
            String amount = form.getFirst("budget." + line.name());
            if (amount != null && !amount.isBlank()) {
                budget.put(line.name(), amount);
            }
        }
        try {
            GrantRequest request = new GrantRequest(form.getFirst("call"), form.getFirst("certificate"), form.getFirst("title"),
                    form.getFirst("description"), form.getFirst("requested"), form.getFirst("ownContribution"), budget,
                    whole("jobsPlanned", form), whole("womenPlanned", form), whole("youthPlanned", form));
            GrantApplication grant = grants.apply(producer.getName(), request);
            return "redirect:/portal/grants/" + grant.number() + "?submitted";
        } catch (FieldException e) {
            model.addAttribute("values", form.toSingleValueMap());
            model.addAttribute("problems", Map.of(e.field(), message(e, locale)));
            return apply(producer, model);
        }
    }

    @GetMapping("/portal/grants/{number}")
    String grant(@PathVariable String number, Principal producer, Model model) {
        String user = producer.getName();
        GrantApplication grant = grants.get(user, number);
        model.addAttribute("grant", grant);
        model.addAttribute("call", calls.get(grant.callId()));
        model.addAttribute("decisions", grants.decisions(user, number));
        model.addAttribute("tranches", grants.tranches(user, number));
        model.addAttribute("reports", grants.reports(user, number));
        model.addAttribute("documents", grants.documents(user, number));
        model.addAttribute("toSign", grants.awaits(grant, DevelopmentGrant.TASK_SIGN_AGREEMENT));
        model.addAttribute("reportDue", grants.awaits(grant, DevelopmentGrant.TASK_SUBMIT_REPORT));
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        return "portal/grant";
    }

    @PostMapping("/portal/grants/{number}/documents")
    String upload(@PathVariable String number, @RequestParam String kind, @RequestParam MultipartFile file, Principal producer,
            RedirectAttributes redirect, Locale locale) throws IOException {
        try (InputStream content = file.getInputStream()) {
            grants.addDocument(producer.getName(), number, kind, file.getOriginalFilename(), file.getSize(), content);
            redirect.addFlashAttribute("notice", messages.getMessage("portal.document.added", null, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
        }
        return "redirect:/portal/grants/" + number;
    }

    @GetMapping("/portal/grants/{number}/documents/{id}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String number, @PathVariable long id, Principal producer) {
        String user = producer.getName();
        return DocumentResponses.attachment(grants.describeDocument(user, number, id), out -> grants.copyDocument(user, number, id, out));
    }

    @PostMapping("/portal/grants/{number}/agreement")
    String sign(@PathVariable String number, @RequestParam MultiValueMap<String, String> form, Principal producer, Model model,
            Locale locale, RedirectAttributes redirect) {
        Map<String, Object> submitted = new LinkedHashMap<>();
        submitted.put(DevelopmentGrant.OWN_CONTRIBUTION_CONFIRMED, form.containsKey(DevelopmentGrant.OWN_CONTRIBUTION_CONFIRMED));
        submitted.put(DevelopmentGrant.AGREEMENT_ACCEPTED, form.containsKey(DevelopmentGrant.AGREEMENT_ACCEPTED));
        return step(number, producer, model, locale, redirect, "grant.portal.signed", form,
                () -> grants.sign(producer.getName(), number, submitted));
    }

    @PostMapping("/portal/grants/{number}/reports")
    String report(@PathVariable String number, @RequestParam MultiValueMap<String, String> form, Principal producer, Model model,
            Locale locale, RedirectAttributes redirect) {
        Map<String, Object> submitted = new LinkedHashMap<>();
        submitted.put(DevelopmentGrant.REPORT_SUMMARY, form.getFirst(DevelopmentGrant.REPORT_SUMMARY));
        for (String count : List.of(DevelopmentGrant.JOBS_CREATED, DevelopmentGrant.WOMEN_EMPLOYED, DevelopmentGrant.YOUTH_EMPLOYED)) {
            submitted.put(count, number(form.getFirst(count)));
        }
        for (String amount : List.of(DevelopmentGrant.SALES, DevelopmentGrant.EXPORTS)) {
            submitted.put(amount, number(form.getFirst(amount)));
        }
        return step(number, producer, model, locale, redirect, "grant.portal.reported", form,
                () -> grants.submitReport(producer.getName(), number, submitted));
    }

    private String step(String number, Principal producer, Model model, Locale locale, RedirectAttributes redirect, String done,
            MultiValueMap<String, String> form, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
            return "redirect:/portal/grants/" + number;
        } catch (InvalidFormInputException e) {
            model.addAttribute("values", form.toSingleValueMap());
            // The form's own rules name the field; the page says it in the producer's language.
            model.addAttribute("problems", Map.of(e.field(), messages.getMessage("grant.portal.problem." + e.field(), null,
                    messages.getMessage("grant.portal.field-error", null, locale), locale)));
            return grant(number, producer, model);
        } catch (ApplicationStateException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
            return "redirect:/portal/grants/" + number;
        }
    }

    private String apply(Principal producer, Model model) {
        model.addAttribute("calls", calls.open());
        model.addAttribute("certificates", validCertificates(producer.getName()));
        model.addAttribute("lines", BudgetLine.values());
        return "portal/grant-apply";
    }

    /** The producer's certificates that are valid today: a grant develops a certified product. */
    private List<Certificate> validCertificates(String user) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.BISHKEK));
        return brand.list(user).stream().map(application -> certificates.findByApplication(application.number()))
                .flatMap(java.util.Optional::stream)
                .filter(certificate -> certificate.statusOn(today) == CertificateStatus.valid).toList();
    }

    private String message(FieldException e, Locale locale) {
        return messages.getMessage(e.code() == null ? "grant.error.required" : e.code(), e.arguments(), e.getMessage(), locale);
    }

    /** A typed number as the form's checks expect it; text that is not a number is refused by them, naming the field. */
    private static Object number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** A typed count; anything that is not one becomes -1, which the door refuses naming the field. */
    /** A count typed in the form; what is not a whole number is refused as the API refuses a wrong one. */
    private static Integer whole(String field, MultiValueMap<String, String> form) {
        String text = form.getFirst(field);
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "grant.error.count", "must be a whole number from 0 to 10000");
        }
    }
}
