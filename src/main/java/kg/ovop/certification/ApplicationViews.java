package kg.ovop.certification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;
import kg.ovop.document.DocumentKind;
import kg.ovop.document.Documents;
import kg.ovop.document.StoredDocument;
import kg.ovop.engine.TaskViews;

/**
 * What the task forms show, read from the store: the application as submitted, the eligibility
 * findings, the agency's latest question and, for the committee, the current round's reviews and rating. The keys
 * are the forms' read-only field keys.
 */
@Component
class ApplicationViews implements TaskViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(TimeConfiguration.BISHKEK);

    private final ApplicationStore applications;
    private final Documents documents;

    ApplicationViews(ApplicationStore applications, Documents documents) {
        this.applications = applications;
        this.documents = documents;
    }

    @Override
    public String processDefinitionKey() {
        return BrandCertification.PROCESS_ID;
    }

    @Override
    public Map<String, Object> of(String number) {
        Application a = applications.get(number);
        List<StoredDocument> attached = documents.list(a.id());
        Map<String, Object> view = view(a, attached.stream().anyMatch(d -> DocumentKind.conformity.code().equals(d.kind())),
                applications.latestDecision(number, "eligibility"), applications.latestDecision(number, "screening"),
                applications.latestDecision(number, "quality-review"), applications.latestDecision(number, "market-review"));
        view.putAll(context(applications.decisions(number), attached, applications.latestDecision(number, "committee")));
        return view;
    }

    /** What the reviewers see besides the application: earlier questions and answers, the committee's reason, earlier rounds. */
    static Map<String, Object> context(List<Map<String, Object>> history, List<StoredDocument> attached, Optional<Decision> committee) {
        Map<String, Object> context = new HashMap<>();
        context.put(BrandCertification.INFORMATION_ROUNDS, informationRoundsText(informationRounds(history, attached)));
        context.put(BrandCertification.COMMITTEE_RETURN_REASON, committee
                .filter(d -> CommitteeDecision.backToExperts.name().equals(d.outcome())).map(Decision::details).orElse(null));
        context.put(BrandCertification.EARLIER_QUALITY_REVIEWS, rounds(history, "quality-review",
                d -> "quality " + d.get("score_quality") + "/45, lab " + d.get("lab_result")));
        context.put(BrandCertification.EARLIER_MARKET_REVIEWS, rounds(history, "market-review",
                d -> "marketing " + d.get("score_marketing") + "/25, community " + d.get("score_community") + "/30"));
        return context;
    }

    /** Each question the agency asked, the producer's answer and the documents added after the question, oldest first. */
    static List<InformationRound> informationRounds(List<Map<String, Object>> history, List<StoredDocument> attached) {
        List<InformationRound> rounds = new ArrayList<>();
        Map<String, Object> asked = null;
        for (Map<String, Object> d : history) {
            if ("screening".equals(d.get("stage")) && ScreeningDecision.requestInformation.name().equals(d.get("outcome"))) {
                if (asked != null) {
                    rounds.add(round(rounds.size() + 1, asked, null, List.of()));
                }
                asked = d;
            } else if ("information".equals(d.get("stage")) && asked != null) {
                Instant since = instant(asked.get("decided_at"));
                Instant answeredAt = instant(d.get("decided_at"));
                rounds.add(round(rounds.size() + 1, asked, d, attached.stream()
                        .filter(doc -> doc.uploadedAt().isAfter(since) && !doc.uploadedAt().isAfter(answeredAt))
                        .map(doc -> new InformationRound.StoredDocumentName(doc.fileName(), doc.kind())).toList()));
                asked = null;
            }
        }
        if (asked != null) {
            rounds.add(round(rounds.size() + 1, asked, null, List.of()));
        }
        return rounds;
    }

    private static InformationRound round(int number, Map<String, Object> asked, Map<String, Object> answer,
            List<InformationRound.StoredDocumentName> added) {
        return new InformationRound(number, instant(asked.get("decided_at")), (String) asked.get("decided_by"),
                (String) asked.get("details"), answer == null ? null : instant(answer.get("decided_at")),
                answer == null ? null : (String) answer.get("details"), added);
    }

    /** The rounds as the screening form's read-only text (form values are plain text). */
    static String informationRoundsText(List<InformationRound> rounds) {
        StringBuilder text = new StringBuilder();
        for (InformationRound r : rounds) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Round ").append(r.number()).append(", asked ")
                    .append(DAY.format(r.askedAt())).append(" by ").append(r.askedBy()).append(":\n").append(r.question());
            if (r.answeredAt() != null) {
                text.append("\nAnswer, ").append(DAY.format(r.answeredAt())).append(":\n").append(r.answer());
                text.append("\nDocuments added: ").append(r.documentsAdded().isEmpty() ? "none" : String.join(", ",
                        r.documentsAdded().stream().map(doc -> doc.fileName() + " (" + doc.kind() + ")").toList()));
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** The recorded rounds of an expert stage, for the experts' next round after the committee sent it back. */
    static String rounds(List<Map<String, Object>> history, String stage, Function<Map<String, Object>, String> scores) {
        List<String> rounds = new ArrayList<>();
        for (Map<String, Object> d : history) {
            if (stage.equals(d.get("stage"))) {
                rounds.add("Round " + (rounds.size() + 1) + " (" + d.get("decided_by") + ", " + DAY.format(instant(d.get("decided_at")))
                        + "): " + scores.apply(d) + (d.get("details") == null ? "" : "\n" + d.get("details")));
            }
        }
        return rounds.isEmpty() ? null : String.join("\n\n", rounds);
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) timestamp).toInstant();
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
