package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.TaskInputs;

/** A producer's answer to an information request must say something; it is kept with the application. */
@Component("informationProvidedListener")
class InformationProvidedListener implements TaskListener {

    private final ApplicationStore applications;

    InformationProvidedListener(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        String answer = TaskInputs.requireText(task, INFORMATION_RESPONSE, MAX_ANSWER_LENGTH);
        applications.record(APPLICATION_NUMBER.get(task), Decision.of("information", "provided", answer, Reviewers.of(task)));
    }
}
