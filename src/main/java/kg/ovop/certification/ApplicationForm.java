package kg.ovop.certification;

import java.util.Set;

import kg.ovop.web.Language;

/** The brand application as a producer fills it in (the portal and the API check it before it gets here). */
public record ApplicationForm(
        String producerType, String producerName, String taxpayerNumber, String phone, String email,
        Language preferredLanguage, String regionCode, String district, String aiylAimak, String village,
        String productNameKy, String productNameRu, String productNameEn, String category, String description,
        String story, int localRawMaterialShare, int annualCapacity, String capacityUnit, String targetMarkets,
        boolean womenLed, boolean youthLed, boolean highMountain, boolean registeredBusiness) {

    public static final Set<String> PRODUCER_TYPES = Set.of("individual-entrepreneur", "farmer-household", "cooperative", "company");
    public static final Set<String> UNITS = Set.of("kg", "l", "pieces", "m2");
    public static final Set<String> MARKETS = Set.of("KG", "KZ", "RU", "CN", "JP", "US", "EU", "OTHER");
    /** Shared with the API's request validation, so both refuse the same values. */
    public static final String TAXPAYER_PATTERN = "\\d{14}";
    public static final String PHONE_PATTERN = "\\+996\\d{9}";

    /**
     * A Kyrgyz mobile number as people write it ("0700 123 456", "+996 (700) 12-34-56", "996700123456")
     * in the stored form +996XXXXXXXXX; anything else is left for the pattern to refuse.
     */
    public static String tidyPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s()\\-.]", "");
        if (digits.matches("0\\d{9}")) {
            return "+996" + digits.substring(1);
        }
        if (digits.matches("996\\d{9}")) {
            return "+" + digits;
        }
        return digits;
    }

    /** A taxpayer number typed with spaces or dashes between its digits. */
    public static String tidyTaxpayerNumber(String number) {
        return number == null ? null : number.replaceAll("[\\s\\-]", "");
    }

    /** The same application with the high-mountain status the territory lists give. */
    public ApplicationForm withHighMountain(boolean known) {
        return new ApplicationForm(producerType, producerName, taxpayerNumber, phone, email, preferredLanguage, regionCode, district,
                aiylAimak, village, productNameKy, productNameRu, productNameEn, category, description, story,
                localRawMaterialShare, annualCapacity, capacityUnit, targetMarkets, womenLed, youthLed, known, registeredBusiness);
    }
}
