package kg.ovop.region;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import kg.ovop.region.Territory.Level;
import kg.ovop.web.BadRequestException;

/**
 * Districts, aiyl aimaks and villages valid today ({@code ovop_territory}, Flyway V8). A level with
 * entries is a closed list; a level without (no classifier loaded yet) accepts any name, so
 * producers are never stopped by missing reference data.
 */
@Repository
public class TerritoryDirectory {

    static final String SELECT = "SELECT code, parent_code, region_code, level, name_ky, name_ru, name_en, specialisation,"
            + " valid_from, valid_to, high_mountain FROM ovop_territory";
    static final RowMapper<Territory> ROW = (rs, i) -> new Territory(rs.getString(1), rs.getString(2), rs.getString(3),
            Level.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getDate(9).toLocalDate(), rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
            (Boolean) rs.getObject(11));

    private static final String VALID_ON = " AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public TerritoryDirectory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The districts of a region valid today, by English name. */
    public List<Territory> districts(String regionCode) {
        return current("region_code = ? AND level = 'district'", regionCode);
    }

    /** The aiyl aimaks of a district, or the villages of an aiyl aimak, valid today. */
    public List<Territory> children(String parentCode) {
        return current("parent_code = ?", parentCode);
    }

    public Optional<Territory> find(String code) {
        return jdbc.query(SELECT + " WHERE code = ?", ROW, code).stream().findFirst();
    }

    private List<Territory> current(String condition, String value) {
        Date today = Date.valueOf(LocalDate.now(clock));
        return jdbc.query(SELECT + " WHERE " + condition + VALID_ON + " ORDER BY name_en", ROW, value, today, today);
    }

    /** Territories valid today, per region code and level. */
    public Map<String, Map<String, Long>> countsToday() {
        Date today = Date.valueOf(LocalDate.now(clock));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.query("SELECT region_code, level, COUNT(*) FROM ovop_territory WHERE 1 = 1" + VALID_ON
                + " GROUP BY region_code, level", rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }, today, today);
        return counts;
    }

    /**
     * Checks a location top-down: each level must be in its parent's list where that list exists.
     * Returns the most precise territory matched (the village where villages are known), or empty
     * where not even the region's districts are known.
     */
    public Optional<Territory> locate(String regionCode, String district, String aiylAimak, String village) {
        Territory matched = pick(districts(regionCode), district, "district");
        if (matched != null) {
            Territory aimak = pick(children(matched.code()), aiylAimak, "aiylAimak");
            if (aimak != null) {
                matched = aimak;
                Territory place = pick(children(aimak.code()), village, "village");
                matched = place != null ? place : matched;
            }
        }
        return Optional.ofNullable(matched);
    }

    /**
     * Whether a location is a high-mountain area, from the most precise level that says so (a
     * village, else its aiyl aimak, else its district); empty where the lists do not know.
     */
    public Optional<Boolean> highMountain(String regionCode, String district, String aiylAimak, String village) {
        Territory level = locate(regionCode, district, aiylAimak, village).orElse(null);
        while (level != null && level.highMountain() == null) {
            level = level.parentCode() == null ? null : find(level.parentCode()).orElse(null);
        }
        return Optional.ofNullable(level).map(Territory::highMountain);
    }

    /**
     * The product the village is known for, if the lists know the village and it declared one.
     * Lenient: a location the lists do not know has nothing to differ from.
     */
    public Optional<String> specialisation(String regionCode, String district, String aiylAimak, String village) {
        try {
            return locate(regionCode, district, aiylAimak, village).filter(t -> t.level() == Level.village)
                    .map(Territory::specialisation);
        } catch (BadRequestException e) {
            return Optional.empty();
        }
    }

    private static Territory pick(List<Territory> choices, String name, String field) {
        if (choices.isEmpty()) {
            return null;
        }
        return choices.stream().filter(t -> t.isNamed(name)).findFirst().orElseThrow(() -> new BadRequestException(field,
                "location." + field + ".unknown", "'" + name + "' is not in the list; choose one of: "
                        + String.join(", ", choices.stream().map(Territory::nameEn).toList()), name));
    }
}
