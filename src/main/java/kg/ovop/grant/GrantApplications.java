package kg.ovop.grant;

import static kg.ovop.grant.DevelopmentGrant.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationNotFoundException;
import kg.ovop.certification.ApplicationStateException;
import kg.ovop.certification.BrandApplications;
import kg.ovop.document.DocumentKind;
import kg.ovop.document.DocumentShelf;
import kg.ovop.document.Documents;
import kg.ovop.document.StoredDocument;
import kg.ovop.engine.FormSchemas;
import kg.ovop.engine.FormValues;
import kg.ovop.engine.InvalidFormInputException;
import kg.ovop.engine.TaskCompletionDoor;
import kg.ovop.grant.fund.FundExhaustedException;
import kg.ovop.grant.fund.FundLedger;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.grant.fund.Money;
import kg.ovop.identity.OvopGroup;
import kg.ovop.producer.ProducerProfile;
import kg.ovop.producer.ProfileStore;
import kg.ovop.web.BadRequestException;

/**
 * The one door of a grant application: applying, the producer's steps (signing, reports), the
 * reviewers' task completions (routed here from Tasklist and /engine-rest), misuse, and the money
 * those steps move in the call's fund ledger. Each step writes only its own fields.
 */
@Service
public class GrantApplications implements TaskCompletionDoor {

    static final String CONFLICT_STAGE = "conflict-of-interest";
    /** Where a grant application's documents are kept: the bank certificate of the own contribution. */
    static final DocumentShelf SHELF = new DocumentShelf("ovop_grant_document", "grant_application_id",
            java.util.Set.of(DocumentKind.bank_certificate));

    private final GrantStore grants;
    private final GrantCalls calls;
    private final FundLedger ledger;
    private final GrantProcess process;
    private final FormSchemas forms;
    private final CertificateRegistry certificates;
    private final BrandApplications brand;
    private final Documents documents;
    private final ProfileStore profiles;

    GrantApplications(GrantStore grants, GrantCalls calls, FundLedger ledger, GrantProcess process, FormSchemas forms,
            CertificateRegistry certificates, BrandApplications brand, Documents documents, ProfileStore profiles) {
        this.documents = documents;
        this.profiles = profiles;
        this.grants = grants;
        this.calls = calls;
        this.ledger = ledger;
        this.process = process;
        this.forms = forms;
        this.certificates = certificates;
        this.brand = brand;
    }

    /**
     * Records and submits a producer's application to a call for a product they hold a certificate
     * for. Whether it is eligible (call open, cap, own contribution, administration share) is the
     * process's eligibility decision, recorded with its reasons; only malformed input is refused here.
     */
    @Transactional
    public GrantApplication apply(String user, GrantRequest request) {
        GrantCall call = calls.find(text("call", request.call(), 32))
                .orElseThrow(() -> new BadRequestException("call", "grant.error.no-call", "is not a grant call"));
        Certificate certificate = certificates.findByNumber(text("certificate", request.certificate(), 32))
                .orElseThrow(() -> new BadRequestException("certificate", "grant.error.certificate", "is not your certificate"));
        Application certified;
        try {
            certified = brand.get(user, certificate.applicationRef());
        } catch (ApplicationNotFoundException notTheirs) {
            throw new BadRequestException("certificate", "grant.error.certificate", "is not your certificate");
        }
        String title = text("title", request.title(), 200);
        String description = text("description", request.description(), 4000);
        Money requested = Money.parseSom("requested", request.requested());
        Money own = Money.parseSom("ownContribution", request.ownContribution());
        if (!requested.isPositive()) {
            throw new BadRequestException("requested", "grant.error.amount-positive", "must be more than zero");
        }
        Map<BudgetLine, Money> budget = budget(request.budget());
        Money lines = budget.values().stream().reduce(Money.ZERO, Money::plus);
        if (!lines.equals(requested.plus(own))) {
            throw new BadRequestException("budget", "grant.error.budget-total", "the lines add up to " + lines.som()
                    + " som, not the " + requested.plus(own).som() + " som of the grant and the own contribution",
                    lines.som(), requested.plus(own).som());
        }
        int jobs = count("jobsPlanned", request.jobsPlanned());
        int women = count("womenPlanned", request.womenPlanned());
        int youth = count("youthPlanned", request.youthPlanned());
        if (women > jobs || youth > jobs) {
            throw new BadRequestException(women > jobs ? "womenPlanned" : "youthPlanned", "grant.error.more-than-jobs",
                    "may not be more than the jobs planned");
        }
        // Mail goes where the producer reads it now: their profile, else what they gave with the certified application.
        Optional<ProducerProfile> profile = profiles.find(user);
        GrantApplication grant = grants.insert(call.id(), user, certificate.number(), certificate.producerName(),
                profile.map(ProducerProfile::email).orElse(certified.email()),
                profile.map(ProducerProfile::preferredLanguage).orElse(certified.preferredLanguage()),
                certificate.regionCode(), certificate.category(),
                certified.highMountain(), title, description, requested, own, budget, jobs, women, youth);
        process.start(user, grant.number());
        return grants.get(grant.number());
    }

    public List<GrantApplication> list(String user) {
        return grants.ofApplicant(user);
    }

    /** A producer's own application; anyone else's answers "not found". */
    public GrantApplication get(String user, String number) {
        return grants.find(number).filter(g -> user != null && user.equals(g.applicant()))
                .orElseThrow(() -> new GrantNotFoundException(number));
    }

    public List<GrantDecision> decisions(String user, String number) {
        return grants.decisions(get(user, number).number()).stream().filter(d -> !CONFLICT_STAGE.equals(d.stage())).toList();
    }

    public List<Tranche> tranches(String user, String number) {
        return grants.tranches(get(user, number).number());
    }

    public List<GrantReport> reports(String user, String number) {
        return grants.reports(get(user, number).number());
    }

    /** The bank certificate of the own contribution, attached while the agreement waits for the signature. */
    @Transactional
    public StoredDocument addDocument(String user, String number, String kind, String fileName, long size, InputStream content) {
        GrantApplication grant = get(user, number);
        producerTask(grant, TASK_SIGN_AGREEMENT, "grant.error.documents-closed", "takes documents only before the agreement is signed");
        return documents.attach(SHELF, grant.id(), kind, fileName, size, content, user);
    }

    public List<StoredDocument> documents(String user, String number) {
        return documents.list(SHELF, get(user, number).id());
    }

    /** A document of the producer's own application, described, for its download. */
    public StoredDocument describeDocument(String user, String number, long documentId) {
        return documents.find(SHELF, get(user, number).id(), documentId).orElseThrow(() -> new GrantNotFoundException(
                number + "/documents/" + documentId));
    }

    public void copyDocument(String user, String number, long documentId, OutputStream out) {
        describeDocument(user, number, documentId);
        documents.copyContent(SHELF, documentId, out);
    }

    /**
     * The latest bank certificate of a grant, for the staff working on it (finance paying a tranche,
     * the agency) and administrators; "not found" to everyone else.
     */
    public StoredDocument bankCertificateForReview(String user, String number) {
        GrantApplication grant = grants.find(number).orElseThrow(() -> new GrantNotFoundException(number));
        List<String> groups = process.groupsOf(user);
        boolean administrator = groups.contains(OvopGroup.CAMUNDA_ADMIN) || groups.contains(OvopGroup.OVOP_ADMIN.id());
        if (!administrator && (grant.processInstanceId() == null || !process.worksOn(grant.processInstanceId(), user, groups))) {
            throw new GrantNotFoundException(number);
        }
        List<StoredDocument> attached = documents.list(SHELF, grant.id());
        if (attached.isEmpty()) {
            throw new GrantNotFoundException(number + "/bank-certificate");
        }
        return attached.get(attached.size() - 1);
    }

    public void copyBankCertificate(StoredDocument document, OutputStream out) {
        documents.copyContent(SHELF, document.id(), out);
    }

    /**
     * The producer confirms their own contribution, with the bank certificate attached, and signs the
     * agreement (fields of forms/sign-agreement.form).
     */
    @Transactional
    public GrantApplication sign(String user, String number, Map<String, Object> submitted) {
        GrantApplication grant = get(user, number);
        Task task = producerTask(grant, TASK_SIGN_AGREEMENT, "grant.error.not-awaiting-signature", "is not waiting for a signature");
        forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).accept(submitted, process.shown(task), forms);
        if (!documents.has(SHELF, grant.id(), DocumentKind.bank_certificate)) {
            throw new InvalidFormInputException(BANK_CERTIFICATE, "attach the bank certificate of your own contribution first");
        }
        grants.signed(grant.number());
        grants.record(grant.number(), GrantDecision.of("agreement", "signed", null, user));
        process.completeAsSystem(task.getId(), Map.of());
        return grants.get(grant.number());
    }

    /** The producer's progress or final report (fields of forms/submit-report.form). */
    @Transactional
    public GrantReport submitReport(String user, String number, Map<String, Object> submitted) {
        GrantApplication grant = get(user, number);
        Task task = producerTask(grant, TASK_SUBMIT_REPORT, "grant.error.no-report-due", "has no report due");
        FormValues form = forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).accept(submitted, process.shown(task), forms);
        List<Tranche> tranches = grants.tranches(grant.number());
        int report = (int) tranches.stream().filter(t -> t.paid() != null).count();
        GrantReport recorded = new GrantReport(report, report == tranches.size() - 1, form.text(REPORT_SUMMARY), form.whole(JOBS_CREATED),
                amount(form, SALES), amount(form, EXPORTS), form.whole(WOMEN_EMPLOYED), form.whole(YOUTH_EMPLOYED), null);
        grants.report(grant.number(), recorded, user);
        grants.record(grant.number(), GrantDecision.of("report", "submitted", null, user));
        process.completeAsSystem(task.getId(), Map.of());
        return grants.reports(grant.number()).get(grants.reports(grant.number()).size() - 1);
    }

    /** The agency or an administrator found the money misused: the grant ends and what was paid is reclaimed. */
    @Transactional
    public GrantApplication reportMisuse(String user, String number, String reason) {
        GrantApplication grant = grants.get(number);
        if (grant.status() != GrantStatus.approved && grant.status() != GrantStatus.active) {
            throw new ApplicationStateException("grant.error.not-running", "Grant " + number + " is not running");
        }
        grants.record(number, GrantDecision.of("misuse", "reported", text("reason", reason, 4000), user));
        process.misuseReported(number);
        return grants.get(number);
    }

    /** A reviewer's, finance's or an administrator's completion: only the form's editable fields, checked by the form. */
    @Override
    @Transactional
    public Object complete(String taskId, Map<String, Object> submitted, boolean returnVariables) {
        Task task = process.taskToComplete(taskId).orElse(null);
        if (task == null) {
            return process.completeAsUser(taskId, Map.of(), returnVariables);
        }
        GrantApplication grant = grants.get(process.businessKey(task));
        String user = currentUser();
        if (TASK_SIGN_AGREEMENT.equals(task.getTaskDefinitionKey()) || TASK_SUBMIT_REPORT.equals(task.getTaskDefinitionKey())) {
            // Only the producer signs and reports for themselves (sign, submitReport): not even an administrator in Tasklist.
            throw new AuthorizationException(user + " may not complete " + task.getTaskDefinitionKey()
                    + ": the producer does it in the portal or at /api/grants");
        }
        refuseIfConflicted(grant.number(), user);
        FormValues form = forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).accept(submitted, process.shown(task), forms);
        if (CONFLICT_DECLARED.equals(form.text(CONFLICT_OF_INTEREST))) {
            grants.record(grant.number(), GrantDecision.of(CONFLICT_STAGE, task.getTaskDefinitionKey(), form.text(CONFLICT_REASON), user));
            process.release(task);
            return returnVariables ? Variables.createVariables() : null;
        }
        return process.completeAsUser(taskId, step(task.getTaskDefinitionKey(), grant, form, user), returnVariables);
    }

    @Override
    public void checkAssignee(String taskId, String userId) {
        process.anyTask(taskId).ifPresent(task -> refuseIfConflicted(process.businessKey(task), userId));
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    /** What each reviewer step writes, and the variables its gateway reads. */
    private Map<String, Object> step(String taskKey, GrantApplication grant, FormValues form, String user) {
        String number = grant.number();
        switch (taskKey) {
            case TASK_SCREEN -> {
                String decision = form.text(SCREENING_DECISION.name());
                grants.record(number, GrantDecision.of("screening", decision, form.text(SCREENING_REASON), user));
                return Map.ofEntries(SCREENING_DECISION.of(decision));
            }
            case TASK_SCORE_FEASIBILITY -> {
                grants.feasibility(number, form.whole(FEASIBILITY_SCORE));
                grants.record(number, new GrantDecision("feasibility", "scored", form.text(FEASIBILITY_COMMENT),
                        form.whole(FEASIBILITY_SCORE), null, user, null));
                return Map.of();
            }
            case TASK_SCORE_MARKET -> {
                grants.market(number, form.whole(MARKET_SCORE));
                grants.record(number, new GrantDecision("market", "scored", form.text(MARKET_COMMENT), form.whole(MARKET_SCORE),
                        null, user, null));
                return Map.of();
            }
            case TASK_DECIDE -> {
                return decide(grant, form, user);
            }
            case TASK_PAY_TRANCHE -> {
                return pay(grant, form, user);
            }
            case TASK_REVIEW_REPORT -> {
                boolean accepted = "accept".equals(form.text(REPORT_DECISION));
                grants.record(number, GrantDecision.of("report-review", accepted ? "accepted" : "changes", form.text(REPORT_COMMENT), user));
                return Map.ofEntries(REPORT_ACCEPTED.of(accepted));
            }
            case TASK_RECORD_RECOVERY -> {
                Money amount = amount(form, RECOVERED_AMOUNT);
                try {
                    ledger.recover(grant.callId(), number, amount, date(form, RECOVERED_ON), form.text(RECOVERY_REFERENCE), user);
                } catch (BadRequestException tooMuch) {
                    throw new InvalidFormInputException(RECOVERED_AMOUNT, tooMuch.getMessage());
                }
                grants.record(number, new GrantDecision("recovery", "recovered", form.text(RECOVERY_REFERENCE), null, amount, user, null));
                return Map.of();
            }
            default -> throw new IllegalStateException("No step for task " + taskKey);
        }
    }

    /** Approve (possibly less than asked, with a reason), refuse or waitlist; an approval reserves the money or is refused. */
    private Map<String, Object> decide(GrantApplication grant, FormValues form, String user) {
        String decision = form.text(GRANT_DECISION.name());
        String reason = form.text(DECISION_REASON);
        Money amount = null;
        if ("approve".equals(decision)) {
            amount = amount(form, APPROVED_AMOUNT);
            if (amount.compareTo(grant.requested()) > 0) {
                throw new InvalidFormInputException(APPROVED_AMOUNT, "may not be more than the " + grant.requested().som() + " som asked");
            }
            if (amount.compareTo(grant.requested()) < 0 && (reason == null || reason.isBlank())) {
                throw new InvalidFormInputException(DECISION_REASON, "is required when approving less than was asked");
            }
            try {
                ledger.reserve(grant.callId(), grant.number(), amount, user, APPROVED_AMOUNT);
            } catch (FundExhaustedException exhausted) {
                throw new InvalidFormInputException(APPROVED_AMOUNT, exhausted.getMessage());
            }
            grants.approved(grant.number(), amount);
        } else if ("refuse".equals(decision) && (reason == null || reason.isBlank())) {
            throw new InvalidFormInputException(DECISION_REASON, "is required when refusing");
        }
        grants.record(grant.number(), new GrantDecision("committee", decision, reason, null, amount, user, null));
        return Map.ofEntries(GRANT_DECISION.of(decision));
    }

    /** Finance pays the next tranche: booked in the ledger (never more than reserved) and on the tranche. */
    private Map<String, Object> pay(GrantApplication grant, FormValues form, String user) {
        Tranche next = grants.tranches(grant.number()).stream().filter(t -> t.paid() == null).findFirst()
                .orElseThrow(() -> new InvalidFormInputException(PAID_AMOUNT, "every tranche is already paid"));
        Money amount = amount(form, PAID_AMOUNT);
        LocalDate on = date(form, PAID_ON);
        try {
            ledger.pay(grant.callId(), grant.number(), next.number(), amount, on, form.text(PAYMENT_REFERENCE), user);
        } catch (BadRequestException tooMuch) {
            throw new InvalidFormInputException(PAID_AMOUNT, tooMuch.getMessage());
        }
        grants.paid(grant.number(), next.number(), amount, on, form.text(PAYMENT_REFERENCE), user);
        grants.record(grant.number(), new GrantDecision("payment", "tranche-" + next.number(), form.text(PAYMENT_REFERENCE), null, amount,
                user, null));
        return Map.ofEntries(TRANCHE.of(next.number()));
    }

    /** Gives back what a grant has reserved and not paid (lapsed, terminated), then offers it to the waitlist. */
    @Transactional
    void releaseRest(String number, String purpose) {
        GrantApplication grant = grants.get(number);
        ledger.releaseRest(grant.callId(), number, "release:" + purpose, purpose, "system");
        offerReleasedMoney(grant.callId());
    }

    /** Closes a fully paid grant with the final report's figures as its outcome. */
    @Transactional
    void close(String number) {
        List<GrantReport> reports = grants.reports(number);
        reports.stream().filter(GrantReport::finalReport).reduce((first, second) -> second)
                .ifPresent(report -> grants.outcome(number, report));
        releaseRest(number, "closure");
    }

    /**
     * Money that came free goes to the waitlist in rank order: each waitlisted application whose
     * amount fits is funded (reserved, then its process moves on to the agreement); one that does
     * not fit is passed over for a smaller one below it and stays on the list.
     */
    @Transactional
    public void offerReleasedMoney(long callId) {
        for (GrantApplication waiting : grants.ranked(callId, GrantStatus.waitlisted)) {
            if (!process.awaitsMoney(waiting.processInstanceId())) {
                continue;
            }
            try {
                ledger.reserve(callId, waiting.number(), waiting.requested(), "system", APPROVED_AMOUNT);
            } catch (FundExhaustedException doesNotFit) {
                continue;
            }
            grants.approved(waiting.number(), waiting.requested());
            grants.record(waiting.number(), new GrantDecision("committee", "funded-from-waitlist", null, null, waiting.requested(),
                    "system", null));
            process.moneyOffered(waiting.number());
        }
    }

    /** Whether the application waits for its producer at a step (the agreement, a report). */
    public boolean awaits(GrantApplication grant, String taskKey) {
        return grant.processInstanceId() != null && process.openTask(grant.processInstanceId(), taskKey).isPresent();
    }

    private Task producerTask(GrantApplication grant, String taskKey, String code, String message) {
        Optional<Task> task = grant.processInstanceId() == null ? Optional.empty() : process.openTask(grant.processInstanceId(), taskKey);
        return task.orElseThrow(() -> new ApplicationStateException(code, "Grant " + grant.number() + " " + message));
    }

    private void refuseIfConflicted(String number, String user) {
        if (grants.decisions(number).stream().anyMatch(d -> CONFLICT_STAGE.equals(d.stage()) && d.decidedBy().equals(user))) {
            throw new AuthorizationException(user + " declared a conflict of interest with grant application " + number
                    + " and may not work on its tasks");
        }
    }

    private String currentUser() {
        return process.currentUser();
    }

    private static Money amount(FormValues form, String key) {
        Object value = form.values().get(key);
        BigDecimal som = value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
        if (som.stripTrailingZeros().scale() > 2) {
            throw new InvalidFormInputException(key, "must have at most two decimals (tyiyn)");
        }
        return new Money(som.movePointRight(2).longValueExact());
    }

    private static LocalDate date(FormValues form, String key) {
        try {
            return LocalDate.parse(form.text(key));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidFormInputException(key, "must be a date like 2027-03-01");
        }
    }

    private static String text(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new BadRequestException(field, "grant.error.required", "is required");
        }
        if (text.length() > max) {
            throw new BadRequestException(field, "grant.error.too-long", "may have at most " + max + " characters", max);
        }
        return text;
    }

    private static int count(String field, Integer value) {
        if (value == null || value < 0 || value > 10_000) {
            throw new BadRequestException(field, "grant.error.count", "must be a whole number from 0 to 10000");
        }
        return value;
    }

    private static Map<BudgetLine, Money> budget(Map<String, String> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new BadRequestException("budget", "grant.error.required", "is required");
        }
        Map<BudgetLine, Money> budget = new EnumMap<>(BudgetLine.class);
        lines.forEach((line, amount) -> {
            BudgetLine known;
            try {
                known = BudgetLine.valueOf(line);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("budget." + line, "grant.error.budget-line",
                        "is not a budget line (equipment, packaging, lab, marketing, training, administration)");
            }
            budget.put(known, Money.parseSom("budget." + line, amount));
        });
        return budget;
    }
}
