package kg.ovop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntFunction;

/** Working days: Monday to Friday, except the public holidays of the year. */
public class WorkingCalendar {

    private final IntFunction<Set<LocalDate>> holidaysOfYear;

    public WorkingCalendar(IntFunction<Set<LocalDate>> holidaysOfYear) {
        this.holidaysOfYear = holidaysOfYear;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidaysOfYear.apply(day.getYear()).contains(day);
    }

    /** The n-th working day after a day. */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }
}
