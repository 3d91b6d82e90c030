package kg.ovop.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.ovop.config.TimeConfiguration;
import kg.ovop.web.BadRequestException;
import kg.ovop.web.FieldException;

/**
 * Administrators keep the holiday table on a page per year ({@code /admin/holidays}; the same for
 * scripts in {@link HolidayApi}). Due dates created after a change count with it.
 */
@Controller
class HolidayAdmin {

    private final PublicHolidays holidays;
    private final MessageSource messages;

    HolidayAdmin(PublicHolidays holidays, MessageSource messages) {
        this.holidays = holidays;
        this.messages = messages;
    }

    @GetMapping("/admin/holidays")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("holidays", holidays.of(shown));
        return "holidays";
    }

    @PostMapping("/admin/holidays")
    String add(@RequestParam(required = false) String day, @RequestParam(required = false) String nameKy,
            @RequestParam(required = false) String nameRu, @RequestParam(required = false) String nameEn, Principal administrator,
            RedirectAttributes redirect, Locale locale) {
        LocalDate date = null;
        try {
            date = parse(day);
            holidays.add(new PublicHoliday(date, nameKy, nameRu, nameEn), administrator.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("holidays.added", new Object[] {date}, locale));
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.code() == null ? "holidays.error.day" : e.code(),
                    e.arguments(), e.getMessage(), locale));
        }
        return "redirect:/admin/holidays?year=" + (date == null ? Year.now(TimeConfiguration.BISHKEK).getValue() : date.getYear());
    }

    @PostMapping("/admin/holidays/{day}/delete")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        holidays.remove(day);
        return "redirect:/admin/holidays?year=" + day.getYear();
    }

    static int year(Integer year) {
        int shown = year == null ? Year.now(TimeConfiguration.BISHKEK).getValue() : year;
        if (shown < 2000 || shown > 2100) {
            throw new BadRequestException("year", "must be between 2000 and 2100");
        }
        return shown;
    }

    static LocalDate parse(String day) {
        try {
            return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("day", "holidays.error.day", "is not a date (YYYY-MM-DD)");
        }
    }
}
