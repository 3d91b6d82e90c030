package kg.ovop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Working days: Monday to Friday, except the public holidays of the year. Each question reads the
 * holidays afresh (once per year it touches), so a day an administrator adds on one node counts on
 * every node from then on.
 */
public class WorkingCalendar {

    private final IntFunction<Set<LocalDate>> holidaysOfYear;

    public WorkingCalendar(IntFunction<Set<LocalDate>> holidaysOfYear) {
        this.holidaysOfYear = holidaysOfYear;
    }

    public boolean isWorkingDay(LocalDate day) {
        return working(day, holidaysOfYear);
    }

    /** The n-th working day after a day. */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        IntFunction<Set<LocalDate>> holidays = readOnce();
        LocalDate day = from;
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (working(day, holidays)) {
                added++;
            }
        }
        return day;
    }

    /** The day itself when it is a working day, else the next one that is. */
    public LocalDate onOrAfter(LocalDate day) {
        IntFunction<Set<LocalDate>> holidays = readOnce();
        LocalDate working = day;
        while (!working(working, holidays)) {
            working = working.plusDays(1);
        }
        return working;
    }

    private IntFunction<Set<LocalDate>> readOnce() {
        Map<Integer, Set<LocalDate>> read = new HashMap<>();
        return year -> read.computeIfAbsent(year, holidaysOfYear::apply);
    }

    private static boolean working(LocalDate day, IntFunction<Set<LocalDate>> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.apply(day.getYear()).contains(day);
    }
}
