package kg.ovop.grant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import kg.ovop.grant.fund.Money;
import kg.ovop.numbering.YearlyCounters;
import kg.ovop.web.Language;

/** The grant applications' tables: the record that the process, the pages and the API read. */
@Repository
class GrantStore {

    private final JdbcTemplate jdbc;
    private final YearlyCounters counters;
    private final Clock clock;

    GrantStore(JdbcTemplate jdbc, YearlyCounters counters, Clock clock) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.clock = clock;
    }

    /** Records a new application under the next number of the year (GR-2027-000001). */
    GrantApplication insert(long callId, String applicant, String certificateNumber, String producerName, String email,
            Language language, String regionCode, String category, boolean remoteArea, String title, String description,
            Money requested, Money ownContribution, Map<BudgetLine, Money> budget, int jobs, int women, int youth) {
        Instant now = clock.instant();
        int year = now.atZone(kg.ovop.config.TimeConfiguration.BISHKEK).getYear();
        String number = "GR-" + year + "-" + String.format("%06d", counters.next("grant-application", year));
        jdbc.update("INSERT INTO ovop_grant_application (number, call_id, applicant, status, status_changed_at, certificate_number,"
                + " producer_name, email, preferred_language, region_code, category, remote_area, title, description, requested_tyiyn,"
                + " own_contribution_tyiyn, jobs_planned, women_planned, youth_planned, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number, callId, applicant,
                GrantStatus.submitted.name(), Timestamp.from(now), certificateNumber, producerName, email, language.name(), regionCode,
                category, remoteArea, title, description, requested.tyiyn(), ownContribution.tyiyn(), jobs, women, youth,
                Timestamp.from(now));
        long id = jdbc.queryForObject("SELECT id FROM ovop_grant_application WHERE number = ?", Long.class, number);
        budget.forEach((line, amount) -> jdbc.update("INSERT INTO ovop_grant_budget_line (application_id, line, amount_tyiyn)"
                + " VALUES (?, ?, ?)", id, line.name(), amount.tyiyn()));
        return get(number);
    }

    Optional<GrantApplication> find(String number) {
        return applications("a.number = ?", "a.id", number).stream().findFirst();
    }

    GrantApplication get(String number) {
        return find(number).orElseThrow(() -> new GrantNotFoundException(number));
    }

    List<GrantApplication> ofApplicant(String applicant) {
        return applications("a.applicant = ?", "a.id DESC", applicant);
    }

    /** Every application to a call, newest first. */
    List<GrantApplication> ofCall(long callId) {
        return applications("a.call_id = ?", "a.id DESC", callId);
    }

    /** The call's applications in a status, best total score first (ties: the earlier application). */
    List<GrantApplication> ranked(long callId, GrantStatus status) {
        return applications("a.call_id = ? AND a.status = ?", "a.total_score DESC, a.id", callId, status.name());
    }

    /** The call's scored applications (past the pass mark or not), best first, for the committee. */
    List<GrantApplication> scored(long callId) {
        return applications("a.call_id = ? AND a.total_score IS NOT NULL", "a.total_score DESC, a.id", callId);
    }

    void started(String number, String processInstanceId) {
        jdbc.update("UPDATE ovop_grant_application SET process_instance_id = ? WHERE number = ?", processInstanceId, number);
    }

    void status(String number, GrantStatus status) {
        jdbc.update("UPDATE ovop_grant_application SET status = ?, status_changed_at = ? WHERE number = ?", status.name(),
                Timestamp.from(clock.instant()), number);
    }

    void feasibility(String number, int score) {
        jdbc.update("UPDATE ovop_grant_application SET feasibility_score = ? WHERE number = ?", score, number);
    }

    void market(String number, int score) {
        jdbc.update("UPDATE ovop_grant_application SET market_score = ? WHERE number = ?", score, number);
    }

    void total(String number, int score) {
        jdbc.update("UPDATE ovop_grant_application SET total_score = ? WHERE number = ?", score, number);
    }

    void approved(String number, Money amount) {
        jdbc.update("UPDATE ovop_grant_application SET approved_tyiyn = ? WHERE number = ?", amount.tyiyn(), number);
    }

    void signed(String number) {
        jdbc.update("UPDATE ovop_grant_application SET signed_at = ? WHERE number = ?", Timestamp.from(clock.instant()), number);
    }

    void outcome(String number, GrantReport report) {
        jdbc.update("UPDATE ovop_grant_application SET jobs_created = ?, sales_tyiyn = ?, exports_tyiyn = ?, women_employed = ?,"
                + " youth_employed = ? WHERE number = ?", report.jobsCreated(), report.sales().tyiyn(), report.exports().tyiyn(),
                report.womenEmployed(), report.youthEmployed(), number);
    }

    void record(String number, GrantDecision decision) {
        jdbc.update("INSERT INTO ovop_grant_decision (application_id, stage, outcome, details, score, amount_tyiyn, decided_by,"
                + " decided_at) VALUES ((SELECT id FROM ovop_grant_application WHERE number = ?), ?, ?, ?, ?, ?, ?, ?)", number,
                decision.stage(), decision.outcome(), decision.details(), decision.score(),
                decision.amount() == null ? null : decision.amount().tyiyn(), decision.decidedBy(), Timestamp.from(clock.instant()));
    }

    List<GrantDecision> decisions(String number) {
        return jdbc.query("SELECT d.* FROM ovop_grant_decision d JOIN ovop_grant_application a ON a.id = d.application_id"
                + " WHERE a.number = ? ORDER BY d.id", (rs, i) -> decision(rs), number);
    }

    Optional<GrantDecision> latest(String number, String stage) {
        return jdbc.query("SELECT d.* FROM ovop_grant_decision d JOIN ovop_grant_application a ON a.id = d.application_id"
                + " WHERE a.number = ? AND d.stage = ? ORDER BY d.id DESC FETCH FIRST 1 ROWS ONLY", (rs, i) -> decision(rs), number,
                stage).stream().findFirst();
    }

    private static GrantDecision decision(ResultSet rs) throws SQLException {
        return new GrantDecision(rs.getString("stage"), rs.getString("outcome"), rs.getString("details"),
                (Integer) rs.getObject("score"), money(rs, "amount_tyiyn"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }

    int decisionCount(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_grant_decision d JOIN ovop_grant_application a ON a.id = d.application_id"
                + " WHERE a.number = ?", Integer.class, number);
    }

    void planTranche(String number, Tranche tranche) {
        jdbc.update("INSERT INTO ovop_grant_tranche (application_id, tranche, percent, planned_tyiyn) VALUES"
                + " ((SELECT id FROM ovop_grant_application WHERE number = ?), ?, ?, ?)", number, tranche.number(), tranche.percent(),
                tranche.planned().tyiyn());
    }

    void paid(String number, int tranche, Money amount, LocalDate on, String reference, String user) {
        jdbc.update("UPDATE ovop_grant_tranche SET paid_tyiyn = ?, paid_on = ?, reference = ?, paid_by = ? WHERE tranche = ?"
                + " AND application_id = (SELECT id FROM ovop_grant_application WHERE number = ?)", amount.tyiyn(), Date.valueOf(on),
                reference, user, tranche, number);
    }

    List<Tranche> tranches(String number) {
        return jdbc.query("SELECT t.* FROM ovop_grant_tranche t JOIN ovop_grant_application a ON a.id = t.application_id"
                + " WHERE a.number = ? ORDER BY t.tranche", (rs, i) -> new Tranche(rs.getInt("tranche"), rs.getInt("percent"), null,
                        new Money(rs.getLong("planned_tyiyn")), money(rs, "paid_tyiyn"),
                        rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate(), rs.getString("reference")), number);
    }

    void report(String number, GrantReport report, String user) {
        jdbc.update("INSERT INTO ovop_grant_report (application_id, report, final_report, summary, jobs_created, sales_tyiyn,"
                + " exports_tyiyn, women_employed, youth_employed, submitted_by, submitted_at) VALUES"
                + " ((SELECT id FROM ovop_grant_application WHERE number = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number, report.number(),
                report.finalReport(), report.summary(), report.jobsCreated(), report.sales().tyiyn(), report.exports().tyiyn(),
                report.womenEmployed(), report.youthEmployed(), user, Timestamp.from(clock.instant()));
    }

    List<GrantReport> reports(String number) {
        return jdbc.query("SELECT r.* FROM ovop_grant_report r JOIN ovop_grant_application a ON a.id = r.application_id"
                + " WHERE a.number = ? ORDER BY r.id", (rs, i) -> new GrantReport(rs.getInt("report"), rs.getBoolean("final_report"),
                        rs.getString("summary"), rs.getInt("jobs_created"), new Money(rs.getLong("sales_tyiyn")),
                        new Money(rs.getLong("exports_tyiyn")), rs.getInt("women_employed"), rs.getInt("youth_employed"),
                        rs.getTimestamp("submitted_at").toInstant()), number);
    }

    /** The applications a condition on {@code a} selects, in an order, with their budget lines: two queries however many. */
    private List<GrantApplication> applications(String where, String order, Object... args) {
        Map<Long, Map<BudgetLine, Money>> budgets = new HashMap<>();
        jdbc.query("SELECT b.application_id, b.line, b.amount_tyiyn FROM ovop_grant_budget_line b"
                + " JOIN ovop_grant_application a ON a.id = b.application_id WHERE " + where, line -> {
                    budgets.computeIfAbsent(line.getLong(1), id -> new EnumMap<>(BudgetLine.class))
                            .put(BudgetLine.valueOf(line.getString(2)), new Money(line.getLong(3)));
                }, args);
        return jdbc.query("SELECT a.* FROM ovop_grant_application a WHERE " + where + " ORDER BY " + order,
                (rs, i) -> row(rs, budgets.getOrDefault(rs.getLong("id"), Map.of())), args);
    }

    private static GrantApplication row(ResultSet rs, Map<BudgetLine, Money> budget) throws SQLException {
        long id = rs.getLong("id");
        return new GrantApplication(id, rs.getString("number"), rs.getLong("call_id"), rs.getString("applicant"),
                rs.getString("process_instance_id"), GrantStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("status_changed_at").toInstant(), rs.getString("certificate_number"), rs.getString("producer_name"),
                rs.getString("email"), Language.valueOf(rs.getString("preferred_language")), rs.getString("region_code"),
                rs.getString("category"), rs.getBoolean("remote_area"), rs.getString("title"), rs.getString("description"),
                new Money(rs.getLong("requested_tyiyn")), new Money(rs.getLong("own_contribution_tyiyn")), rs.getInt("jobs_planned"),
                rs.getInt("women_planned"), rs.getInt("youth_planned"), (Integer) rs.getObject("feasibility_score"),
                (Integer) rs.getObject("market_score"), (Integer) rs.getObject("total_score"), money(rs, "approved_tyiyn"),
                rs.getTimestamp("signed_at") == null ? null : rs.getTimestamp("signed_at").toInstant(), budget,
                rs.getTimestamp("created_at").toInstant());
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : new Money(value);
    }
}
