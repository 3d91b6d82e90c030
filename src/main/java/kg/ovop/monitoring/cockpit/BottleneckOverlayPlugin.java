package kg.ovop.monitoring.cockpit;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Cockpit plugin that puts bottleneck figures on the process definition diagram. Found by
 * Cockpit through {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}.
 * Its front end is {@code plugin-webapp/ovop-bottlenecks/app/plugin.js} (+ {@code plugin.css}):
 * the default asset directory, and the two files Cockpit serves without being told (since 7.20 a
 * root resource serves only the assets its {@code getAllowedAssets()} lists).
 */
public class BottleneckOverlayPlugin extends AbstractCockpitPlugin {

    public static final String ID = "ovop-bottlenecks";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(BottleneckOverlayRootResource.class);
    }
}
