package kg.ovop.grant.fund;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.config.TimeConfiguration;
import kg.ovop.numbering.YearlyCounters;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.BadRequestException;

/** Calls for grant applications: administrators open and close them; producers apply to open ones. */
@Service
public class GrantCalls {

    private static final RowMapper<GrantCall> ROW = (rs, i) -> new GrantCall(rs.getLong("id"), rs.getString("code"),
            rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en"), new Money(rs.getLong("fund_tyiyn")),
            new Money(rs.getLong("cap_tyiyn")), rs.getInt("min_contribution_pct"), rs.getInt("min_contribution_remote_pct"),
            list(rs.getString("categories")), list(rs.getString("regions")), rs.getDate("opens_on").toLocalDate(),
            rs.getDate("closes_on").toLocalDate(), rs.getInt("pass_mark"),
            rs.getTimestamp("closed_early_at") == null ? null : rs.getTimestamp("closed_early_at").toInstant(),
            rs.getString("created_by"));

    private final JdbcTemplate jdbc;
    private final YearlyCounters counters;
    private final RegionDirectory regions;
    private final Clock clock;

    public GrantCalls(JdbcTemplate jdbc, YearlyCounters counters, RegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.regions = regions;
        this.clock = clock;
    }

    public List<GrantCall> all() {
        return jdbc.query("SELECT * FROM ovop_grant_call ORDER BY opens_on DESC, id DESC", ROW);
    }

    public Optional<GrantCall> find(String code) {
        return jdbc.query("SELECT * FROM ovop_grant_call WHERE code = ?", ROW, code).stream().findFirst();
    }

    public GrantCall get(long id) {
        return jdbc.queryForObject("SELECT * FROM ovop_grant_call WHERE id = ?", ROW, id);
    }

    /** Calls taking applications today. */
    public List<GrantCall> open() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.BISHKEK));
        return all().stream().filter(call -> call.isOpenOn(today)).toList();
    }

    /** Checks every field (each refusal names it), then opens the call under the next number of the year. */
    @Transactional
    public GrantCall create(CallRequest request, String administrator) {
        String nameKy = name("nameKy", request.nameKy(), true);
        String nameRu = name("nameRu", request.nameRu(), true);
        String nameEn = name("nameEn", request.nameEn(), false);
        Money fund = Money.parseSom("fund", request.fund());
        Money cap = Money.parseSom("cap", request.cap());
        positive("fund", fund);
        positive("cap", cap);
        if (cap.compareTo(fund) > 0) {
            throw new BadRequestException("cap", "grant.error.cap-above-fund", "may not be more than the fund");
        }
        int minimum = percent("minContributionPercent", request.minContributionPercent());
        int remote = percent("minContributionRemotePercent", request.minContributionRemotePercent());
        int passMark = percent("passMark", request.passMark());
        List<String> categories = request.categories() == null ? List.of() : request.categories().stream().distinct().toList();
        for (String category : categories) {
            if (!ProductCategory.isCode(category)) {
                throw new BadRequestException("categories", "grant.error.category", "'" + category + "' is not a product category");
            }
        }
        List<String> regionCodes = request.regions() == null ? List.of() : request.regions().stream().distinct().toList();
        for (String region : regionCodes) {
            if (regions.find(region).isEmpty()) {
                throw new BadRequestException("regions", "grant.error.region", "'" + region + "' is not a region code");
            }
        }
        LocalDate opens = date("opensOn", request.opensOn());
        LocalDate closes = date("closesOn", request.closesOn());
        if (closes.isBefore(opens)) {
            throw new BadRequestException("closesOn", "grant.error.closes-before-opens", "must not be before the opening day");
        }
        String code = "CALL-" + opens.getYear() + "-" + String.format("%02d", counters.next("grant-call", opens.getYear()));
        jdbc.update("INSERT INTO ovop_grant_call (code, name_ky, name_ru, name_en, fund_tyiyn, cap_tyiyn, min_contribution_pct,"
                + " min_contribution_remote_pct, categories, regions, opens_on, closes_on, pass_mark, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", code, nameKy, nameRu, nameEn, fund.tyiyn(), cap.tyiyn(),
                minimum, remote, join(categories), join(regionCodes), Date.valueOf(opens), Date.valueOf(closes), passMark,
                administrator, Timestamp.from(clock.instant()));
        return find(code).orElseThrow();
    }

    /** Stops a call taking applications before its closing day; applications already in keep going. */
    @Transactional
    public GrantCall close(String code, String administrator) {
        GrantCall call = find(code).orElseThrow(() -> new BadRequestException("code", "grant.error.no-call", "no call " + code));
        jdbc.update("UPDATE ovop_grant_call SET closed_early_at = ?, closed_by = ? WHERE id = ? AND closed_early_at IS NULL",
                Timestamp.from(clock.instant()), administrator, call.id());
        return get(call.id());
    }

    private static String name(String field, String value, boolean required) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() && required) {
            throw new BadRequestException(field, "grant.error.required", "is required");
        }
        if (name.length() > 200) {
            throw new BadRequestException(field, "grant.error.too-long", "may have at most 200 characters", 200);
        }
        return name.isEmpty() ? null : name;
    }

    private static void positive(String field, Money amount) {
        if (!amount.isPositive()) {
            throw new BadRequestException(field, "grant.error.amount-positive", "must be more than zero");
        }
    }

    private static int percent(String field, Integer value) {
        if (value == null || value < 0 || value > 100) {
            throw new BadRequestException(field, "grant.error.percent", "must be a whole number from 0 to 100");
        }
        return value;
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "grant.error.date", "must be a date like 2027-03-01");
        }
    }

    private static String join(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
