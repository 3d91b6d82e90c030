package kg.ovop.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import kg.ovop.numbering.YearlyCounters;
import kg.ovop.web.Language;

/** The application tables; numbers {@code OVOP-<year>-<6 digits>} come from a yearly counter. */
@Repository
public class ApplicationStore {

    private static final String COUNTER = "application";

    private final JdbcTemplate jdbc;
    private final YearlyCounters counters;
    private final Clock clock;

    public ApplicationStore(JdbcTemplate jdbc, YearlyCounters counters, Clock clock) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.clock = clock;
    }

    /** An application prepared in the portal or API: documents can be attached before it is submitted. */
    public Application createDraft(ApplicationForm form, String applicant) {
        return insert(form, applicant, null, ApplicationStatus.draft);
    }

    /** A draft renewing a certificate: a new application that names the certificate it will replace. */
    public Application createRenewal(ApplicationForm form, String applicant, String certificateNumber) {
        Application draft = insert(form, applicant, null, ApplicationStatus.draft);
        jdbc.update("UPDATE ovop_application SET replaces_number = ? WHERE id = ?", certificateNumber, draft.id());
        return get(draft.number());
    }

    /** Renewals of a certificate that are still under way (a draft or not yet decided). */
    public List<Application> openRenewals(String certificateNumber) {
        return jdbc.query("SELECT * FROM ovop_application WHERE replaces_number = ? AND status NOT IN "
                + "('refused', 'lapsed', 'withdrawn')", ApplicationStore::map, certificateNumber);
    }

    /** Replaces the form of a draft; false when the application is no longer a draft. */
    public boolean updateDraft(String number, ApplicationForm form) {
        return jdbc.update("UPDATE ovop_application SET producer_type = ?, producer_name = ?, taxpayer_number = ?, phone = ?, "
                + "email = ?, preferred_language = ?, region_code = ?, district = ?, aiyl_aimak = ?, village = ?, "
                + "product_name_ky = ?, product_name_ru = ?, product_name_en = ?, category = ?, description = ?, story = ?, "
                + "local_raw_material_share = ?, annual_capacity = ?, capacity_unit = ?, target_markets = ?, women_led = ?, "
                + "youth_led = ?, high_mountain = ?, registered_business = ? WHERE number = ? AND status = 'draft'",
                form.producerType(), form.producerName(), form.taxpayerNumber(), form.phone(), form.email(),
                form.preferredLanguage().name(), form.regionCode(), form.district(), form.aiylAimak(), form.village(),
                form.productNameKy(), form.productNameRu(), form.productNameEn(), form.category(), form.description(),
                form.story(), form.localRawMaterialShare(), form.annualCapacity(), form.capacityUnit(), form.targetMarkets(),
                form.womenLed(), form.youthLed(), form.highMountain(), form.registeredBusiness(), number) == 1;
    }

    /** The draft becomes the application of a process instance; false when it is not a draft (any more). */
    public boolean submitDraft(String number, String processInstanceId) {
        return jdbc.update("UPDATE ovop_application SET status = 'submitted', process_instance_id = ?, status_changed_at = ? "
                + "WHERE number = ? AND status = 'draft'", processInstanceId, Timestamp.from(clock.instant()), number) == 1;
    }

    public List<Application> byApplicant(String applicant) {
        return jdbc.query("SELECT * FROM ovop_application WHERE applicant = ? ORDER BY created_at DESC, id DESC",
                ApplicationStore::map, applicant);
    }

    /** The stored application as the form it was submitted with. */
    public static ApplicationForm form(Application a) {
        return new ApplicationForm(a.producerType(), a.producerName(), a.taxpayerNumber(), a.phone(), a.email(),
                a.preferredLanguage(), a.regionCode(), a.district(), a.aiylAimak(), a.village(), a.productNameKy(),
                a.productNameRu(), a.productNameEn(), a.category(), a.description(), a.story(), a.localRawMaterialShare(),
                a.annualCapacity(), a.capacityUnit(), a.targetMarkets(), a.womenLed(), a.youthLed(), a.highMountain(),
                a.registeredBusiness());
    }

    private Application insert(ApplicationForm form, String applicant, String processInstanceId, ApplicationStatus status) {
        int year = LocalDate.now(clock).getYear();
        String number = String.format("OVOP-%d-%06d", year, counters.next(COUNTER, year));
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("INSERT INTO ovop_application (number, applicant, process_instance_id, status, "
                    + "status_changed_at, producer_type, producer_name, taxpayer_number, phone, email, preferred_language, "
                    + "region_code, district, aiyl_aimak, village, product_name_ky, product_name_ru, product_name_en, category, "
                    + "description, story, local_raw_material_share, annual_capacity, capacity_unit, target_markets, women_led, "
                    + "youth_led, high_mountain, registered_business, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            int i = 1;
            s.setString(i++, number);
            s.setString(i++, applicant);
            s.setString(i++, processInstanceId);
            s.setString(i++, status.name());
            s.setTimestamp(i++, now);
            s.setString(i++, form.producerType());
            s.setString(i++, form.producerName());
            s.setString(i++, form.taxpayerNumber());
            s.setString(i++, form.phone());
            s.setString(i++, form.email());
            s.setString(i++, form.preferredLanguage().name());
            s.setString(i++, form.regionCode());
            s.setString(i++, form.district());
            s.setString(i++, form.aiylAimak());
            s.setString(i++, form.village());
            s.setString(i++, form.productNameKy());
            s.setString(i++, form.productNameRu());
            s.setString(i++, form.productNameEn());
            s.setString(i++, form.category());
            s.setString(i++, form.description());
            s.setString(i++, form.story());
            s.setInt(i++, form.localRawMaterialShare());
            s.setInt(i++, form.annualCapacity());
            s.setString(i++, form.capacityUnit());
            s.setString(i++, form.targetMarkets());
            s.setBoolean(i++, form.womenLed());
            s.setBoolean(i++, form.youthLed());
            s.setBoolean(i++, form.highMountain());
            s.setBoolean(i++, form.registeredBusiness());
            s.setTimestamp(i, now);
            return s;
        }, key);
        return find(number).orElseThrow();
    }

    public Optional<Application> find(String number) {
        return jdbc.query("SELECT * FROM ovop_application WHERE number = ?", ApplicationStore::map, number).stream().findFirst();
    }

    public Application get(String number) {
        return find(number).orElseThrow(() -> new IllegalStateException("No application " + number));
    }

    public void changeStatus(String number, ApplicationStatus status) {
        jdbc.update("UPDATE ovop_application SET status = ?, status_changed_at = ? WHERE number = ? AND status <> ?",
                status.name(), Timestamp.from(clock.instant()), number, status.name());
    }

    /** The rating table's recommendation, kept so the committee decides on what the store holds. */
    public void recordRating(String number, int stars) {
        jdbc.update("UPDATE ovop_application SET recommended_stars = ? WHERE number = ?", stars, number);
    }

    public void certificateIssued(String number, String certificateNumber) {
        jdbc.update("UPDATE ovop_application SET certificate_number = ? WHERE number = ?", certificateNumber, number);
    }

    public void record(String number, Decision decision) {
        jdbc.update("INSERT INTO ovop_application_decision (application_id, stage, outcome, details, score_quality, lab_result, "
                + "score_marketing, score_community, stars, no_conflict_of_interest, decided_by, decided_at) "
                + "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM ovop_application WHERE number = ?",
                decision.stage(), decision.outcome(), decision.details(), decision.qualityScore(), decision.labResult(),
                decision.marketingScore(), decision.communityScore(), decision.stars(), decision.noConflictOfInterest(),
                decision.decidedBy(), Timestamp.from(clock.instant()), number);
    }

    public int decisionCount(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_application_decision d JOIN ovop_application a "
                + "ON a.id = d.application_id WHERE a.number = ?", Integer.class, number);
    }

    /** The latest decision of a stage (the current round after a loop), if any. */
    public Optional<Decision> latestDecision(String number, String stage) {
        return jdbc.query("SELECT d.* FROM ovop_application_decision d JOIN ovop_application a ON a.id = d.application_id "
                + "WHERE a.number = ? AND d.stage = ? ORDER BY d.decided_at DESC, d.id DESC", ApplicationStore::decision,
                number, stage).stream().findFirst();
    }

    private static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getString("stage"), rs.getString("outcome"), rs.getString("details"),
                (Integer) rs.getObject("score_quality"), rs.getString("lab_result"), (Integer) rs.getObject("score_marketing"),
                (Integer) rs.getObject("score_community"), (Integer) rs.getObject("stars"),
                (Boolean) rs.getObject("no_conflict_of_interest"), rs.getString("decided_by"));
    }

    /** Whether a user declared a conflict of interest with this application (at any step). */
    public boolean declaredConflict(String number, String user) {
        return user != null && jdbc.queryForObject("SELECT COUNT(*) FROM ovop_application_decision d JOIN ovop_application a "
                + "ON a.id = d.application_id WHERE a.number = ? AND d.stage = ? AND d.decided_by = ?", Integer.class,
                number, Decision.CONFLICT_OF_INTEREST, user) > 0;
    }

    public List<Map<String, Object>> decisions(String number) {
        return jdbc.queryForList("SELECT d.stage, d.outcome, d.details, d.score_quality, d.lab_result, d.score_marketing, "
                + "d.score_community, d.stars, d.no_conflict_of_interest, d.decided_by, d.decided_at "
                + "FROM ovop_application_decision d JOIN ovop_application a ON a.id = d.application_id "
                + "WHERE a.number = ? ORDER BY d.decided_at, d.id", number);
    }

    private static Application map(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getLong("id"), rs.getString("number"), rs.getString("applicant"),
                rs.getString("process_instance_id"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("status_changed_at").toInstant(), rs.getString("producer_type"), rs.getString("producer_name"),
                rs.getString("taxpayer_number"), rs.getString("phone"), rs.getString("email"),
                Language.of(rs.getString("preferred_language")), rs.getString("region_code"), rs.getString("district"),
                rs.getString("aiyl_aimak"), rs.getString("village"), rs.getString("product_name_ky"),
                rs.getString("product_name_ru"), rs.getString("product_name_en"), rs.getString("category"),
                rs.getString("description"), rs.getString("story"), rs.getInt("local_raw_material_share"),
                rs.getInt("annual_capacity"), rs.getString("capacity_unit"), rs.getString("target_markets"),
                rs.getBoolean("women_led"), rs.getBoolean("youth_led"), rs.getBoolean("high_mountain"),
                rs.getBoolean("registered_business"), (Integer) rs.getObject("recommended_stars"), rs.getString("certificate_number"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("replaces_number"));
    }
}
