package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.TaskInputs;

/** The association's review: no conflict of interest, marketing and story 0–25, producer and community 0–30. */
@Component("marketReviewListener")
class MarketReviewListener implements TaskListener {

    private final ApplicationStore applications;

    MarketReviewListener(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputs.requireTrue(task, ASSOCIATION_NO_CONFLICT, "the reviewer must declare no conflict of interest");
        int marketing = TaskInputs.requireWholeNumber(task, MARKETING_SCORE, 0, 25);
        int community = TaskInputs.requireWholeNumber(task, COMMUNITY_SCORE, 0, 30);
        String comment = TaskInputs.optionalText(task, MARKET_COMMENT, MAX_REASON_LENGTH);
        applications.record(APPLICATION_NUMBER.get(task), new Decision("market-review", "scored", comment, null, null,
                marketing, community, null, true, Reviewers.of(task)));
    }
}
