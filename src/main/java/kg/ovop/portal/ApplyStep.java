package kg.ovop.portal;

import java.util.Arrays;
import java.util.List;

/**
 * The pages of "Apply for the brand", one topic each so a phone shows one short form at a time:
 * who applies, where, and the product. Documents and submission follow on the draft's own page.
 * Each page checks its own fields before the next one opens.
 */
enum ApplyStep {
    PRODUCER(List.of("producerType", "producerName", "taxpayerNumber", "phone", "email", "preferredLanguage",
            "registeredBusiness", "womenLed", "youthLed")),
    LOCATION(List.of("region", "district", "aiylAimak", "village", "highMountain")),
    PRODUCT(List.of("productNameKy", "productNameRu", "productNameEn", "category", "description", "story",
            "localRawMaterialShare", "annualCapacity", "capacityUnit", "targetMarkets"));

    private final List<String> fields;

    ApplyStep(List<String> fields) {
        this.fields = fields;
    }

    List<String> fields() {
        return fields;
    }

    /** 1-based, as the page shows it. */
    int number() {
        return ordinal() + 1;
    }

    static ApplyStep number(int number) {
        return values()[Math.max(1, Math.min(number, values().length)) - 1];
    }

    /** The page that holds a field; the first page for one no page holds. */
    static ApplyStep holding(String field) {
        return Arrays.stream(values()).filter(step -> step.fields.contains(field)).findFirst().orElse(PRODUCER);
    }

    /** Every field of the other pages, carried along as hidden inputs. */
    List<String> otherFields() {
        return Arrays.stream(values()).filter(step -> step != this).flatMap(step -> step.fields.stream()).toList();
    }
}
