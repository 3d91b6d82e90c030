package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** Brand-certification process tests: the door, the store and helpers to drive an application. */
abstract class ProcessTestSupport extends kg.ovop.ProcessTestBase {

    @Autowired
    ApplicationStore applications;

    @Autowired
    BrandApplications door;

    EngineDriver driver() {
        return new EngineDriver(engine, door);
    }

    static Map<String, Object> form(Object... overrides) {
        return TestApplications.form(overrides);
    }

    ProcessInstance submit(Map<String, Object> form) {
        return driver().submit(form);
    }

    /** Runs every job that is due now (async continuations), repeatedly, until the instance waits. */
    void runDueJobs(ProcessInstance instance) {
        driver().runDueJobs(instance);
    }

    /** Fires one timer (boundary or catch event) by its activity id, then runs what follows. */
    void fireTimer(ProcessInstance instance, String activityId) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
        runDueJobs(instance);
    }

    /** A reviewer claims and completes a task through the engine with their own authorizations. */
    void complete(ProcessInstance instance, String taskKey, String user, String group, Map<String, Object> variables) {
        driver().complete(instance, taskKey, user, group, variables);
    }

    Task task(ProcessInstance instance, String taskKey) {
        return driver().task(instance, taskKey);
    }

    Application application(ProcessInstance instance) {
        return applications.get(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getBusinessKey());
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
