package kg.ovop.certification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.engine.EngineDoors;
import kg.ovop.engine.FormSchemas;
import kg.ovop.region.Region;
import kg.ovop.region.RegionDirectory;

/**
 * On every user task of brand-certification. When the task is created, its form's read-only
 * fields are filled from the store as task-local variables, so reviewers see exactly what is
 * recorded (and what the certificate will print). When it completes, it must have come through
 * the door: a safety net should a new way to complete tasks ever bypass the routing.
 */
@Component("brandTaskListener")
class BrandTaskListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationViews views;
    private final FormSchemas forms;
    private final RegionDirectory regions;

    BrandTaskListener(ApplicationViews views, FormSchemas forms, RegionDirectory regions) {
        this.views = views;
        this.forms = forms;
        this.regions = regions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (!EngineDoors.inside()) {
                throw new IllegalStateException("Task " + task.getId() + " may only be completed through BrandApplications");
            }
            return;
        }
        String number = task.getExecution().getProcessBusinessKey();
        Map<String, Object> view = views.of(number);
        task.setName(name(task.getName(), number, (String) view.get("productNameKy"), (String) view.get("region")));
        for (String key : forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).readonlyKeys()) {
            Object value = view.get(key);
            task.setVariableLocal(key, value instanceof List<?> list ? SpinValues.jsonValue(json(list)).create() : value);
        }
    }

    /** Tasklist lists tasks by name: each names its application, product and region (the column holds 255 characters). */
    String name(String step, String number, String product, String regionCode) {
        String region = regions.find(regionCode).map(Region::nameEn).orElse(regionCode);
        String shortProduct = product.codePointCount(0, product.length()) > 80
                ? product.substring(0, product.offsetByCodePoints(0, 79)) + "…" : product;
        return step + " · " + number + " · " + shortProduct + " · " + region;
    }

    private static String json(List<?> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
