package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.Map;

import org.springframework.stereotype.Component;

import kg.ovop.engine.FormValues;
import kg.ovop.engine.InvalidFormInputException;

/**
 * The committee's decision: an award at 3–5 stars (a level other than the stored rating needs a
 * reason), a refusal or a return to the experts with a reason.
 */
@Component
class CommitteeStep implements TaskStep {

    private final ApplicationStore applications;

    CommitteeStep(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public String taskKey() {
        return TASK_DECIDE_AWARD;
    }

    @Override
    public String stage() {
        return "committee";
    }

    @Override
    public Map<String, Object> record(Application application, FormValues form, String user) {
        CommitteeDecision decision = CommitteeDecision.valueOf(form.text(COMMITTEE_DECISION.name()));
        Integer stars = null;
        String details;
        if (decision == CommitteeDecision.award) {
            stars = Integer.valueOf(form.text(AWARDED_STARS));
            details = form.text(LEVEL_CHANGE_REASON);
            if (!stars.equals(application.recommendedStars()) && details == null) {
                throw new InvalidFormInputException(LEVEL_CHANGE_REASON,
                        "is required when the level differs from the rating (" + application.recommendedStars() + " stars)");
            }
        } else {
            details = form.text(COMMITTEE_REASON);
        }
        applications.record(application.number(), new Decision(stage(), decision.name(), details, null, null,
                null, null, stars, true, user));
        return Map.of(COMMITTEE_DECISION.name(), decision.name());
    }
}
