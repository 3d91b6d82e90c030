package kg.ovop.grant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a fully paid grant: the final report's figures become its outcome, anything reserved and unpaid goes back. */
@Component("closeGrantDelegate")
class CloseGrantDelegate implements JavaDelegate {

    private final GrantApplications door;

    CloseGrantDelegate(GrantApplications door) {
        this.door = door;
    }

    @Override
    public void execute(DelegateExecution execution) {
        door.close(execution.getProcessBusinessKey());
    }
}
