package kg.ovop.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;

/**
 * Due dates and timer dates for BPMN expressions, on Bishkek time and the engine clock (so tests
 * that move the engine clock move them too): {@code camunda:dueDate="${dueDates.workingDays(5)}"}.
 */
@Component("dueDates")
public class DueDates {

    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);
    static final LocalTime MORNING = LocalTime.of(9, 0);

    private final ZoneId zone;

    public DueDates() {
        this(TimeConfiguration.BISHKEK);
    }

    public DueDates(ZoneId zone) {
        this.zone = zone;
    }

    /** The end of the n-th working day (Monday to Friday) after today. */
    public Date workingDays(int workingDays) {
        return at(addWorkingDays(today(), workingDays), END_OF_WORKING_DAY);
    }

    /** The end of the working day n calendar days from today. */
    public Date days(int days) {
        return at(today().plusDays(days), END_OF_WORKING_DAY);
    }

    /** Morning of the day {@code days} before an ISO date, e.g. a reminder 90 days before expiry. */
    public Date daysBefore(String isoDate, int days) {
        return at(LocalDate.parse(isoDate).minusDays(days), MORNING);
    }

    /** Midnight after an ISO date: a certificate valid until that date expires then. */
    public Date dayAfter(String isoDate) {
        return at(LocalDate.parse(isoDate).plusDays(1), LocalTime.MIDNIGHT);
    }

    static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }

    private Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(zone).toInstant());
    }
}
