package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.TaskInputs;

/** Refuses a screening without a known decision, or a request or rejection without its text; records the rest. */
@Component("screeningCompletedListener")
class ScreeningCompletedListener implements TaskListener {

    private final ApplicationStore applications;

    ScreeningCompletedListener(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        ScreeningDecision decision = TaskInputs.requireChoice(task, SCREENING_DECISION, ScreeningDecision.class);
        String details = switch (decision) {
            case requestInformation -> TaskInputs.requireText(task, INFORMATION_REQUEST, MAX_REASON_LENGTH);
            case reject -> TaskInputs.requireText(task, REJECTION_REASON, MAX_REASON_LENGTH);
            case accept -> null;
        };
        applications.record(APPLICATION_NUMBER.get(task), Decision.of("screening", decision.name(), details, Reviewers.of(task)));
    }
}
