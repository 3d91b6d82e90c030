package kg.ovop.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import kg.ovop.calendar.PublicHolidays;
import kg.ovop.calendar.WorkingCalendar;
import kg.ovop.config.TimeConfiguration;

/**
 * Due dates and timer dates for BPMN expressions, in working days of the holiday table, on Bishkek time and the engine clock (so tests
 * that move the engine clock move them too): {@code camunda:dueDate="${dueDates.workingDays(5)}"}.
 */
@Component("dueDates")
public class DueDates {

    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);
    static final LocalTime MORNING = LocalTime.of(9, 0);

    private final ZoneId zone;
    private final WorkingCalendar calendar;

    @Autowired
    public DueDates(PublicHolidays holidays) {
        this(TimeConfiguration.BISHKEK, holidays.calendar());
    }

    public DueDates(ZoneId zone, WorkingCalendar calendar) {
        this.zone = zone;
        this.calendar = calendar;
    }

    /** The end of the n-th working day (Monday to Friday, not a public holiday) after today. */
    public Date workingDays(int workingDays) {
        return at(calendar.addWorkingDays(today(), workingDays), END_OF_WORKING_DAY);
    }


    /** The end of the day n calendar days from today, or of the next working day when that one is not. */
    public Date days(int days) {
        return at(dueDay(days), END_OF_WORKING_DAY);
    }

    /** Morning of the day {@code daysBefore} before a {@link #days(int)} due date: the reminder. */
    public Date reminderBefore(int dueInDays, int daysBefore) {
        return at(dueDay(dueInDays).minusDays(daysBefore), MORNING);
    }

    private LocalDate dueDay(int days) {
        return calendar.onOrAfter(today().plusDays(days));
    }

    /** Morning of the day {@code days} before an ISO date, e.g. a reminder 90 days before expiry. */
    public Date daysBefore(String isoDate, int days) {
        return at(LocalDate.parse(isoDate).minusDays(days), MORNING);
    }

    /** Midnight after an ISO date: a certificate valid until that date expires then. */
    public Date dayAfter(String isoDate) {
        return at(LocalDate.parse(isoDate).plusDays(1), LocalTime.MIDNIGHT);
    }


    private LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }

    private Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(zone).toInstant());
    }
}
