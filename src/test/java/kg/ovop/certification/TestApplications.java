package kg.ovop.certification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Test data: the brand application form as Tasklist or the portal submits it. */
public final class TestApplications {

    private TestApplications() {
    }

    /** A complete, valid application form; tests override single fields. */
    public static Map<String, Object> form(Object... overrides) {
        Map<String, Object> form = new HashMap<>();
        form.put("producerType", "cooperative");
        form.put("producerName", "Кочкор айымдар кооперативи");
        form.put("taxpayerNumber", "0" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
        form.put("phone", "+996700123456");
        form.put("email", "kochkor@example.org");
        form.put("preferredLanguage", "ky");
        form.put("region", "KG-N");
        form.put("district", "Кочкор району");
        form.put("aiylAimak", "Кочкор");
        form.put("village", "Кочкор");
        form.put("productNameKy", "Шырдак");
        form.put("productNameRu", "Шырдак (войлочный ковёр)");
        form.put("productNameEn", "Shyrdak felt carpet");
        form.put("category", "textiles-felt");
        form.put("productDescription", "Hand-made felt carpet from local sheep wool, natural dyes.");
        form.put("productStory", "Made by the women of Kochkor for four generations.");
        form.put("localRawMaterialShare", 95);
        form.put("annualCapacity", 300);
        form.put("capacityUnit", "pieces");
        form.put("targetMarkets", List.of("KZ", "JP"));
        form.put("registeredBusiness", true);
        form.put("hasConformityDocument", true);
        form.put("womenLed", false);
        form.put("youthLed", false);
        form.put("highMountain", false);
        for (int i = 0; i < overrides.length; i += 2) {
            form.put((String) overrides[i], overrides[i + 1]);
        }
        return form;
    }
}
