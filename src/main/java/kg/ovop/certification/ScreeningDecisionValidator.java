package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.INFORMATION_REQUEST;
import static kg.ovop.certification.BrandCertification.MAX_REASON_LENGTH;
import static kg.ovop.certification.BrandCertification.REJECTION_REASON;
import static kg.ovop.certification.BrandCertification.SCREENING_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.TaskInputs;

/** Refuses a screening without a known decision, or a request or rejection without its text. */
@Component("screeningDecisionValidator")
public class ScreeningDecisionValidator implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ScreeningDecision decision = TaskInputs.requireChoice(task, SCREENING_DECISION, ScreeningDecision.class);
        switch (decision) {
            case requestInformation -> TaskInputs.requireText(task, INFORMATION_REQUEST, MAX_REASON_LENGTH);
            case reject -> TaskInputs.requireText(task, REJECTION_REASON, MAX_REASON_LENGTH);
            case accept -> { }
        }
    }
}
