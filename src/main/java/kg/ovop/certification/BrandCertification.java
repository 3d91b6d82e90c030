package kg.ovop.certification;

import kg.ovop.engine.ProcessVariable;

/** Ids and variables of processes/brand-certification.bpmn: the only place they are spelled out in Java. */
public final class BrandCertification {

    public static final String PROCESS_ID = "brand-certification";

    public static final String START_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";
    public static final String TASK_SCREEN_APPLICATION = "UserTask_ScreenApplication";
    public static final String TASK_PROVIDE_INFORMATION = "UserTask_ProvideInformation";
    public static final String TIMER_INFORMATION_OVERDUE = "BoundaryEvent_InformationOverdue";
    public static final String END_ACCEPTED_FOR_EXPERT_REVIEW = "EndEvent_AcceptedForExpertReview";
    public static final String END_REJECTED_BY_AGENCY = "EndEvent_RejectedByAgency";
    public static final String END_APPLICATION_LAPSED = "EndEvent_ApplicationLapsed";

    /** Camunda user id of whoever started the application (camunda:initiator). */
    public static final ProcessVariable<String> APPLICANT = ProcessVariable.string("applicant");
    public static final ProcessVariable<String> PRODUCER_NAME = ProcessVariable.string("producerName");
    public static final ProcessVariable<String> PRODUCT_NAME_KY = ProcessVariable.string("productNameKy");
    public static final ProcessVariable<String> REGION = ProcessVariable.string("region");
    public static final ProcessVariable<String> SCREENING_DECISION = ProcessVariable.string("screeningDecision");
    public static final ProcessVariable<String> INFORMATION_REQUEST = ProcessVariable.string("informationRequest");
    public static final ProcessVariable<String> INFORMATION_RESPONSE = ProcessVariable.string("informationResponse");
    public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.string("rejectionReason");

    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_ANSWER_LENGTH = 4000;

    private BrandCertification() {
    }
}
