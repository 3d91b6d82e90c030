package kg.ovop.grant;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the weighted total of grant-scoring.dmn and whether it passed, for the committee's ranking. */
@Component("recordGrantScoreDelegate")
class RecordGrantScoreDelegate implements JavaDelegate {

    private final GrantStore grants;

    RecordGrantScoreDelegate(GrantStore grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> scoring = (Map<?, ?>) execution.getVariable(DevelopmentGrant.SCORING);
        // Recorded in the store: the decision result need not stay in the process.
        execution.removeVariable(DevelopmentGrant.SCORING);
        int total = ((Number) scoring.get("totalScore")).intValue();
        boolean recommended = Boolean.TRUE.equals(scoring.get("recommended"));
        String number = execution.getProcessBusinessKey();
        grants.total(number, total);
        grants.record(number, new GrantDecision("scoring", recommended ? "recommended" : "notRecommended",
                String.valueOf(scoring.get("reason")), total, null, "system", null));
        DevelopmentGrant.RECOMMENDED.set(execution, recommended);
    }
}
