package kg.ovop.grant;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records what grant-eligibility.dmn found: no reason means eligible; the reasons go into the decision history. */
@Component("recordGrantEligibilityDelegate")
class RecordGrantEligibilityDelegate implements JavaDelegate {

    private final GrantStore grants;

    RecordGrantEligibilityDelegate(GrantStore grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<?> reasons = (List<?>) execution.getVariable(DevelopmentGrant.ELIGIBILITY_REASONS);
        // Recorded in the store: the decision result need not stay in the process.
        execution.removeVariable(DevelopmentGrant.ELIGIBILITY_REASONS);
        boolean eligible = reasons == null || reasons.isEmpty();
        grants.record(execution.getProcessBusinessKey(), GrantDecision.of("eligibility", eligible ? "eligible" : "ineligible",
                eligible ? null : String.join(",", reasons.stream().map(String::valueOf).toList()), "system"));
        DevelopmentGrant.ELIGIBLE.set(execution, eligible);
    }
}
