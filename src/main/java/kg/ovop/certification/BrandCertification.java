package kg.ovop.certification;

import kg.ovop.engine.ProcessVariable;

/** Ids and variables of processes/brand-certification.bpmn: the only place they are spelled out in Java. */
public final class BrandCertification {

    public static final String PROCESS_ID = "brand-certification";
    public static final String ELIGIBILITY_DECISION = "brand-eligibility";
    public static final String RATING_DECISION = "brand-rating";
    public static final String MESSAGE_WITHDRAWN = "ApplicationWithdrawn";

    public static final String START_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";
    public static final String TASK_REGISTER_APPLICATION = "ServiceTask_RegisterApplication";
    public static final String TASK_ACKNOWLEDGE_APPLICATION = "ServiceTask_AcknowledgeApplication";
    public static final String TASK_CHECK_ELIGIBILITY = "BusinessRuleTask_CheckEligibility";
    public static final String TASK_NOTIFY_INELIGIBLE = "ServiceTask_NotifyIneligible";
    public static final String TASK_SCREEN_APPLICATION = "UserTask_ScreenApplication";
    public static final String TASK_NOTIFY_INFORMATION_REQUESTED = "ServiceTask_NotifyInformationRequested";
    public static final String TASK_PROVIDE_INFORMATION = "UserTask_ProvideInformation";
    public static final String TIMER_INFORMATION_OVERDUE = "BoundaryEvent_InformationOverdue";
    public static final String TASK_NOTIFY_LAPSED = "ServiceTask_NotifyLapsed";
    public static final String TASK_NOTIFY_REJECTED = "ServiceTask_NotifyRejected";
    public static final String TASK_REVIEW_QUALITY = "UserTask_ReviewQuality";
    public static final String TIMER_QUALITY_REMINDER = "BoundaryEvent_QualityReviewReminder";
    public static final String TASK_REMIND_QUALITY = "ServiceTask_RemindQualityReviewer";
    public static final String TIMER_QUALITY_OVERDUE = "BoundaryEvent_QualityReviewOverdue";
    public static final String TASK_ESCALATE_QUALITY = "ServiceTask_EscalateQualityReview";
    public static final String TASK_REVIEW_MARKET = "UserTask_ReviewMarket";
    public static final String TIMER_MARKET_REMINDER = "BoundaryEvent_MarketReviewReminder";
    public static final String TASK_REMIND_MARKET = "ServiceTask_RemindMarketReviewer";
    public static final String TIMER_MARKET_OVERDUE = "BoundaryEvent_MarketReviewOverdue";
    public static final String TASK_ESCALATE_MARKET = "ServiceTask_EscalateMarketReview";
    public static final String GATEWAY_REVIEWS_DONE = "Gateway_ExpertReviewsDone";
    public static final String TASK_RATE_APPLICATION = "BusinessRuleTask_RateApplication";
    public static final String TASK_NOTIFY_NOT_RECOMMENDED = "ServiceTask_NotifyNotRecommended";
    public static final String TASK_DECIDE_AWARD = "UserTask_DecideAward";
    public static final String TASK_NOTIFY_REFUSED = "ServiceTask_NotifyRefused";
    public static final String TASK_ISSUE_CERTIFICATE = "ServiceTask_IssueCertificate";
    public static final String TASK_SEND_CERTIFICATE = "ServiceTask_SendCertificate";
    public static final String TASK_START_LIFECYCLE = "ServiceTask_StartCertificateLifecycle";
    public static final String TASK_CONFIRM_WITHDRAWAL = "ServiceTask_ConfirmWithdrawal";
    public static final String END_INELIGIBLE = "EndEvent_ApplicationIneligible";
    public static final String END_REJECTED_BY_AGENCY = "EndEvent_RejectedByAgency";
    public static final String END_APPLICATION_LAPSED = "EndEvent_ApplicationLapsed";
    public static final String END_NOT_RECOMMENDED = "EndEvent_NotRecommended";
    public static final String END_REFUSED_BY_COMMITTEE = "EndEvent_RefusedByCommittee";
    public static final String END_CERTIFICATE_AWARDED = "EndEvent_CertificateAwarded";
    public static final String END_QUALITY_REMINDER_SENT = "EndEvent_QualityReminderSent";
    public static final String END_QUALITY_ESCALATED = "EndEvent_QualityReviewEscalated";
    public static final String END_MARKET_REMINDER_SENT = "EndEvent_MarketReminderSent";
    public static final String END_MARKET_ESCALATED = "EndEvent_MarketReviewEscalated";
    public static final String END_WITHDRAWN = "EndEvent_ApplicationWithdrawn";

    /** Camunda user id of whoever started the application (camunda:initiator). */
    public static final ProcessVariable<String> APPLICANT = ProcessVariable.string("applicant");
    public static final ProcessVariable<String> APPLICATION_NUMBER = ProcessVariable.string("applicationNumber");

    // The application form (start event); stored in ovop_application by RegisterApplicationDelegate.
    public static final ProcessVariable<String> PRODUCER_TYPE = ProcessVariable.string("producerType");
    public static final ProcessVariable<String> PRODUCER_NAME = ProcessVariable.string("producerName");
    public static final ProcessVariable<String> TAXPAYER_NUMBER = ProcessVariable.string("taxpayerNumber");
    public static final ProcessVariable<String> PHONE = ProcessVariable.string("phone");
    public static final ProcessVariable<String> EMAIL = ProcessVariable.string("email");
    public static final ProcessVariable<String> PREFERRED_LANGUAGE = ProcessVariable.string("preferredLanguage");
    public static final ProcessVariable<String> REGION = ProcessVariable.string("region");
    public static final ProcessVariable<String> DISTRICT = ProcessVariable.string("district");
    public static final ProcessVariable<String> AIYL_AIMAK = ProcessVariable.string("aiylAimak");
    public static final ProcessVariable<String> VILLAGE = ProcessVariable.string("village");
    public static final ProcessVariable<String> PRODUCT_NAME_KY = ProcessVariable.string("productNameKy");
    public static final ProcessVariable<String> PRODUCT_NAME_RU = ProcessVariable.string("productNameRu");
    public static final ProcessVariable<String> PRODUCT_NAME_EN = ProcessVariable.string("productNameEn");
    public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("category");
    public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.string("productDescription");
    public static final ProcessVariable<String> STORY = ProcessVariable.string("productStory");
    public static final ProcessVariable<Number> LOCAL_SHARE = ProcessVariable.number("localRawMaterialShare");
    public static final ProcessVariable<Number> ANNUAL_CAPACITY = ProcessVariable.number("annualCapacity");
    public static final ProcessVariable<String> CAPACITY_UNIT = ProcessVariable.string("capacityUnit");
    public static final String TARGET_MARKETS = "targetMarkets";
    public static final ProcessVariable<Boolean> WOMEN_LED = ProcessVariable.bool("womenLed");
    public static final ProcessVariable<Boolean> YOUTH_LED = ProcessVariable.bool("youthLed");
    public static final ProcessVariable<Boolean> HIGH_MOUNTAIN = ProcessVariable.bool("highMountain");
    public static final ProcessVariable<Boolean> REGISTERED_BUSINESS = ProcessVariable.bool("registeredBusiness");
    public static final ProcessVariable<Boolean> HAS_CONFORMITY_DOCUMENT = ProcessVariable.bool("hasConformityDocument");

    // Eligibility: DMN inputs the registration step adds, and the recorded outcome.
    public static final ProcessVariable<Boolean> HAS_VALID_CERTIFICATE = ProcessVariable.bool("hasValidCertificate");
    public static final ProcessVariable<Boolean> MATCHES_SPECIALISATION = ProcessVariable.bool("matchesVillageSpecialisation");
    public static final String ELIGIBILITY_FINDINGS = "eligibilityFindings";
    public static final ProcessVariable<String> ELIGIBILITY = ProcessVariable.string("eligibility");
    public static final ProcessVariable<String> ELIGIBILITY_REASONS = ProcessVariable.string("eligibilityReasons");

    // Agency screening and the producer's answer.
    public static final ProcessVariable<String> SCREENING_DECISION = ProcessVariable.string("screeningDecision");
    public static final ProcessVariable<String> INFORMATION_REQUEST = ProcessVariable.string("informationRequest");
    public static final ProcessVariable<String> INFORMATION_RESPONSE = ProcessVariable.string("informationResponse");
    public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.string("rejectionReason");

    // Expert reviews (DMN inputs of the rating).
    public static final ProcessVariable<Boolean> ACADEMIA_NO_CONFLICT = ProcessVariable.bool("academiaNoConflict");
    public static final ProcessVariable<Number> QUALITY_SCORE = ProcessVariable.number("qualityScore");
    public static final ProcessVariable<String> LAB_RESULT = ProcessVariable.string("labResult");
    public static final ProcessVariable<String> QUALITY_COMMENT = ProcessVariable.string("qualityComment");
    public static final ProcessVariable<Boolean> ASSOCIATION_NO_CONFLICT = ProcessVariable.bool("associationNoConflict");
    public static final ProcessVariable<Number> MARKETING_SCORE = ProcessVariable.number("marketingScore");
    public static final ProcessVariable<Number> COMMUNITY_SCORE = ProcessVariable.number("communityScore");
    public static final ProcessVariable<String> MARKET_COMMENT = ProcessVariable.string("marketComment");
    public static final ProcessVariable<Number> RECOMMENDED_STARS = ProcessVariable.number("recommendedStars");

    // Brand committee.
    public static final ProcessVariable<Boolean> COMMITTEE_NO_CONFLICT = ProcessVariable.bool("committeeNoConflict");
    public static final ProcessVariable<String> COMMITTEE_DECISION = ProcessVariable.string("committeeDecision");
    public static final ProcessVariable<Number> AWARDED_STARS = ProcessVariable.number("awardedStars");
    public static final ProcessVariable<String> LEVEL_CHANGE_REASON = ProcessVariable.string("levelChangeReason");
    public static final ProcessVariable<String> COMMITTEE_REASON = ProcessVariable.string("committeeReason");

    public static final ProcessVariable<String> CERTIFICATE_NUMBER = ProcessVariable.string("certificateNumber");

    /** Local input of the notification tasks: which message to send. */
    public static final ProcessVariable<String> MAIL_KIND = ProcessVariable.string("mailKind");
    /** Local input of reminder and escalation tasks: the user task they are about. */
    public static final ProcessVariable<String> REVIEW_TASK = ProcessVariable.string("reviewTask");

    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_ANSWER_LENGTH = 4000;

    private BrandCertification() {
    }
}
