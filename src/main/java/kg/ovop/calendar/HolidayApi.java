package kg.ovop.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import kg.ovop.web.ApiDocumentation;
import kg.ovop.web.ProblemResponses;

/** The holiday table for administrators' scripts: list a year, add a day, remove one. */
@RestController
@ProblemResponses
@SecurityRequirement(name = ApiDocumentation.BASIC)
class HolidayApi {

    /** The body of {@code POST /api/admin/holidays}; the day as ISO text, so a wrong one is named like any field. */
    record HolidayRequest(String day, String nameKy, String nameRu, String nameEn) {
    }

    private final PublicHolidays holidays;

    HolidayApi(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    @GetMapping("/api/admin/holidays")
    List<PublicHoliday> list(@RequestParam(required = false) Integer year) {
        return holidays.of(HolidayAdmin.year(year));
    }

    @PostMapping("/api/admin/holidays")
    ResponseEntity<PublicHoliday> create(@RequestBody HolidayRequest request, Principal administrator) {
        PublicHoliday holiday = new PublicHoliday(HolidayAdmin.parse(request.day()), request.nameKy(), request.nameRu(), request.nameEn());
        holidays.add(holiday, administrator.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(holiday);
    }

    @DeleteMapping("/api/admin/holidays/{day}")
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return holidays.remove(day) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
