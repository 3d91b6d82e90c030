package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.TaskInputs;

/** Academia's review: no conflict of interest declared, quality and safety 0–45, lab result pass or fail. */
@Component("qualityReviewListener")
class QualityReviewListener implements TaskListener {

    private final ApplicationStore applications;

    QualityReviewListener(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputs.requireTrue(task, ACADEMIA_NO_CONFLICT, "the reviewer must declare no conflict of interest");
        int quality = TaskInputs.requireWholeNumber(task, QUALITY_SCORE, 0, 45);
        String lab = TaskInputs.requireOneOf(task, LAB_RESULT, Set.of("pass", "fail"));
        String comment = TaskInputs.optionalText(task, QUALITY_COMMENT, MAX_REASON_LENGTH);
        applications.record(APPLICATION_NUMBER.get(task), new Decision("quality-review", "scored", comment, quality, lab,
                null, null, null, true, Reviewers.of(task)));
    }
}
