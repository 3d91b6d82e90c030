package kg.ovop.portal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificatePdfRenderer;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationForm;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.region.TerritoryDirectory;
import kg.ovop.web.FieldException;
import kg.ovop.web.Language;
import kg.ovop.web.PdfResponses;

/**
 * The producer portal: server-rendered pages that work without JavaScript on a phone. Every
 * action goes through {@link ProducerApplications}, as the REST API does.
 */
@Controller
class PortalController {

    private final ProducerApplications producers;
    private final ProducerAccounts accounts;
    private final RegionDirectory regions;
    private final MessageSource messages;
    private final CertificateRegistry certificates;
    private final CertificatePdfRenderer renderer;
    private final Validator validator;
    private final ProfileStore profiles;
    private final TerritoryDirectory territories;

    PortalController(ProducerApplications producers, ProducerAccounts accounts, RegionDirectory regions,
            MessageSource messages, CertificateRegistry certificates, CertificatePdfRenderer renderer, Validator validator,
            ProfileStore profiles, TerritoryDirectory territories) {
        this.producers = producers;
        this.accounts = accounts;
        this.regions = regions;
        this.messages = messages;
        this.certificates = certificates;
        this.renderer = renderer;
        this.validator = validator;
        this.profiles = profiles;
        this.territories = territories;
    }

    @GetMapping("/signup")
    String signUpPage(Model model) {
        model.addAttribute("form", new SignUpForm("", "", "", "", Language.ky, ""));
        return "portal/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.signUp(form);
                redirect.addAttribute("registered", "");
                return "redirect:/login";
            } catch (FieldException e) {
                errors.rejectValue(e.field(), "signup.username.taken", e.getMessage());
            }
        }
        return "portal/signup";
    }

    @GetMapping("/portal")
    String home(Principal producer, Model model) {
        model.addAttribute("applications", producers.list(producer.getName()));
        return "portal/home";
    }

    @GetMapping("/portal/applications/new")
    String newApplication(Principal producer, Model model) {
        return applyPage(model, profiles.find(producer.getName()).map(PortalController::values)
                .orElseGet(LinkedMultiValueMap::new), ApplyStep.PRODUCER, Map.of());
    }

    @GetMapping("/portal/profile")
    String profile(Principal producer, Model model) {
        model.addAttribute("values", profiles.find(producer.getName()).map(PortalController::values)
                .orElseGet(LinkedMultiValueMap::new));
        return applyPage(model, "portal/profile");
    }

    @PostMapping("/portal/profile")
    String saveProfile(@RequestParam MultiValueMap<String, String> params, Principal producer, Model model,
            Locale locale) {
        ProducerProfile profile = new ProducerProfile(params.getFirst("producerType"), params.getFirst("producerName"),
                params.getFirst("taxpayerNumber"), params.getFirst("phone"), params.getFirst("email"),
                Language.of(params.getFirst("preferredLanguage")), params.getFirst("region"), params.getFirst("district"),
                params.getFirst("aiylAimak"), params.getFirst("village"));
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(profile).forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (problems.isEmpty() && regions.find(profile.region()).isEmpty()) {
            problems.put("region", messages.getMessage("location.region.unknown", null, locale));
        }
        if (problems.isEmpty()) {
            try {
                territories.locate(profile.region(), profile.district(), profile.aiylAimak(), profile.village());
            } catch (FieldException e) {
                problems.put(e.field(), text(e, locale));
            }
        }
        if (problems.isEmpty()) {
            profiles.save(producer.getName(), profile);
            model.addAttribute("saved", true);
        }
        model.addAttribute("problems", problems);
        model.addAttribute("values", params);
        return applyPage(model, "portal/profile");
    }

    private static MultiValueMap<String, String> values(ProducerProfile p) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("producerType", p.producerType());
        values.add("producerName", p.producerName());
        values.add("taxpayerNumber", p.taxpayerNumber());
        values.add("phone", p.phone());
        values.add("email", p.email());
        values.add("preferredLanguage", p.preferredLanguage().name());
        values.add("region", p.region());
        values.add("district", p.district());
        values.add("aiylAimak", p.aiylAimak());
        values.add("village", p.village());
        return values;
    }

    /** One page of "Apply for the brand" checked: the next page, or the same one with its problems. */
    @PostMapping("/portal/applications/new")
    String step(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "1") int step,
            @RequestParam(required = false) String back, Model model, Locale locale) {
        ApplyStep current = ApplyStep.number(step);
        if (back != null) {
            return applyPage(model, params, ApplyStep.number(step - 1), Map.of());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        ApplicationRequest form = request(params, problems, locale);
        validator.validate(form).forEach(v -> problems.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
        if (current == ApplyStep.LOCATION && problems.keySet().stream().noneMatch(current.fields()::contains)) {
            try {
                if (regions.find(form.region()).isEmpty()) {
                    problems.put("region", messages.getMessage("location.region.unknown", null, locale));
                }
                territories.locate(form.region(), form.district(), form.aiylAimak(), form.village());
            } catch (FieldException e) {
                problems.put(e.field(), text(e, locale));
            }
        }
        problems.keySet().retainAll(current.fields());
        return applyPage(model, params, problems.isEmpty() ? ApplyStep.number(step + 1) : current, problems);
    }

    /** The last page: the whole form checked again and kept as a draft, which opens for documents. */
    @PostMapping("/portal/applications")
    String create(@RequestParam MultiValueMap<String, String> params, Principal producer, Model model, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        ApplicationRequest form = request(params, problems, locale);
        validator.validate(form).forEach(v -> problems.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
        if (problems.isEmpty()) {
            try {
                Application draft = producers.createDraft(producer.getName(), form.toForm(regions, territories));
                return "redirect:/portal/applications/" + draft.number();
            } catch (FieldException e) {
                problems.put(e.field(), text(e, locale));
            }
        }
        // Back to the earliest page with a problem; later pages show theirs when the producer gets there.
        return applyPage(model, params, problems.keySet().stream().map(ApplyStep::holding).min(Comparator.naturalOrder())
                .orElseThrow(), problems);
    }

    /** {@code targetMarkets[1].<list element>} is the field {@code targetMarkets}. */
    private static String field(String propertyPath) {
        return propertyPath.replaceAll("[\\[.].*", "");
    }

    /** The form's text as typed; numbers that are not numbers are reported, not thrown. */
    private ApplicationRequest request(MultiValueMap<String, String> params, Map<String, String> problems, Locale locale) {
        return new ApplicationRequest(params.getFirst("producerType"), params.getFirst("producerName"),
                params.getFirst("taxpayerNumber"), params.getFirst("phone"), params.getFirst("email"),
                Language.of(params.getFirst("preferredLanguage")), params.getFirst("region"), params.getFirst("district"),
                params.getFirst("aiylAimak"), params.getFirst("village"), params.getFirst("productNameKy"),
                params.getFirst("productNameRu"), params.getFirst("productNameEn"), params.getFirst("category"),
                params.getFirst("description"), params.getFirst("story"),
                number(params, "localRawMaterialShare", problems, locale), number(params, "annualCapacity", problems, locale),
                params.getFirst("capacityUnit"), params.getOrDefault("targetMarkets", List.of()),
                "true".equals(params.getFirst("womenLed")), "true".equals(params.getFirst("youthLed")),
                "true".equals(params.getFirst("highMountain")), "true".equals(params.getFirst("registeredBusiness")));
    }

    private Integer number(MultiValueMap<String, String> params, String field, Map<String, String> problems, Locale locale) {
        String text = params.getFirst(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.put(field, messages.getMessage("typeMismatch", null, locale));
            return null;
        }
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
            redirect.addFlashAttribute("notice", messages.getMessage("portal.document.added", null, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", text(e, locale));
        }
        return "redirect:/portal/applications/" + number;
    }

    /** A refusal in the reader's language (the English message where no translation exists). */
    private String text(FieldException e, Locale locale) {
        return e.code() == null ? e.getMessage() : messages.getMessage(e.code(), e.arguments(), e.getMessage(), locale);
    }

    @PostMapping("/portal/applications/{number}/submit")
    String submit(@PathVariable String number, Principal producer, RedirectAttributes redirect, Locale locale) {
        try {
            producers.submit(producer.getName(), number);
            redirect.addFlashAttribute("notice", messages.getMessage("portal.submitted", null, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", text(e, locale));
        }
        return "redirect:/portal/applications/" + number;
    }

    @PostMapping("/portal/applications/{number}/information")
    String answer(@PathVariable String number, @RequestParam String answer, Principal producer,
            RedirectAttributes redirect, Locale locale) {
        if (answer.isBlank() || answer.length() > 4000) {
            redirect.addFlashAttribute("problem", messages.getMessage("portal.answer.invalid", null, locale));
        } else {
            try {
                producers.answer(producer.getName(), number, answer);
                redirect.addFlashAttribute("notice", messages.getMessage("portal.answer.sent", null, locale));
            } catch (FieldException e) {
                redirect.addFlashAttribute("problem", text(e, locale));
            }
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

    @GetMapping("/portal/password")
    String passwordPage() {
        return "portal/password";
    }

    @PostMapping("/portal/password")
    String changePassword(@RequestParam String current, @RequestParam String replacement, Principal producer, Model model) {
        if (replacement.length() < 10 || replacement.length() > 100) {
            model.addAttribute("problem", "portal.password.size");
        } else if (!accounts.changePassword(producer.getName(), current, replacement)) {
            model.addAttribute("problem", "portal.password.wrong");
        } else {
            model.addAttribute("changed", true);
        }
        return "portal/password";
    }

    private String applyPage(Model model, MultiValueMap<String, String> values, ApplyStep step, Map<String, String> problems) {
        model.addAttribute("values", values);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
        }
        model.addAttribute("step", step.number());
        model.addAttribute("steps", ApplyStep.values().length);
        model.addAttribute("carried", step.otherFields());
        return applyPage(model, "portal/apply");
    }

    private String applyPage(Model model, String view) {
        model.addAttribute("regions", regions.all());
        @SuppressWarnings("unchecked")
        MultiValueMap<String, String> values = (MultiValueMap<String, String>) model.getAttribute("values");
        model.addAttribute("choices", LocationChoices.of(territories, values));
        model.addAttribute("categories", ProductCategory.values());
        model.addAttribute("producerTypes", ApplicationForm.PRODUCER_TYPES.stream().sorted().toList());
        model.addAttribute("units", List.of("kg", "l", "pieces", "m2"));
        model.addAttribute("markets", List.of("KG", "KZ", "RU", "CN", "JP", "US", "EU", "OTHER"));
        return view;
    }
}
