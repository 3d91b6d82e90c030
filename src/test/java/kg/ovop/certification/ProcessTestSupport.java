package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import kg.ovop.MutableClock;

/**
 * Process tests run the real application (delegates, tables, mail log, PDF) with the job executor
 * off: each test runs jobs and timers itself. Mail is only recorded (outbox); SMTP is covered by
 * the mail and end-to-end tests. Flow-node coverage goes to target/process-test-coverage.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "ovop.mail.delivery=outbox"})
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, MutableClock.Config.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ProcessTestSupport {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationStore applications;

    @Autowired
    BrandApplications door;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClocks() {
        ClockUtil.reset();
        clock.set(java.time.Instant.now());
        engine.getIdentityService().clearAuthentication();
    }

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
