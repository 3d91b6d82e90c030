package kg.ovop.grant;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import kg.ovop.engine.ProcessDriver;
import kg.ovop.engine.ShownValues;
import kg.ovop.identity.ProcessParticipants;

/** The only class that drives development-grant through the engine's services ({@link GrantApplications} decides what). */
@Component
class GrantProcess extends ProcessDriver {

    GrantProcess(ProcessParticipants developmentGrantParticipants, RuntimeService runtime, TaskService tasks, IdentityService identity,
            ShownValues shownValues) {
        super(developmentGrantParticipants, runtime, tasks, identity, shownValues);
    }

    ProcessInstance start(String user, String number) {
        return start(user, number, Map.of());
    }

    /** A waitlisted application whose money is now reserved goes on to the agreement. */
    void moneyOffered(String number) {
        correlate(DevelopmentGrant.MESSAGE_MONEY_OFFERED, number, Map.of());
    }

    /** Whether the instance waits at the waitlist for money (not, e.g., while its waitlist notice is still being sent). */
    boolean awaitsMoney(String processInstanceId) {
        return processInstanceId != null && asSystem(() -> runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").eventName(DevelopmentGrant.MESSAGE_MONEY_OFFERED).count() > 0);
    }

    /** Ends the grant through the misuse event subprocess. */
    void misuseReported(String number) {
        correlate(DevelopmentGrant.MESSAGE_MISUSE_REPORTED, number, Map.of());
    }
}
