package kg.ovop.certification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.EngineDoors;
import kg.ovop.region.Region;
import kg.ovop.region.RegionDirectory;

/**
 * On every user task of brand-certification. When the task is created, its name says which
 * application it is about (its form's read-only fields are read from the store when the form is
 * fetched: {@link kg.ovop.engine.ShownValues}). When it completes, it must have come through the
 * door: a safety net should a new way to complete tasks ever bypass the routing.
 */
@Component("brandTaskListener")
class BrandTaskListener implements TaskListener {

    private final ApplicationStore applications;
    private final RegionDirectory regions;

    BrandTaskListener(ApplicationStore applications, RegionDirectory regions) {
        this.applications = applications;
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
        Application application = applications.get(task.getExecution().getProcessBusinessKey());
        task.setName(name(task.getName(), application.number(), application.productNameKy(), application.regionCode()));
    }

    /** Tasklist lists tasks by name: each names its application, product and region (the column holds 255 characters). */
    String name(String step, String number, String product, String regionCode) {
        String region = regions.find(regionCode).map(Region::nameEn).orElse(regionCode);
        String shortProduct = product.codePointCount(0, product.length()) > 80
                ? product.substring(0, product.offsetByCodePoints(0, 79)) + "…" : product;
        return step + " · " + number + " · " + shortProduct + " · " + region;
    }
}
