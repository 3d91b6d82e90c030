package kg.ovop.certification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kg.ovop.document.StoredDocument;
import kg.ovop.web.Language;

/**
 * An application as its producer sees it: where it stands, what was decided and why, what is
 * asked of them, their documents, and the certificate once awarded.
 */
public record ApplicationView(
        String number,
        ApplicationStatus status,
        Instant statusSince,
        String productNameKy,
        String productNameRu,
        String productNameEn,
        String category,
        String region,
        String village,
        String informationRequested,
        String certificateNumber,
        List<StoredDocument> documents,
        List<Map<String, Object>> decisions) {

    static ApplicationView of(Application a, String informationRequested, List<StoredDocument> documents,
            List<Map<String, Object>> decisions) {
        // Producers see what was decided and why, not who decided it, the reviewers' scores or their conflicts of interest.
        List<Map<String, Object>> visible = decisions.stream().filter(d -> !Decision.CONFLICT_OF_INTEREST.equals(d.get("stage"))).map(d -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("stage", d.get("stage"));
            shown.put("outcome", d.get("outcome"));
            shown.put("details", d.get("details"));
            if (RecordRatingListener.STAGE.equals(d.get("stage"))) {
                // Not the reviewers' scores: the total the brand was refused on.
                shown.put("total", RecordRatingListener.total((Number) d.get("score_quality"), (Number) d.get("score_marketing"),
                        (Number) d.get("score_community")));
            }
            shown.put("decidedAt", d.get("decided_at"));
            return shown;
        }).toList();
        return new ApplicationView(a.number(), a.status(), a.statusChangedAt(), a.productNameKy(), a.productNameRu(),
                a.productNameEn(), a.category(), a.regionCode(), a.village(), informationRequested, a.certificateNumber(),
                documents, visible);
    }

    /** The product's name in the reader's language: Russian pages show the Russian name, English ones the English (else Kyrgyz). */
    public String productName(Language language) {
        return language.pick(productNameKy, productNameRu, productNameEn);
    }
}
