package kg.ovop.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the application's status in step with the process, from execution listeners on the
 * elements that change it: {@code ${applicationStatus.set(execution, 'in_screening')}}.
 */
@Component("applicationStatus")
public class ApplicationStatusListener {

    private final ApplicationStore applications;

    ApplicationStatusListener(ApplicationStore applications) {
        this.applications = applications;
    }

    public void set(DelegateExecution execution, String status) {
        applications.changeStatus(execution.getProcessBusinessKey(), ApplicationStatus.valueOf(status));
    }
}
