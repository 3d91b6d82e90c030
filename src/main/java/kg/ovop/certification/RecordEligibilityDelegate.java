package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sums up the eligibility table's findings (hit policy COLLECT: one row per reason) into one
 * outcome: ineligible if any rule says so, else manual check if any rule asks for it, else
 * eligible. Flags are kept as reasons without changing the outcome.
 */
@Component("recordEligibilityDelegate")
class RecordEligibilityDelegate implements JavaDelegate {

    static final String INELIGIBLE = "ineligible";
    static final String MANUAL_CHECK = "manualCheck";
    static final String ELIGIBLE = "eligible";

    private final ApplicationStore applications;

    RecordEligibilityDelegate(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, Object>> findings = findings(execution.getVariable(ELIGIBILITY_FINDINGS));
        List<String> outcomes = findings.stream().map(f -> String.valueOf(f.get("outcome"))).toList();
        String outcome = outcomes.contains(INELIGIBLE) ? INELIGIBLE : outcomes.contains(MANUAL_CHECK) ? MANUAL_CHECK : ELIGIBLE;
        String reasons = String.join(",", findings.stream().map(f -> String.valueOf(f.get("reason"))).toList());
        ELIGIBILITY.set(execution, outcome);
        applications.record(execution.getProcessBusinessKey(),
                Decision.of("eligibility", outcome, reasons.isEmpty() ? null : reasons, "system"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> findings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((Collection<Map<String, Object>>) value).stream().toList();
    }
}
