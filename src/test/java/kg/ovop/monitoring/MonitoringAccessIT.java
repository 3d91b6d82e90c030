package kg.ovop.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;

/** The dashboard, its JSON and CSV: administrators only, parameters checked by name. */
@SpringBootTest(properties = "ovop.mail.delivery=outbox")
@AutoConfigureMockMvc
// Metrics export is off in Spring tests unless asked for; this test is about the export.
@AutoConfigureObservability
@ActiveProfiles("test")
class MonitoringAccessIT {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor admin() {
        return user("admin").authorities(new SimpleGrantedAuthority("GROUP_ovop-admin"));
    }

    static RequestPostProcessor reviewer() {
        return user("agency1").authorities(new SimpleGrantedAuthority("GROUP_agency"));
    }

    @Test
    void administratorsSeeTheDashboardTheJsonAndTheCsv() throws Exception {
        mvc.perform(get("/admin/monitoring").with(admin()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Where applications wait")))
                .andExpect(content().string(containsString("Reviewer groups")))
                .andExpect(content().string(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js")));
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/admin/monitoring/report").with(admin()).param("from", "2026-01-01").param("to", "2026-12-31"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.processKey").value("brand-certification"))
                .andExpect(jsonPath("$.activities").isArray()).andExpect(jsonPath("$.bottlenecks").isArray());
        mvc.perform(get("/api/admin/monitoring/groups.csv").with(admin()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith("group,queue_now,completed,completed_per_week,median_handling_hours\r\n")));
    }

    @Autowired
    WorkflowMetrics metrics;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Test
    void prometheusGetsTheWorkflowGaugesAdministratorsOnly() throws Exception {
        TestApplications.submit(door, "producer1", TestApplications.form());
        for (int i = 0; i < 100 && engine.getTaskService().createTaskQuery()
                .taskDefinitionKey("UserTask_ScreenApplication").count() == 0; i++) {
            Thread.sleep(100);
        }
        metrics.refresh();

        mvc.perform(get("/actuator/prometheus").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "ovop_tasks_open{activity=\"UserTask_ScreenApplication\",process=\"brand-certification\"}")))
                .andExpect(content().string(containsString("ovop_tasks_open_by_group{group=\"agency\"}")))
                .andExpect(content().string(containsString("ovop_jobs_due")));
        mvc.perform(get("/actuator/prometheus").with(reviewer())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void everyoneElseIsRefused() throws Exception {
        mvc.perform(get("/admin/monitoring").with(reviewer())).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/monitoring/report").with(reviewer())).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/monitoring/activities.csv").with(reviewer())).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/monitoring/report")).andExpect(status().isUnauthorized());
    }

    @Test
    void grantsAreMonitoredWithTheirOwnGroupsAndByRegion() throws Exception {
        mvc.perform(get("/api/admin/monitoring/report").with(admin()).param("process", "development-grant")
                .param("group", "finance").param("region", "KG-C"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.processKey").value("development-grant"))
                .andExpect(jsonPath("$.region").value("KG-C")).andExpect(jsonPath("$.group").value("finance"));
        mvc.perform(get("/api/admin/monitoring/report").with(admin()).param("process", "development-grant")
                .param("group", "brand-committee"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("group"));
        mvc.perform(get("/admin/monitoring").with(admin()).param("process", "development-grant").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<option value=\"finance\"")))
                .andExpect(content().string(containsString("<option value=\"development-grant\" selected")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<option value=\"brand-committee\""))));
        mvc.perform(get("/api/admin/monitoring/groups.csv").with(admin()).param("process", "development-grant"))
                .andExpect(status().isOk()).andExpect(content().string(startsWith("group,queue_now")));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        mvc.perform(get("/api/admin/monitoring/report").with(admin()).param("from", "yesterday"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/admin/monitoring/report").with(admin()).param("process", "nonsense"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("process"));
        mvc.perform(get("/api/admin/monitoring/report").with(admin()).param("group", "wizards"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("group"));
        mvc.perform(get("/api/admin/monitoring/report").with(admin()).param("from", "2020-01-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/admin/monitoring/tables.csv").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("table"));
    }
}
