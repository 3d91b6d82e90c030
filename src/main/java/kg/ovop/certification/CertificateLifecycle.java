package kg.ovop.certification;

import kg.ovop.engine.ProcessVariable;

/** Ids and variables of processes/certificate-lifecycle.bpmn. */
public final class CertificateLifecycle {

    public static final String PROCESS_ID = "certificate-lifecycle";
    public static final String MESSAGE_SUSPENDED = "CertificateSuspended";
    public static final String MESSAGE_REINSTATED = "CertificateReinstated";
    public static final String MESSAGE_REVOKED = "CertificateRevoked";

    public static final String START_ISSUED = "StartEvent_CertificateIssued";
    public static final String SUBPROCESS_VALID = "SubProcess_CertificateValid";
    public static final String TIMER_90_DAYS = "TimerEvent_NinetyDaysBeforeExpiry";
    public static final String TASK_REMIND_90 = "ServiceTask_Remind90DaysBeforeExpiry";
    public static final String TIMER_30_DAYS = "TimerEvent_ThirtyDaysBeforeExpiry";
    public static final String TASK_REMIND_30 = "ServiceTask_Remind30DaysBeforeExpiry";
    public static final String TIMER_EXPIRY = "TimerEvent_ExpiryDate";
    public static final String TASK_EXPIRE = "ServiceTask_ExpireCertificate";
    public static final String BOUNDARY_SUSPENDED = "BoundaryEvent_CertificateSuspended";
    public static final String TASK_NOTIFY_SUSPENDED = "ServiceTask_NotifySuspended";
    public static final String BOUNDARY_REINSTATED = "BoundaryEvent_CertificateReinstated";
    public static final String TASK_NOTIFY_REINSTATED = "ServiceTask_NotifyReinstated";
    public static final String BOUNDARY_REVOKED = "BoundaryEvent_CertificateRevoked";
    public static final String TASK_NOTIFY_REVOKED = "ServiceTask_NotifyRevoked";
    public static final String END_EXPIRED = "EndEvent_CertificateExpired";
    public static final String END_REVOKED = "EndEvent_CertificateRevoked";
    public static final String END_SUSPENSION_NOTICE = "EndEvent_SuspensionNoticeSent";
    public static final String END_REINSTATEMENT_NOTICE = "EndEvent_ReinstatementNoticeSent";

    public static final ProcessVariable<String> CERTIFICATE_NUMBER = ProcessVariable.string("certificateNumber");
    /** ISO date (yyyy-MM-dd) of the last day of validity; the timers count from it. */
    public static final ProcessVariable<String> EXPIRES_ON = ProcessVariable.string("expiresOn");
    /** Local input of the notice tasks. */
    public static final ProcessVariable<String> MAIL_KIND = ProcessVariable.string("mailKind");
    /** Local input of the reminder tasks: how many days before expiry. */
    public static final ProcessVariable<Number> DAYS_BEFORE = ProcessVariable.number("daysBeforeExpiry");

    private CertificateLifecycle() {
    }
}
