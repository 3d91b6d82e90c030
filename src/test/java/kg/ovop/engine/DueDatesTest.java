package kg.ovop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    final DueDates dueDates = new DueDates(BISHKEK);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void workingDaysSkipWeekends() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertThat(DueDates.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(DueDates.addWorkingDays(thursday, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DueDates.addWorkingDays(thursday, 5)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(DueDates.addWorkingDays(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void dueAtEndOfWorkingDayInBishkekByEngineClock() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 26, 9, 30, 0, 0, BISHKEK).toInstant()));

        assertThat(dueDates.workingDays(5).toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, BISHKEK).toInstant());
        assertThat(dueDates.days(10).toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 6, 18, 0, 0, 0, BISHKEK).toInstant());
    }

    @Test
    void certificateDatesFromTheExpiryDate() {
        assertThat(dueDates.daysBefore("2029-11-26", 90).toInstant())
                .isEqualTo(ZonedDateTime.of(2029, 8, 28, 9, 0, 0, 0, BISHKEK).toInstant());
        assertThat(dueDates.dayAfter("2029-11-26").toInstant())
                .isEqualTo(ZonedDateTime.of(2029, 11, 27, 0, 0, 0, 0, BISHKEK).toInstant());
    }
}
