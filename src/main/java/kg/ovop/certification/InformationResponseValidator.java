package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.INFORMATION_RESPONSE;
import static kg.ovop.certification.BrandCertification.MAX_ANSWER_LENGTH;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.TaskInputs;

/** A producer's answer to an information request must say something. */
@Component("informationResponseValidator")
public class InformationResponseValidator implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        TaskInputs.requireText(task, INFORMATION_RESPONSE, MAX_ANSWER_LENGTH);
    }
}
