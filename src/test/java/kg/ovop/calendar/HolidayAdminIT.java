package kg.ovop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The holiday table: administrators keep it on a page and the API; working days follow it at once. */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HolidayAdminIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicHolidays holidays;

    static org.springframework.test.web.servlet.request.RequestPostProcessor administrator() {
        return user("admin").authorities(new SimpleGrantedAuthority("GROUP_ovop-admin"));
    }

    @Test
    void administratorsKeepTheTableAndWorkingDaysFollowIt() throws Exception {
        mvc.perform(get("/admin/holidays").param("year", "2026").header("Accept-Language", "en").with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Independence Day")))
                .andExpect(content().string(Matchers.containsString("31.08.2026")));
        LocalDate extra = LocalDate.of(2030, 6, 14);
        assertThat(holidays.calendar().isWorkingDay(extra)).isTrue();

        mvc.perform(post("/admin/holidays").header("Accept-Language", "en").with(administrator()).with(csrf()).param("day", "2030-06-14")
                .param("nameKy", "Кошумча дем алыш").param("nameRu", "Дополнительный выходной").param("nameEn", "Extra day off"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        assertThat(holidays.calendar().isWorkingDay(extra)).as("seen at once on this node").isFalse();
        assertThat(holidays.calendar().addWorkingDays(LocalDate.of(2030, 6, 13), 1)).isEqualTo(LocalDate.of(2030, 6, 17));

        mvc.perform(post("/admin/holidays").header("Accept-Language", "en").with(administrator()).with(csrf()).param("day", "2030-06-14")
                .param("nameKy", "a").param("nameRu", "b").param("nameEn", "c"))
                .andExpect(flash().attribute("problem", "That day is already a holiday."));
        mvc.perform(post("/admin/holidays").header("Accept-Language", "en").with(administrator()).with(csrf()).param("day", "14.06.2030")
                .param("nameKy", "a").param("nameRu", "b").param("nameEn", "c"))
                .andExpect(flash().attribute("problem", "Give the day as a date."));

        mvc.perform(post("/admin/holidays/2030-06-14/delete").with(administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(holidays.calendar().isWorkingDay(extra)).isTrue();
        mvc.perform(get("/admin/holidays").param("year", "1").with(administrator())).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/holidays").with(user("agency1").authorities(new SimpleGrantedAuthority("GROUP_agency"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHolidayAnotherNodeAddsCountsHereAtOnce(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        LocalDate monday = LocalDate.of(2031, 3, 3);
        assertThat(holidays.calendar().onOrAfter(monday)).isEqualTo(monday);

        // What another node's administrator page writes, straight into the shared table.
        jdbc.update("INSERT INTO ovop_public_holiday (holiday_date, name_ky, name_ru, name_en, added_by, added_at) "
                + "VALUES (?, 'Кошумча', 'Дополнительный', 'Extra', 'admin', CURRENT_TIMESTAMP)", java.sql.Date.valueOf(monday));
        try {
            assertThat(holidays.calendar().onOrAfter(monday)).isEqualTo(monday.plusDays(1));
            assertThat(holidays.calendar().addWorkingDays(monday.minusDays(3), 1)).isEqualTo(monday.plusDays(1));
        } finally {
            jdbc.update("DELETE FROM ovop_public_holiday WHERE holiday_date = ?", java.sql.Date.valueOf(monday));
        }
    }

    @Test
    void theApiRefusesWhatIsNotAHolidayAndNamesTheField() throws Exception {
        mvc.perform(post("/api/admin/holidays").with(httpBasic("admin", "test-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\":\"2031-02-03\",\"nameKy\":\"Күн\",\"nameRu\":\"День\",\"nameEn\":\"Day\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/admin/holidays").param("year", "2031").with(httpBasic("admin", "test-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].day").value("2031-02-03"));
        mvc.perform(post("/api/admin/holidays").with(httpBasic("admin", "test-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\":\"2031-02-04\",\"nameKy\":\" \",\"nameRu\":\"День\",\"nameEn\":\"Day\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nameKy"));
        mvc.perform(post("/api/admin/holidays").with(httpBasic("admin", "test-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\":\"2031-02-31\",\"nameKy\":\"К\",\"nameRu\":\"Д\",\"nameEn\":\"D\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("day"));
        mvc.perform(post("/api/admin/holidays").with(httpBasic("admin", "test-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\":\"2031-02-03\",\"nameKy\":\"К\",\"nameRu\":\"Д\",\"nameEn\":\"D\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("day"));
        mvc.perform(delete("/api/admin/holidays/2031-02-03").with(httpBasic("admin", "test-admin"))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/admin/holidays/2031-02-03").with(httpBasic("admin", "test-admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/admin/holidays").with(httpBasic("agency1", "demo"))).andExpect(status().isForbidden());
    }
}
