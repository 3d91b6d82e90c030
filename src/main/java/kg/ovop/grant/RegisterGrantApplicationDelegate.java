package kg.ovop.grant;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.engine.ProcessDriver;

/** Ties the instance to the grant application the door submitted; any other start (e.g. over /engine-rest) is refused. */
@Component("registerGrantApplicationDelegate")
class RegisterGrantApplicationDelegate implements JavaDelegate {

    private final GrantStore grants;

    RegisterGrantApplicationDelegate(GrantStore grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        if (!ProcessDriver.startingThroughDoor(number)) {
            throw new AuthorizationException("Grant applications are made in the portal or at /api/grants, "
                    + "not by starting the process");
        }
        grants.started(number, execution.getProcessInstanceId());
    }
}
