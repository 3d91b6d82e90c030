package kg.ovop.grant;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.grant.fund.Money;

/**
 * Writes the tranche plan of grant-tranches.dmn as amounts of the approved grant; each share is
 * rounded down to the tyiyn and the last tranche takes the rest, so the plan adds up exactly.
 */
@Component("recordTranchePlanDelegate")
class RecordTranchePlanDelegate implements JavaDelegate {

    private final GrantStore grants;

    RecordTranchePlanDelegate(GrantStore grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        List<?> plan = (List<?>) execution.getVariable(DevelopmentGrant.TRANCHE_PLAN);
        // Recorded in the store: the decision result need not stay in the process.
        execution.removeVariable(DevelopmentGrant.TRANCHE_PLAN);
        if (grants.tranches(number).isEmpty()) {
            Money approved = grants.get(number).approved();
            Money planned = Money.ZERO;
            for (int i = 0; i < plan.size(); i++) {
                Map<?, ?> row = (Map<?, ?>) plan.get(i);
                int percent = ((Number) row.get("percent")).intValue();
                Money amount = i == plan.size() - 1 ? approved.minus(planned) : approved.percent(percent);
                planned = planned.plus(amount);
                grants.planTranche(number, new Tranche(((Number) row.get("tranche")).intValue(), percent, (String) row.get("after"),
                        amount, null, null, null));
            }
        }
        DevelopmentGrant.TRANCHES.set(execution, plan.size());
        DevelopmentGrant.TRANCHE.set(execution, 1);
    }
}
