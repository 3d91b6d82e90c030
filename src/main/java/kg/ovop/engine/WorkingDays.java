package kg.ovop.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;

/**
 * Due dates in working days for BPMN expressions: {@code camunda:dueDate="${workingDays.fromNow(5)}"}.
 * Uses the engine clock so tests that move time move due dates with it.
 */
@Component("workingDays")
public class WorkingDays {

    private final ZoneId zone;

    public WorkingDays() {
        this(TimeConfiguration.BISHKEK);
    }

    public WorkingDays(ZoneId zone) {
        this.zone = zone;
    }

    public Date fromNow(int workingDays) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        LocalDate due = add(today, workingDays);
        return Date.from(due.atTime(18, 0).atZone(zone).toInstant());
    }

    static LocalDate add(LocalDate from, int workingDays) {
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
}
