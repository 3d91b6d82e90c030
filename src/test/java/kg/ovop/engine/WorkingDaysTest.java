package kg.ovop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void skipsWeekends() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertThat(WorkingDays.add(thursday, 1)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(WorkingDays.add(thursday, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.add(thursday, 5)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void dueAtEndOfWorkingDayInBishkekByEngineClock() {
        ZoneId bishkek = ZoneId.of("Asia/Bishkek");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 26, 9, 30, 0, 0, bishkek).toInstant()));

        Date due = new WorkingDays(bishkek).fromNow(5);

        assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, bishkek).toInstant());
    }
}
