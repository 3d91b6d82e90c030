package kg.ovop.grant;

import kg.ovop.engine.ProcessVariable;

/** Ids and variables of processes/development-grant.bpmn: the only place they are spelled out in Java. */
public final class DevelopmentGrant {

    public static final String PROCESS_ID = "development-grant";
    public static final String MESSAGE_MONEY_OFFERED = "GrantMoneyOffered";
    public static final String MESSAGE_MISUSE_REPORTED = "GrantMisuseReported";

    public static final String TASK_SCREEN = "UserTask_ScreenGrantApplication";
    public static final String TASK_SCORE_FEASIBILITY = "UserTask_ScoreFeasibility";
    public static final String TASK_SCORE_MARKET = "UserTask_ScoreMarket";
    public static final String TASK_DECIDE = "UserTask_DecideGrant";
    public static final String TASK_SIGN_AGREEMENT = "UserTask_SignAgreement";
    public static final String TASK_PAY_TRANCHE = "UserTask_PayTranche";
    public static final String TASK_SUBMIT_REPORT = "UserTask_SubmitReport";
    public static final String TASK_REVIEW_REPORT = "UserTask_ReviewReport";
    public static final String TASK_RECORD_RECOVERY = "UserTask_RecordRecovery";
    public static final String TIMER_AGREEMENT_LAPSED = "BoundaryEvent_AgreementLapsed";
    public static final String TIMER_REPORT_DUE_SOON = "BoundaryEvent_ReportDueSoon";
    public static final String TIMER_REPORT_DUE = "BoundaryEvent_ReportDue";
    public static final String TIMER_WAITLIST_ENDED = "TimerEvent_WaitlistEnded";
    public static final String END_INELIGIBLE = "EndEvent_GrantIneligible";
    public static final String END_REJECTED = "EndEvent_GrantRejected";
    public static final String END_NOT_RECOMMENDED = "EndEvent_GrantNotRecommended";
    public static final String END_REFUSED = "EndEvent_GrantRefused";
    public static final String END_WAITLIST_ENDED = "EndEvent_WaitlistEnded";
    public static final String END_LAPSED = "EndEvent_GrantLapsed";
    public static final String END_CLOSED = "EndEvent_GrantClosed";
    public static final String END_TERMINATED = "EndEvent_GrantTerminated";

    // What the gateways read: written by the process's own steps (decision tables, delegates, the door), never by a client.
    public static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.bool("eligible");
    public static final String ELIGIBILITY_REASONS = "eligibilityReasons";
    public static final ProcessVariable<String> SCREENING_DECISION = ProcessVariable.string("screeningDecision");
    public static final String SCORING = "scoring";
    public static final ProcessVariable<Boolean> RECOMMENDED = ProcessVariable.bool("recommended");
    public static final ProcessVariable<String> GRANT_DECISION = ProcessVariable.string("grantDecision");
    public static final String TRANCHE_PLAN = "tranchePlan";
    public static final ProcessVariable<Number> TRANCHES = ProcessVariable.number("tranches");
    public static final ProcessVariable<Number> TRANCHE = ProcessVariable.number("tranche");
    public static final ProcessVariable<Boolean> REPORT_ACCEPTED = ProcessVariable.bool("reportAccepted");

    // Editable fields of the task forms (forms/*.form), read by the door's steps after the form's checks.
    public static final String SCREENING_REASON = "screeningReason";
    public static final String CONFLICT_OF_INTEREST = "conflictOfInterest";
    public static final String CONFLICT_DECLARED = "declared";
    public static final String CONFLICT_REASON = "conflictReason";
    public static final String FEASIBILITY_SCORE = "feasibilityScore";
    public static final String FEASIBILITY_COMMENT = "feasibilityComment";
    public static final String MARKET_SCORE = "marketScore";
    public static final String MARKET_COMMENT = "marketComment";
    public static final String APPROVED_AMOUNT = "approvedAmount";
    public static final String DECISION_REASON = "decisionReason";
    public static final String OWN_CONTRIBUTION_CONFIRMED = "ownContributionConfirmed";
    public static final String AGREEMENT_ACCEPTED = "agreementAccepted";
    /** Not a form field: the attached bank certificate a signature needs, named when it is missing. */
    public static final String BANK_CERTIFICATE = "bankCertificate";
    public static final String PAID_AMOUNT = "paidAmount";
    public static final String PAID_ON = "paidOn";
    public static final String PAYMENT_REFERENCE = "paymentReference";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String JOBS_CREATED = "jobsCreated";
    public static final String SALES = "sales";
    public static final String EXPORTS = "exports";
    public static final String WOMEN_EMPLOYED = "womenEmployed";
    public static final String YOUTH_EMPLOYED = "youthEmployed";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_COMMENT = "reportComment";
    public static final String RECOVERED_AMOUNT = "recoveredAmount";
    public static final String RECOVERED_ON = "recoveredOn";
    public static final String RECOVERY_REFERENCE = "recoveryReference";

    /** The read-only values a grant form may show, read from the store when the form is fetched (GrantViews). */
    public static final java.util.Set<String> VIEW_KEYS = java.util.Set.of("grantNumber", "callName", "title", "description",
            "producerName", "certificateNumber", "region", "category", "remoteArea", "requestedSom", "ownContributionSom",
            "budgetLines", "plannedEmployment", "scores", "fundFree", "ranking", "trancheNumber", "tranchePlannedSom", "reportText",
            "paidSom", "recoverableSom");

    /** Local input of the notification tasks: which message to send. */
    public static final ProcessVariable<String> MAIL_KIND = ProcessVariable.string("mailKind");
    /** Local input of the release tasks: why the money goes back (lapsed, terminated). */
    public static final ProcessVariable<String> RELEASE_PURPOSE = ProcessVariable.string("releasePurpose");

    private DevelopmentGrant() {
    }
}
