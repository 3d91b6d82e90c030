package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.Map;

import org.springframework.stereotype.Component;

import kg.ovop.engine.FormValues;

/** The association's review: marketing and story 0–25, producer and community 0–30, no conflict of interest. */
@Component
class MarketReviewStep implements TaskStep {

    private final ApplicationStore applications;

    MarketReviewStep(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public String taskKey() {
        return TASK_REVIEW_MARKET;
    }

    @Override
    public String stage() {
        return "market-review";
    }

    @Override
    public Map<String, Object> record(Application application, FormValues form, String user) {
        applications.record(application.number(), new Decision(stage(), "scored", form.text(MARKET_COMMENT), null,
                null, form.whole(MARKETING_SCORE), form.whole(COMMUNITY_SCORE), null, true, user));
        return Map.of();
    }
}
