package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.InvalidFormInputException;
import kg.ovop.engine.TaskInputs;

/**
 * The committee's decision: an award at 3–5 stars (a level other than the rating's needs a
 * reason), a refusal or a return to the experts with a reason; no conflict of interest declared.
 */
@Component("committeeDecisionListener")
class CommitteeDecisionListener implements TaskListener {

    private final ApplicationStore applications;

    CommitteeDecisionListener(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputs.requireTrue(task, COMMITTEE_NO_CONFLICT, "the committee member must declare no conflict of interest");
        CommitteeDecision decision = TaskInputs.requireChoice(task, COMMITTEE_DECISION, CommitteeDecision.class);
        Integer stars = null;
        String details;
        if (decision == CommitteeDecision.award) {
            stars = TaskInputs.requireWholeNumber(task, AWARDED_STARS, 3, 5);
            int recommended = RECOMMENDED_STARS.get(task).intValue();
            details = TaskInputs.optionalText(task, LEVEL_CHANGE_REASON, MAX_REASON_LENGTH);
            if (stars != recommended && details == null) {
                throw new InvalidFormInputException(LEVEL_CHANGE_REASON.name(),
                        "is required when the level differs from the rating (" + recommended + " stars)");
            }
        } else {
            details = TaskInputs.requireText(task, COMMITTEE_REASON, MAX_REASON_LENGTH);
        }
        applications.record(APPLICATION_NUMBER.get(task), new Decision("committee", decision.name(), details, null, null,
                null, null, stars, true, Reviewers.of(task)));
    }
}
