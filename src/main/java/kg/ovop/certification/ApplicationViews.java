package kg.ovop.certification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kg.ovop.document.DocumentKind;
import kg.ovop.document.Documents;

/**
 * What the task forms show, read from the store: the application as submitted, the eligibility
 * findings, the agency's latest question and, for the committee, the current round's reviews and rating. The keys
 * are the forms' read-only field keys.
 */
@Component
class ApplicationViews {

    private final ApplicationStore applications;
    private final Documents documents;

    ApplicationViews(ApplicationStore applications, Documents documents) {
        this.applications = applications;
        this.documents = documents;
    }

    Map<String, Object> of(String number) {
        Application a = applications.get(number);
        return view(a, documents.has(a.id(), DocumentKind.conformity), applications.latestDecision(number, "eligibility"),
                applications.latestDecision(number, "screening"), applications.latestDecision(number, "quality-review"),
                applications.latestDecision(number, "market-review"));
    }

    static Map<String, Object> view(Application a, boolean conformityDocument, Optional<Decision> eligibility,
            Optional<Decision> screening, Optional<Decision> quality, Optional<Decision> market) {
        Map<String, Object> view = new HashMap<>();
        view.put("applicationNumber", a.number());
        view.put("producerType", a.producerType());
        view.put("producerName", a.producerName());
        view.put("taxpayerNumber", a.taxpayerNumber());
        view.put("phone", a.phone());
        view.put("email", a.email());
        view.put("preferredLanguage", a.preferredLanguage().name());
        view.put("registeredBusiness", a.registeredBusiness());
        view.put("womenLed", a.womenLed());
        view.put("youthLed", a.youthLed());
        view.put("region", a.regionCode());
        view.put("district", a.district());
        view.put("aiylAimak", a.aiylAimak());
        view.put("village", a.village());
        view.put("highMountain", a.highMountain());
        view.put("productNameKy", a.productNameKy());
        view.put("productNameRu", a.productNameRu());
        view.put("productNameEn", a.productNameEn());
        view.put("category", a.category());
        view.put("productDescription", a.description());
        view.put("productStory", a.story());
        view.put("localRawMaterialShare", a.localRawMaterialShare());
        view.put("annualCapacity", a.annualCapacity());
        view.put("capacityUnit", a.capacityUnit());
        view.put("targetMarkets", a.targetMarkets() == null ? List.of() : Arrays.asList(a.targetMarkets().split(",")));
        view.put("hasConformityDocument", conformityDocument);
        view.put("eligibilityReasons", eligibility.map(Decision::details).orElse(null));
        view.put(BrandCertification.INFORMATION_REQUEST, screening.map(Decision::details).orElse(null));
        quality.ifPresent(review -> {
            view.put(BrandCertification.QUALITY_SCORE, review.qualityScore());
            view.put(BrandCertification.LAB_RESULT, review.labResult());
            view.put(BrandCertification.QUALITY_COMMENT, review.details());
        });
        market.ifPresent(review -> {
            view.put(BrandCertification.MARKETING_SCORE, review.marketingScore());
            view.put(BrandCertification.COMMUNITY_SCORE, review.communityScore());
            view.put(BrandCertification.MARKET_COMMENT, review.details());
        });
        view.put(BrandCertification.RECOMMENDED_STARS.name(), a.recommendedStars());
        return view;
    }
}
