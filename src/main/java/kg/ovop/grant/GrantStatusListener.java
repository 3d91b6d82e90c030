package kg.ovop.grant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps a grant application's status in step with the process, from execution listeners on the
 * flows that change it: {@code ${grantStatus.set(execution, 'in_scoring')}}.
 */
@Component("grantStatus")
public class GrantStatusListener {

    private final GrantStore grants;

    GrantStatusListener(GrantStore grants) {
        this.grants = grants;
    }

    public void set(DelegateExecution execution, String status) {
        grants.status(execution.getProcessBusinessKey(), GrantStatus.valueOf(status));
    }
}
