package kg.ovop.grant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives the money promised to a grant and not paid back to its call (a lapsed agreement, a
 * terminated grant: input {@code releasePurpose}), then offers it to the call's waitlist.
 */
@Component("releaseGrantMoneyDelegate")
class ReleaseGrantMoneyDelegate implements JavaDelegate {

    private final GrantApplications door;

    ReleaseGrantMoneyDelegate(GrantApplications door) {
        this.door = door;
    }

    @Override
    public void execute(DelegateExecution execution) {
        door.releaseRest(execution.getProcessBusinessKey(), DevelopmentGrant.RELEASE_PURPOSE.get(execution));
    }
}
