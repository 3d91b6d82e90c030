package kg.ovop.bench;

import java.io.File;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import kg.ovop.certification.BrandCertification;

/**
 * Camunda 7 as anyone gets it, for comparison: a standalone engine on a database of its own with
 * the starter's defaults (history full, no authorization, strong UUIDs) and the same job executor
 * pool as ours, running {@code processes/brand-certification.bpmn} reshaped to need nothing of ours:
 * the same activities, gateways, async points, timers and candidate groups, with every delegate a
 * no-op that sets only what the next gateway reads, no listeners, no forms and no application tables.
 */
final class BareEngine {

    static final String PROCESS_ID = "bare-brand-certification";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private BareEngine() {
    }

    /** The job executor's pool and acquisition, as ours has them. */
    record JobPool(int core, int max, int queue, int perAcquisition, int lockMillis, int waitMillis) {

        static JobPool of(ProcessEngineConfigurationImpl engine) {
            JobExecutor executor = engine.getJobExecutor();
            ThreadPoolTaskExecutor threads = (ThreadPoolTaskExecutor) ((SpringJobExecutor) executor).getTaskExecutor();
            return new JobPool(threads.getCorePoolSize(), threads.getMaxPoolSize(), threads.getQueueCapacity(),
                    executor.getMaxJobsPerAcquisition(), executor.getLockTimeInMillis(), executor.getWaitTimeInMillis());
        }
    }

    static ProcessEngine start(DataSource dataSource, JobPool pool) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        jobs.setCorePoolSize(pool.core());
        jobs.setMaxPoolSize(pool.max());
        jobs.setQueueSize(pool.queue());
        jobs.setMaxJobsPerAcquisition(pool.perAcquisition());
        jobs.setLockTimeInMillis(pool.lockMillis());
        jobs.setWaitTimeInMillis(pool.waitMillis());
        configuration.setJobExecutor(jobs);
        configuration.setBeans(Map.of("bareStep", bareStep()));
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare").addModelInstance(PROCESS_ID + ".bpmn", reshaped()).deploy();
        return engine;
    }

    /** Sets what the gateways after these steps read, on the path every lifecycle takes. */
    private static JavaDelegate bareStep() {
        return execution -> {
            switch (execution.getCurrentActivityId()) {
                case BrandCertification.TASK_CHECK_ELIGIBILITY -> execution.setVariable("eligibility", "eligible");
                case BrandCertification.TASK_RATE_APPLICATION -> execution.setVariable("recommendedStars", 5);
                default -> {
                    // nothing: a no-op where ours records, renders or sends
                }
            }
        };
    }

    static BpmnModelInstance reshaped() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/brand-certification.bpmn"));
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        process.setId(PROCESS_ID);
        process.setName("Bare brand certification");
        process.removeAttributeNs(CAMUNDA, "candidateStarterGroups");
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            task.setCamundaDelegateExpression("${bareStep}");
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            for (String attribute : List.of("decisionRef", "decisionRefBinding", "mapDecisionResult", "resultVariable")) {
                task.removeAttributeNs(CAMUNDA, attribute);
            }
            task.setCamundaDelegateExpression("${bareStep}");
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            task.removeAttributeNs(CAMUNDA, "formRef");
            task.removeAttributeNs(CAMUNDA, "formRefBinding");
            if (task.getCamundaCandidateGroups() != null && task.getCamundaCandidateGroups().startsWith("${")) {
                task.setCamundaCandidateGroups("agency");
            }
            if (task.getCamundaDueDate() != null) {
                task.setCamundaDueDate("${dateTime().plusDays(10).toDate()}");
            }
        }
        for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
            date.setTextContent("${dateTime().plusDays(7).toDate()}");
        }
        for (ExtensionElements extensions : model.getModelElementsByType(ExtensionElements.class)) {
            for (ModelElementInstance child : List.copyOf(extensions.getElements())) {
                if (child instanceof CamundaTaskListener || child instanceof CamundaExecutionListener
                        || child instanceof CamundaInputOutput) {
                    extensions.getDomElement().removeChild(child.getDomElement());
                }
            }
        }
        // Diagram interchange names the old process id; the engine needs none of it.
        for (BpmnDiagram diagram : List.copyOf(model.getModelElementsByType(BpmnDiagram.class))) {
            diagram.getParentElement().removeChildElement(diagram);
        }
        return model;
    }
}
