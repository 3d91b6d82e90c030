package kg.ovop.certification;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.engine.InvalidFormInputException;

/**
 * The first step: the draft named by the business key becomes this instance's application. Only
 * {@link BrandApplications#submit} starts the process; a start from anywhere else (an
 * administrator over /engine-rest) is refused, so no instance ever runs on data the store did not check.
 */
@Component("registerApplicationDelegate")
class RegisterApplicationDelegate implements JavaDelegate {

    private final ApplicationStore applications;

    RegisterApplicationDelegate(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        if (!kg.ovop.engine.ProcessDriver.startingThroughDoor(number)) {
            throw new AuthorizationException("Brand applications are submitted in the portal or at /api/applications, "
                    + "not by starting the process");
        }
        if (!applications.submitDraft(number, execution.getProcessInstanceId())) {
            throw new InvalidFormInputException("businessKey", "'" + number + "' is not a draft application");
        }
    }
}
