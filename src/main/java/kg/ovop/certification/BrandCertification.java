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
    public static final String TASK_TELL_REVIEWERS_WITHDRAWN = "ServiceTask_TellReviewersWithdrawn";
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

    // What the gateways read: written by the process's own steps (decision tables, the door), never by a client.
    public static final ProcessVariable<String> ELIGIBILITY = ProcessVariable.string("eligibility");
    public static final String ELIGIBILITY_FINDINGS = "eligibilityFindings";
    public static final ProcessVariable<String> SCREENING_DECISION = ProcessVariable.string("screeningDecision");
    public static final ProcessVariable<Number> RECOMMENDED_STARS = ProcessVariable.number("recommendedStars");
    public static final ProcessVariable<String> COMMITTEE_DECISION = ProcessVariable.string("committeeDecision");

    // Editable fields of the task forms (forms/*.form), read by the door's steps after the form's checks.
    public static final String CONFLICT_OF_INTEREST = "conflictOfInterest";
    public static final String CONFLICT_DECLARED = "declared";
    public static final String CONFLICT_REASON = "conflictReason";
    public static final String INFORMATION_REQUEST = "informationRequest";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String INFORMATION_RESPONSE = "informationResponse";
    public static final String QUALITY_SCORE = "qualityScore";
    public static final String LAB_RESULT = "labResult";
    public static final String QUALITY_COMMENT = "qualityComment";
    public static final String MARKETING_SCORE = "marketingScore";
    public static final String COMMUNITY_SCORE = "communityScore";
    public static final String MARKET_COMMENT = "marketComment";
    public static final String AWARDED_STARS = "awardedStars";
    public static final String LEVEL_CHANGE_REASON = "levelChangeReason";
    public static final String COMMITTEE_REASON = "committeeReason";

    // Read-only context the review forms show besides the application (from the store when the form is fetched).
    public static final String INFORMATION_ROUNDS = "informationRounds";
    public static final String COMMITTEE_RETURN_REASON = "committeeReturnReason";
    public static final String EARLIER_QUALITY_REVIEWS = "earlierQualityReviews";
    public static final String EARLIER_MARKET_REVIEWS = "earlierMarketReviews";

    /** Local input of the notification tasks: which message to send. */
    public static final ProcessVariable<String> MAIL_KIND = ProcessVariable.string("mailKind");
    /** Local input of reminder and escalation tasks: the user task they are about. */
    public static final ProcessVariable<String> REVIEW_TASK = ProcessVariable.string("reviewTask");

    private BrandCertification() {
    }
}
