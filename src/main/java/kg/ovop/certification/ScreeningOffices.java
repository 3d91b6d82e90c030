package kg.ovop.certification;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import kg.ovop.identity.OvopGroup;

/**
 * Routes screening to the regional office of the application's region
 * ({@code camunda:candidateGroups="${screeningOffices.queue(execution)}"}): the
 * {@code screening-office} table of the process's own deployment names the office, and an office
 * without members (or a region the table does not name) falls back to the national agency queue.
 */
@Component("screeningOffices")
public class ScreeningOffices {

    public static final String DECISION = "screening-office";

    private final ApplicationStore applications;

    ScreeningOffices(ApplicationStore applications) {
        this.applications = applications;
    }

    /** The candidate group of the screening task, evaluated when the task is created. */
    public String queue(DelegateExecution execution) {
        String regionCode = applications.get(execution.getProcessBusinessKey()).regionCode();
        String deploymentId = ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
        CommandContext command = Context.getCommandContext();
        DecisionDefinition table = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedDecisionDefinitionByDeploymentAndKey(deploymentId, DECISION);
        String office = evaluate(table, regionCode);
        // Whoever's action created the task, counting an office's members is not theirs to be refused.
        boolean staffed = office != null && command.runWithoutAuthorization(
                () -> command.getReadOnlyIdentityProvider().createUserQuery().memberOfGroup(office).count() > 0);
        return staffed ? office : OvopGroup.AGENCY.id();
    }

    private static String evaluate(DecisionDefinition table, String regionCode) {
        try {
            DmnDecisionTableResult result = DecisionEvaluationUtil.evaluateDecisionTable(table,
                    Variables.createVariables().putValue("regionCode", regionCode));
            return result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Screening office table failed for region " + regionCode, e);
        }
    }
}
