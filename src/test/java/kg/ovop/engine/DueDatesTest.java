package kg.ovop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kg.ovop.calendar.WorkingCalendar;

class DueDatesTest {

    static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2026, 8, 31);
    static final WorkingCalendar CALENDAR = new WorkingCalendar(year -> year == 2026 ? Set.of(INDEPENDENCE_DAY) : Set.of());
    final DueDates dueDates = new DueDates(BISHKEK, CALENDAR);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static void now(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, BISHKEK).toInstant()));
    }

    static ZonedDateTime at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, BISHKEK);
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertThat(CALENDAR.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(CALENDAR.addWorkingDays(thursday, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 8, 28), 1)).as("Monday 31 August is Independence Day")
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(CALENDAR.isWorkingDay(INDEPENDENCE_DAY)).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 8, 31))).as("not in the table for 2027 here").isTrue();
    }

    @Test
    void dueAtEndOfWorkingDayInBishkekByEngineClock() {
        now(2026, 11, 26, 9);

        assertThat(dueDates.workingDays(5).toInstant()).isEqualTo(at(2026, 12, 3, 18).toInstant());
        assertThat(dueDates.days(10).toInstant()).as("10 days is a Sunday: the next working day")
                .isEqualTo(at(2026, 12, 7, 18).toInstant());
        assertThat(dueDates.reminderBefore(10, 3).toInstant()).isEqualTo(at(2026, 12, 4, 9).toInstant());
    }

    @Test
    void screeningAcrossIndependenceDay() {
        now(2026, 8, 27, 10);

        assertThat(dueDates.workingDays(5).toInstant()).isEqualTo(at(2026, 9, 4, 18).toInstant());
        assertThat(dueDates.days(4).toInstant()).as("falls on the holiday: moved to the Tuesday")
                .isEqualTo(at(2026, 9, 1, 18).toInstant());
    }

    @Test
    void certificateDatesFromTheExpiryDate() {
        assertThat(dueDates.daysBefore("2029-11-26", 90).toInstant()).isEqualTo(at(2029, 8, 28, 9).toInstant());
        assertThat(dueDates.dayAfter("2029-11-26").toInstant())
                .isEqualTo(ZonedDateTime.of(2029, 11, 27, 0, 0, 0, 0, BISHKEK).toInstant());
    }
}
