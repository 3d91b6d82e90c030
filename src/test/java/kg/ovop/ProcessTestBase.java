package kg.ovop;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
public abstract class ProcessTestBase {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected MutableClock clock;

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
}
