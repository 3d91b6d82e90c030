package kg.ovop.certification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import kg.ovop.web.Language;

/** Test data: a brand application as its fields, and the way a producer submits it (through the door). */
public final class TestApplications {

    /** Enough of a PDF for the upload's content check. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private TestApplications() {
    }

    /**
     * A complete, valid application; tests override single fields.
     */
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
        form.put("womenLed", false);
        form.put("youthLed", false);
        form.put("highMountain", false);
        for (int i = 0; i < overrides.length; i += 2) {
            form.put((String) overrides[i], overrides[i + 1]);
        }
        return form;
    }

    /** The same application as the JSON body of {@code POST /api/applications}. */
    public static Map<String, Object> apiRequest(Map<String, Object> form) {
        Map<String, Object> body = new HashMap<>(form);
        body.put("description", body.remove("productDescription"));
        body.put("story", body.remove("productStory"));
        body.remove("hasConformityDocument");
        return body;
    }

    /** Creates the draft, attaches the required documents (conformity certificate, product photo), and submits it. */
    public static Application submit(BrandApplications door, String producer, Map<String, Object> form) {
        Application draft = door.createDraft(producer, applicationForm(form));
        attachRequired(door, producer, draft.number());
        return door.submit(producer, draft.number());
    }

    /** Attaches the documents a draft needs before it is submitted. */
    public static void attachRequired(BrandApplications door, String producer, String number) {
        door.addDocument(producer, number, "conformity", "conformity.pdf", PDF.length, new ByteArrayInputStream(PDF));
        door.addDocument(producer, number, "photo", "product.pdf", PDF.length, new ByteArrayInputStream(PDF));
    }

    @SuppressWarnings("unchecked")
    public static ApplicationForm applicationForm(Map<String, Object> f) {
        List<String> markets = (List<String>) f.get("targetMarkets");
        return new ApplicationForm((String) f.get("producerType"), (String) f.get("producerName"), (String) f.get("taxpayerNumber"),
                (String) f.get("phone"), (String) f.get("email"), Language.valueOf((String) f.get("preferredLanguage")),
                (String) f.get("region"), (String) f.get("district"), (String) f.get("aiylAimak"), (String) f.get("village"),
                (String) f.get("productNameKy"), (String) f.get("productNameRu"), (String) f.get("productNameEn"),
                (String) f.get("category"), (String) f.get("productDescription"), (String) f.get("productStory"),
                (Integer) f.get("localRawMaterialShare"), (Integer) f.get("annualCapacity"), (String) f.get("capacityUnit"),
                markets == null || markets.isEmpty() ? null : String.join(",", markets), (Boolean) f.get("womenLed"),
                (Boolean) f.get("youthLed"), (Boolean) f.get("highMountain"), (Boolean) f.get("registeredBusiness"));
    }
}
