package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.RECOMMENDED_STARS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rating table's recommendation in the store, where the committee's step reads it, and
 * records the rating in the decision history with the scores it was made on and, when the brand is
 * not recommended, why: the producer is told which criterion failed.
 */
@Component("recordRatingListener")
class RecordRatingListener implements ExecutionListener {

    static final String STAGE = "rating";
    static final String LAB_FAILED = "lab-failed";
    static final String BELOW_PASS_MARK = "below-pass-mark";
    static final int PASS_MARK = 50;

    private final ApplicationStore applications;

    RecordRatingListener(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        int stars = RECOMMENDED_STARS.get(execution).intValue();
        applications.recordRating(number, stars);
        Decision quality = applications.latestDecision(number, "quality-review").orElseThrow();
        Decision market = applications.latestDecision(number, "market-review").orElseThrow();
        int total = total(quality.qualityScore(), market.marketingScore(), market.communityScore());
        List<String> reasons = new ArrayList<>();
        if ("fail".equals(quality.labResult())) {
            reasons.add(LAB_FAILED);
        }
        // Bonus points can lift a total over the mark; a refusal with a passed lab test was below it with them too.
        if (stars == 0 && (reasons.isEmpty() || total < PASS_MARK)) {
            reasons.add(BELOW_PASS_MARK);
        }
        applications.record(number, new Decision(STAGE, stars > 0 ? "recommended" : "notRecommended",
                stars > 0 ? null : String.join(",", reasons), quality.qualityScore(), quality.labResult(), market.marketingScore(),
                market.communityScore(), stars, null, "system"));
    }

    /** The total of the three expert scores, before bonus points. */
    static int total(Number quality, Number marketing, Number community) {
        return quality.intValue() + marketing.intValue() + community.intValue();
    }
}
