package kg.ovop.portal;

import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.Validator;

import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationForm;
import kg.ovop.certification.ApplicationStatus;
import kg.ovop.certification.ApplicationStore;
import kg.ovop.certification.BrandApplications;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.region.TerritoryDirectory;
import kg.ovop.web.FieldException;
import kg.ovop.web.Language;
import kg.ovop.producer.ProducerProfile;
import kg.ovop.producer.ProfileStore;

/**
 * "Apply for the brand", page by page (server-rendered, no JavaScript needed on a phone), and the
 * producer's profile that pre-fills it. The draft is created through {@link BrandApplications}.
 */
@Controller
class ApplyPages {

    private final BrandApplications applications;
    private final RegionDirectory regions;
    private final TerritoryDirectory territories;
    private final ProfileStore profiles;
    private final Validator validator;
    private final PortalTexts texts;

    ApplyPages(BrandApplications applications, RegionDirectory regions, TerritoryDirectory territories, ProfileStore profiles,
            Validator validator, PortalTexts texts) {
        this.applications = applications;
        this.regions = regions;
        this.territories = territories;
        this.profiles = profiles;
        this.validator = validator;
        this.texts = texts;
    }

    @GetMapping("/portal/applications/new")
    String newApplication(Principal producer, Model model) {
        return applyPage(model, profiles.find(producer.getName()).map(ApplyPages::values)
                .orElseGet(LinkedMultiValueMap::new), ApplyStep.PRODUCER, Map.of());
    }

    @GetMapping("/portal/profile")
    String profile(Principal producer, Model model) {
        model.addAttribute("values", profiles.find(producer.getName()).map(ApplyPages::values)
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
            problems.put("region", texts.message("location.region.unknown", null, locale));
        }
        if (problems.isEmpty()) {
            try {
                territories.locate(profile.region(), profile.district(), profile.aiylAimak(), profile.village());
            } catch (FieldException e) {
                problems.put(e.field(), texts.of(e, locale));
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
                    problems.put("region", texts.message("location.region.unknown", null, locale));
                }
                territories.locate(form.region(), form.district(), form.aiylAimak(), form.village());
            } catch (FieldException e) {
                problems.put(e.field(), texts.of(e, locale));
            }
        }
        problems.keySet().retainAll(current.fields());
        return applyPage(model, params, problems.isEmpty() ? ApplyStep.number(step + 1) : current, problems);
    }

    /** A saved draft, page by page again, with what it holds; the last page saves it in place. */
    @GetMapping("/portal/applications/{number}/edit")
    String edit(@PathVariable String number, Principal producer, Model model) {
        Application draft = applications.get(producer.getName(), number);
        if (draft.status() != ApplicationStatus.draft) {
            return "redirect:/portal/applications/" + number;
        }
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        ApplicationForm form = ApplicationStore.form(draft);
        values.add("number", number);
        values.add("producerType", form.producerType());
        values.add("producerName", form.producerName());
        values.add("taxpayerNumber", form.taxpayerNumber());
        values.add("phone", form.phone());
        values.add("email", form.email());
        values.add("preferredLanguage", form.preferredLanguage().name());
        values.add("region", form.regionCode());
        values.add("district", form.district());
        values.add("aiylAimak", form.aiylAimak());
        values.add("village", form.village());
        values.add("productNameKy", form.productNameKy());
        values.add("productNameRu", form.productNameRu());
        values.add("productNameEn", form.productNameEn());
        values.add("category", form.category());
        values.add("description", form.description());
        values.add("story", form.story());
        values.add("localRawMaterialShare", String.valueOf(form.localRawMaterialShare()));
        values.add("annualCapacity", String.valueOf(form.annualCapacity()));
        values.add("capacityUnit", form.capacityUnit());
        if (form.targetMarkets() != null) {
            values.put("targetMarkets", List.of(form.targetMarkets().split(",")));
        }
        // Unticked boxes send nothing: only the ticked ones are values.
        Map.of("womenLed", form.womenLed(), "youthLed", form.youthLed(), "highMountain", form.highMountain(),
                "registeredBusiness", form.registeredBusiness()).forEach((flag, on) -> {
                    if (on) {
                        values.add(flag, "true");
                    }
                });
        return applyPage(model, values, ApplyStep.PRODUCER, Map.of());
    }

    /** The last page: the whole form checked again and kept as a draft (a new one, or the one being edited). */
    @PostMapping("/portal/applications")
    String create(@RequestParam MultiValueMap<String, String> params, Principal producer, Model model, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        ApplicationRequest form = request(params, problems, locale);
        validator.validate(form).forEach(v -> problems.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
        if (problems.isEmpty()) {
            try {
                String editing = params.getFirst("number");
                Application draft = editing == null
                        ? applications.createDraft(producer.getName(), form.toForm(regions, territories))
                        : applications.updateDraft(producer.getName(), editing, form.toForm(regions, territories));
                return "redirect:/portal/applications/" + draft.number();
            } catch (FieldException e) {
                problems.put(e.field(), texts.of(e, locale));
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
            problems.put(field, texts.message("typeMismatch", null, locale));
            return null;
        }
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
