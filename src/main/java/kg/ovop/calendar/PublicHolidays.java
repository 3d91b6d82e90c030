package kg.ovop.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kg.ovop.web.BadRequestException;

/** The yearly table of public holidays, read by every due date (no copy kept: every node sees a change at once). */
@Component
public class PublicHolidays {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PublicHolidays(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The working-day calendar on this table. */
    public WorkingCalendar calendar() {
        return new WorkingCalendar(this::days);
    }

    public List<PublicHoliday> of(int year) {
        return jdbc.query("SELECT holiday_date, name_ky, name_ru, name_en FROM ovop_public_holiday WHERE holiday_date BETWEEN ? AND ? "
                + "ORDER BY holiday_date",
                (rs, i) -> new PublicHoliday(rs.getDate("holiday_date").toLocalDate(), rs.getString("name_ky"), rs.getString("name_ru"),
                        rs.getString("name_en")),
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
    }

    public void add(PublicHoliday holiday, String administrator) {
        requireName("nameKy", holiday.nameKy());
        requireName("nameRu", holiday.nameRu());
        requireName("nameEn", holiday.nameEn());
        if (holiday.day() == null) {
            throw new BadRequestException("day", "holidays.error.day", "is required");
        }
        try {
            jdbc.update("INSERT INTO ovop_public_holiday (holiday_date, name_ky, name_ru, name_en, added_by, added_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
                    Date.valueOf(holiday.day()), holiday.nameKy().strip(), holiday.nameRu().strip(), holiday.nameEn().strip(),
                    administrator, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new BadRequestException("day", "holidays.error.duplicate", holiday.day() + " is already a holiday");
        }
    }

    /** Removes a day; false when it was not a holiday. */
    public boolean remove(LocalDate day) {
        return jdbc.update("DELETE FROM ovop_public_holiday WHERE holiday_date = ?", Date.valueOf(day)) > 0;
    }

    Set<LocalDate> days(int year) {
        return new HashSet<>(of(year).stream().map(PublicHoliday::day).toList());
    }

    private static void requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException(field, "holidays.error.name", "is required");
        }
        if (name.strip().length() > 100) {
            throw new BadRequestException(field, "holidays.error.name-length", "must be at most 100 characters");
        }
    }
}
