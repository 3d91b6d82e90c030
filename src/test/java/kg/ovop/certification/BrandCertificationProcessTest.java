package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kg.ovop.engine.InvalidTaskInputException;
import kg.ovop.engine.TestProcessEngines;

@Deployment(resources = {
        "processes/brand-certification.bpmn",
        "forms/submit-application.form",
        "forms/screen-application.form",
        "forms/provide-information.form"})
class BrandCertificationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(TestProcessEngines.configuration())
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void acceptedApplicationGoesToExpertReview() {
        ProcessInstance application = submit();

        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
        assertThat(task(application)).hasCandidateGroup("agency");
        assertFormRef(task(application), "screen-application");
        complete(task(application), withVariables(SCREENING_DECISION.name(), "accept"));

        assertThat(application).isEnded().hasPassed(END_ACCEPTED_FOR_EXPERT_REVIEW);
    }

    @Test
    void rejectedApplicationEndsWithTheAgencysReason() {
        ProcessInstance application = submit();

        complete(task(application), withVariables(SCREENING_DECISION.name(), "reject",
                REJECTION_REASON.name(), "Не подходит: продукт импортный"));

        assertThat(application).isEnded().hasPassed(END_REJECTED_BY_AGENCY)
                .variables().containsEntry(REJECTION_REASON.name(), "Не подходит: продукт импортный");
    }

    @Test
    void informationRequestedAnsweredThenAccepted() {
        ProcessInstance application = submit();
        complete(task(application), withVariables(SCREENING_DECISION.name(), "requestInformation",
                INFORMATION_REQUEST.name(), "Attach the lab results for the 2026 harvest"));

        assertThat(application).isWaitingAt(TASK_PROVIDE_INFORMATION);
        assertThat(task(application)).isAssignedTo("producer1");
        assertFormRef(task(application), "provide-information");
        complete(task(application), withVariables(INFORMATION_RESPONSE.name(), "Lab results uploaded in the portal"));

        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
        complete(task(application), withVariables(SCREENING_DECISION.name(), "accept"));
        assertThat(application).isEnded().hasPassed(TASK_PROVIDE_INFORMATION, END_ACCEPTED_FOR_EXPERT_REVIEW);
    }

    @Test
    void unansweredInformationRequestLapsesAfterThirtyDays() {
        ClockUtil.setCurrentTime(new Date());
        ProcessInstance application = submit();
        complete(task(application), withVariables(SCREENING_DECISION.name(), "requestInformation",
                INFORMATION_REQUEST.name(), "Which village is the honey from?"));

        Date due = job().getDuedate();
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), due.toInstant()).toDays()).isEqualTo(30);
        execute(job());

        assertThat(application).isEnded().hasPassed(END_APPLICATION_LAPSED)
                .hasNotPassed(END_ACCEPTED_FOR_EXPERT_REVIEW);
    }

    @Test
    void screeningWithoutDecisionIsRefusedAndNothingIsStored() {
        ProcessInstance application = submit();
        Task screening = task(application);

        assertThatThrownBy(() -> processEngine.getTaskService().complete(screening.getId(), Map.of()))
                .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("screeningDecision: is required");
        assertThatThrownBy(() -> processEngine.getTaskService().complete(screening.getId(),
                Map.of(SCREENING_DECISION.name(), "approve")))
                .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("must be one of");

        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
        assertThat(processEngine.getRuntimeService().getVariable(application.getId(), SCREENING_DECISION.name())).isNull();
    }

    @Test
    void rejectionWithoutReasonIsRefused() {
        ProcessInstance application = submit();

        assertThatThrownBy(() -> processEngine.getTaskService().complete(task(application).getId(),
                Map.of(SCREENING_DECISION.name(), "reject", REJECTION_REASON.name(), "  ")))
                .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("rejectionReason: is required");
        assertThatThrownBy(() -> processEngine.getTaskService().complete(task(application).getId(),
                Map.of(SCREENING_DECISION.name(), "requestInformation")))
                .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("informationRequest: is required");

        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
    }

    @Test
    void emptyAnswerToInformationRequestIsRefused() {
        ProcessInstance application = submit();
        complete(task(application), withVariables(SCREENING_DECISION.name(), "requestInformation",
                INFORMATION_REQUEST.name(), "Photos of the packaging"));

        assertThatThrownBy(() -> processEngine.getTaskService().complete(task(application).getId(),
                Map.of(INFORMATION_RESPONSE.name(), "")))
                .hasRootCauseInstanceOf(InvalidTaskInputException.class).hasMessageContaining("informationResponse: is required");
        assertThat(application).isWaitingAt(TASK_PROVIDE_INFORMATION);
    }

    @Test
    void startAndTaskFormsResolveFromTheDeployment() throws Exception {
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_ID).singleResult().getId();
        assertThat(read(processEngine.getFormService().getDeployedStartForm(definitionId)))
                .contains("\"id\": \"submit-application\"", "taxpayerNumber");

        ProcessInstance application = submit();
        assertThat(read(processEngine.getFormService().getDeployedTaskForm(task(application).getId())))
                .contains("\"id\": \"screen-application\"", "screeningDecision");
    }

    private void assertFormRef(Task task, String formId) {
        CamundaFormRef ref = processEngine.getTaskService().createTaskQuery().taskId(task.getId())
                .initializeFormKeys().singleResult().getCamundaFormRef();
        assertThat(ref.getKey()).isEqualTo(formId);
        assertThat(ref.getBinding()).isEqualTo("deployment");
    }

    private ProcessInstance submit() {
        processEngine.getIdentityService().setAuthenticatedUserId("producer1");
        try {
            return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID, Map.of(
                    PRODUCER_NAME.name(), "Айгүл Асанова",
                    PRODUCT_NAME_KY.name(), "Токтогул бал",
                    REGION.name(), "KG-J"));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private static String read(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
