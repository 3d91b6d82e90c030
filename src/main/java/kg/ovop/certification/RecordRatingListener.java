package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.RECOMMENDED_STARS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the rating table's recommendation in the store, where the committee's step reads it. */
@Component("recordRatingListener")
class RecordRatingListener implements ExecutionListener {

    private final ApplicationStore applications;

    RecordRatingListener(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        applications.recordRating(execution.getProcessBusinessKey(), RECOMMENDED_STARS.get(execution).intValue());
    }
}
