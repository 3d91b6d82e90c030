package kg.ovop.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.product.ProductCategory;
import kg.ovop.region.Territory.Level;
import kg.ovop.web.Csv;

/**
 * Loads the territory classifier from CSV (the administrators' upload): every row is checked
 * before anything is written, and the whole file is applied in one transaction, so a bad line
 * never leaves half a classifier. Rows are matched by code: a known code is updated (that is how
 * a merged aiyl aimak gets its {@code valid_to}), a new one added.
 */
@Service
public class TerritoryImport {

    public static final List<String> HEADER = List.of("code", "parent_code", "level", "region_code", "name_ky", "name_ru",
            "name_en", "specialisation", "valid_from", "valid_to", "high_mountain");
    /** Files written before high_mountain existed are still read (the column then stays unknown). */
    static final List<String> HEADER_WITHOUT_HIGH_MOUNTAIN = HEADER.subList(0, HEADER.size() - 1);
    static final int MAX_ROWS = 20_000;

    private final JdbcTemplate jdbc;
    private final RegionDirectory regions;

    public TerritoryImport(JdbcTemplate jdbc, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** What an import changed. */
    public record Result(int added, int updated) {
    }

    /**
     * One thing wrong with the file, as a message code ({@code territories.problem.<key>}) and its
     * arguments, the line first (0 when the problem is not on one line): the page says it in the
     * administrator's language.
     */
    public record Problem(int line, String key, List<String> args) implements MessageSourceResolvable {

        static Problem at(int line, String key, Object... args) {
            return new Problem(line, key, Stream.of(args).map(String::valueOf).toList());
        }

        @Override
        public String[] getCodes() {
            return new String[] {"territories.problem." + key};
        }

        @Override
        public Object[] getArguments() {
            // Strings, so that line 1200 is not written "1,200".
            return Stream.concat(Stream.of(String.valueOf(line)), args.stream()).toArray();
        }

        @Override
        public String toString() {
            return "line " + line + ": " + key + " " + args;
        }
    }

    /** The file was refused; each problem names its line. Nothing was written. */
    public static class RefusedException extends RuntimeException {
        private final List<Problem> problems;

        RefusedException(List<Problem> problems) {
            super(problems.size() + " problem(s) in the territory file: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    @Transactional
    public Result apply(Reader csv) throws IOException {
        Map<String, Territory> loaded = new HashMap<>();
        jdbc.query(TerritoryDirectory.SELECT, TerritoryDirectory.ROW).forEach(t -> loaded.put(t.code(), t));
        List<Territory> rows = read(csv, loaded);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Territory t : rows) {
            (loaded.containsKey(t.code()) ? updates : inserts).add(new Object[] {t.parentCode(), t.regionCode(),
                    t.level().name(), t.nameKy(), t.nameRu(), t.nameEn(), t.specialisation(), Date.valueOf(t.validFrom()),
                    t.validTo() == null ? null : Date.valueOf(t.validTo()), t.highMountain(), t.code()});
        }
        jdbc.batchUpdate("UPDATE ovop_territory SET parent_code = ?, region_code = ?, level = ?, name_ky = ?, name_ru = ?,"
                + " name_en = ?, specialisation = ?, valid_from = ?, valid_to = ?, high_mountain = ? WHERE code = ?", updates);
        jdbc.batchUpdate("INSERT INTO ovop_territory (parent_code, region_code, level, name_ky, name_ru, name_en,"
                + " specialisation, valid_from, valid_to, high_mountain, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        return new Result(inserts.size(), updates.size());
    }

    /** Parses and checks the whole file against what is loaded; parents come before their children in the result. */
    private List<Territory> read(Reader csv, Map<String, Territory> loaded) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Territory> byCode = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        List<String> header = Csv.parse(stripBom(lines.readLine()));
        if (!HEADER.equals(header) && !HEADER_WITHOUT_HIGH_MOUNTAIN.equals(header)) {
            throw new RefusedException(List.of(Problem.at(1, "header", String.join(",", HEADER))));
        }
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (byCode.size() >= MAX_ROWS) {
                throw new RefusedException(List.of(Problem.at(0, "too-many-rows", MAX_ROWS)));
            }
            int before = problems.size();
            Territory row = row(Csv.parse(line), header.size(), number, problems);
            if (row != null && problems.size() == before) {
                if (byCode.putIfAbsent(row.code(), row) != null) {
                    problems.add(Problem.at(number, "duplicate", row.code(), lineOf.get(row.code())));
                }
                lineOf.putIfAbsent(row.code(), number);
            }
        }
        for (Territory row : byCode.values()) {
            int at = lineOf.get(row.code());
            checkParent(row, byCode, loaded, at, problems);
            Territory before = loaded.get(row.code());
            // Children already loaded hang on a code: it keeps its place, or they would be stranded.
            if (before != null && (before.level() != row.level() || !before.regionCode().equals(row.regionCode())
                    || !Objects.equals(before.parentCode(), row.parentCode()))) {
                problems.add(Problem.at(at, "code-kept", row.code(), before.level(),
                        before.parentCode() != null ? before.parentCode() : before.regionCode()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new RefusedException(problems);
        }
        return byCode.values().stream().sorted(Comparator.comparing(Territory::level).thenComparing(Territory::code)).toList();
    }

    private Territory row(List<String> cells, int columns, int at, List<Problem> problems) {
        if (cells.size() != columns) {
            problems.add(Problem.at(at, "columns", columns, cells.size()));
            return null;
        }
        String code = cells.get(0).strip();
        if (!code.matches("[A-Za-z0-9._-]{1,40}")) {
            problems.add(Problem.at(at, "code"));
        }
        Level level = null;
        try {
            level = Level.valueOf(cells.get(2).strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(at, "level"));
        }
        String region = cells.get(3).strip();
        if (regions.find(region).isEmpty()) {
            problems.add(Problem.at(at, "region", region));
        }
        for (int i = 4; i <= 6; i++) {
            String name = cells.get(i).strip();
            if (name.isEmpty() || name.length() > 100) {
                problems.add(Problem.at(at, "name", HEADER.get(i)));
            }
        }
        String specialisation = blankToNull(cells.get(7));
        if (specialisation != null && !ProductCategory.isCode(specialisation)) {
            problems.add(Problem.at(at, "specialisation", specialisation));
        }
        LocalDate from = date(cells.get(8), "valid_from", at, problems);
        LocalDate to = blankToNull(cells.get(9)) == null ? null : date(cells.get(9), "valid_to", at, problems);
        if (from == null && blankToNull(cells.get(8)) == null) {
            problems.add(Problem.at(at, "from-required"));
        }
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(Problem.at(at, "to-after-from"));
        }
        String mountain = columns > 10 ? blankToNull(cells.get(10)) : null;
        if (mountain != null && !mountain.equals("true") && !mountain.equals("false")) {
            problems.add(Problem.at(at, "high-mountain"));
        }
        return from == null || level == null ? null : new Territory(code, blankToNull(cells.get(1)), region, level,
                cells.get(4).strip(), cells.get(5).strip(), cells.get(6).strip(), specialisation, from, to,
                mountain == null ? null : Boolean.valueOf(mountain));
    }

    /** A district has no parent; an aiyl aimak's is a district, a village's an aiyl aimak, in the same region. */
    private static void checkParent(Territory row, Map<String, Territory> file, Map<String, Territory> loaded, int at,
            List<Problem> problems) {
        if (row.level() == Level.district) {
            if (row.parentCode() != null) {
                problems.add(Problem.at(at, "district-parent"));
            }
            return;
        }
        if (row.parentCode() == null) {
            problems.add(Problem.at(at, "parent-required", row.level()));
            return;
        }
        Territory parent = file.getOrDefault(row.parentCode(), loaded.get(row.parentCode()));
        if (parent == null) {
            problems.add(Problem.at(at, "parent-unknown", row.parentCode()));
        } else if (parent.level().child() != row.level()) {
            problems.add(Problem.at(at, "parent-level", row.level(), row.level() == Level.village ? "aiyl_aimak" : "district",
                    row.parentCode(), parent.level()));
        } else if (!parent.regionCode().equals(row.regionCode())) {
            problems.add(Problem.at(at, "parent-region", parent.regionCode()));
        }
    }

    private static LocalDate date(String text, String column, int at, List<Problem> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            if (!text.isBlank()) {
                problems.add(Problem.at(at, "date", column));
            }
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String stripBom(String line) {
        return line == null ? "" : line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
