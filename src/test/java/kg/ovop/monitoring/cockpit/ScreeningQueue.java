package kg.ovop.monitoring.cockpit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.TestApplications;

/** Applications waiting at screening, the activity the plugin's tests read figures for. */
public final class ScreeningQueue {

    private ScreeningQueue() {
    }

    /**
     * Submits applications as producer1 and waits until each reaches screening (the acknowledgement
     * runs first on the job executor).
     *
     * @return how many wait at screening then: these, plus any that earlier tests left on CI's shared database
     */
    public static long submit(ProcessEngine engine, BrandApplications door, int applications) throws InterruptedException {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            submitted.add(TestApplications.submit(door, "producer1", TestApplications.form()).processInstanceId());
        }
        TaskService tasks = engine.getTaskService();
        for (int i = 0; i < 200 && tasks.createTaskQuery().processInstanceIdIn(submitted.toArray(String[]::new))
                .taskDefinitionKey(BrandCertification.TASK_SCREEN_APPLICATION).count() < applications; i++) {
            Thread.sleep(100);
        }
        return tasks.createTaskQuery().processDefinitionKey(BrandCertification.PROCESS_ID)
                .taskDefinitionKey(BrandCertification.TASK_SCREEN_APPLICATION).count();
    }
}
