package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;

import kg.ovop.engine.InvalidFormInputException;
import kg.ovop.engine.TaskInputs;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

/** The brand application as submitted, checked field by field on the server. */
public record ApplicationForm(
        String producerType, String producerName, String taxpayerNumber, String phone, String email,
        Language preferredLanguage, String regionCode, String district, String aiylAimak, String village,
        String productNameKy, String productNameRu, String productNameEn, String category, String description,
        String story, int localRawMaterialShare, int annualCapacity, String capacityUnit, String targetMarkets,
        boolean womenLed, boolean youthLed, boolean highMountain, boolean registeredBusiness,
        boolean hasConformityDocument) {

    public static final Set<String> PRODUCER_TYPES = Set.of("individual-entrepreneur", "farmer-household", "cooperative", "company");
    public static final Set<String> UNITS = Set.of("kg", "l", "pieces", "m2");
    public static final Set<String> MARKETS = Set.of("KG", "KZ", "RU", "CN", "JP", "US", "EU", "OTHER");
    /** Shared with the API's request validation, so both refuse the same values. */
    public static final String TAXPAYER_PATTERN = "\\d{14}";
    public static final String PHONE_PATTERN = "\\+996\\d{9}";
    static final Pattern TAXPAYER = Pattern.compile(TAXPAYER_PATTERN);
    static final Pattern PHONE_KG = Pattern.compile(PHONE_PATTERN);
    static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The form as process variables: what Tasklist's start form would submit. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PRODUCER_TYPE.name(), producerType);
        variables.put(PRODUCER_NAME.name(), producerName);
        variables.put(TAXPAYER_NUMBER.name(), taxpayerNumber);
        variables.put(PHONE.name(), phone);
        variables.put(EMAIL.name(), email);
        variables.put(PREFERRED_LANGUAGE.name(), preferredLanguage.name());
        variables.put(REGION.name(), regionCode);
        variables.put(DISTRICT.name(), district);
        variables.put(AIYL_AIMAK.name(), aiylAimak);
        variables.put(VILLAGE.name(), village);
        variables.put(PRODUCT_NAME_KY.name(), productNameKy);
        variables.put(PRODUCT_NAME_RU.name(), productNameRu);
        variables.put(PRODUCT_NAME_EN.name(), productNameEn);
        variables.put(CATEGORY.name(), category);
        variables.put(DESCRIPTION.name(), description);
        variables.put(STORY.name(), story);
        variables.put(LOCAL_SHARE.name(), localRawMaterialShare);
        variables.put(ANNUAL_CAPACITY.name(), annualCapacity);
        variables.put(CAPACITY_UNIT.name(), capacityUnit);
        variables.put(TARGET_MARKETS, targetMarkets);
        variables.put(WOMEN_LED.name(), womenLed);
        variables.put(YOUTH_LED.name(), youthLed);
        variables.put(HIGH_MOUNTAIN.name(), highMountain);
        variables.put(REGISTERED_BUSINESS.name(), registeredBusiness);
        variables.put(HAS_CONFORMITY_DOCUMENT.name(), hasConformityDocument);
        return variables;
    }

    static ApplicationForm read(VariableScope form, RegionDirectory regions) {
        String region = TaskInputs.requireText(form, REGION, 8);
        if (regions.find(region).isEmpty()) {
            throw new InvalidFormInputException(REGION.name(), "unknown region '" + region + "'");
        }
        String category = TaskInputs.requireText(form, CATEGORY, 32);
        if (!ProductCategory.isCode(category)) {
            throw new InvalidFormInputException(CATEGORY.name(), "unknown category '" + category + "'");
        }
        List<String> markets = TaskInputs.choices(form, TARGET_MARKETS, MARKETS);
        return new ApplicationForm(
                TaskInputs.requireOneOf(form, PRODUCER_TYPE, PRODUCER_TYPES),
                TaskInputs.requireText(form, PRODUCER_NAME, 200),
                TaskInputs.requireMatch(form, TAXPAYER_NUMBER, TAXPAYER, "14 digits"),
                TaskInputs.requireMatch(form, PHONE, PHONE_KG, "+996 followed by 9 digits"),
                TaskInputs.requireMatch(form, EMAIL, EMAIL_ADDRESS, "an e-mail address"),
                Language.valueOf(TaskInputs.requireOneOf(form, PREFERRED_LANGUAGE, Set.of("ky", "ru", "en"))),
                region,
                TaskInputs.requireText(form, DISTRICT, 100),
                TaskInputs.requireText(form, AIYL_AIMAK, 100),
                TaskInputs.requireText(form, VILLAGE, 100),
                TaskInputs.requireText(form, PRODUCT_NAME_KY, 200),
                TaskInputs.requireText(form, PRODUCT_NAME_RU, 200),
                TaskInputs.optionalText(form, PRODUCT_NAME_EN, 200),
                category,
                TaskInputs.requireText(form, DESCRIPTION, 4000),
                TaskInputs.optionalText(form, STORY, 4000),
                TaskInputs.requireWholeNumber(form, LOCAL_SHARE, 0, 100),
                TaskInputs.requireWholeNumber(form, ANNUAL_CAPACITY, 1, 100_000_000),
                TaskInputs.requireOneOf(form, CAPACITY_UNIT, UNITS),
                markets.isEmpty() ? null : String.join(",", markets),
                TaskInputs.flag(form, WOMEN_LED),
                TaskInputs.flag(form, YOUTH_LED),
                TaskInputs.flag(form, HIGH_MOUNTAIN),
                TaskInputs.flag(form, REGISTERED_BUSINESS),
                TaskInputs.flag(form, HAS_CONFORMITY_DOCUMENT));
    }
}
