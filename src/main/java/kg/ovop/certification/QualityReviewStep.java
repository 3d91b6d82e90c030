package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.Map;

import org.springframework.stereotype.Component;

import kg.ovop.engine.FormValues;

/** Academia's review: quality and safety 0–45 and the lab result, after declaring no conflict of interest. */
@Component
class QualityReviewStep implements TaskStep {

    private final ApplicationStore applications;

    QualityReviewStep(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public String taskKey() {
        return TASK_REVIEW_QUALITY;
    }

    @Override
    public String stage() {
        return "quality-review";
    }

    @Override
    public Map<String, Object> record(Application application, FormValues form, String user) {
        applications.record(application.number(), new Decision(stage(), "scored", form.text(QUALITY_COMMENT),
                form.whole(QUALITY_SCORE), form.text(LAB_RESULT), null, null, null, true, user));
        return Map.of();
    }
}
