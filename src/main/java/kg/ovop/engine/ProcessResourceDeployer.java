package kg.ovop.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN and DMN of {@code processes/} and the Camunda Forms of {@code forms/} as one
 * deployment, named by their classpath-relative paths ({@code processes/brand-certification.bpmn}).
 * <p>
 * Camunda's pattern deployment names resources by absolute file path when run exploded and skips
 * {@code *.form}; the names here are the same under {@code spring-boot:run}, tests and the jar, so a
 * restart on a persistent database only creates a new version when a file really changed. Forms
 * must sit in the same deployment as the BPMN for {@code formRefBinding="deployment"}.
 */
@Component
public class ProcessResourceDeployer implements InitializingBean {

    public static final String DEPLOYMENT_NAME = "ovop-workflow";
    static final List<String> PATTERNS = List.of(
            "processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");

    private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

    private final RepositoryService repositoryService;

    public ProcessResourceDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, Resource> resources = findResources();
        if (resources.isEmpty()) {
            throw new IllegalStateException("No process resources on the classpath under processes/ or forms/");
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                // All or nothing: a changed form must land beside the BPMN that references it.
                .enableDuplicateFiltering(false);
        resources.forEach((name, resource) -> builder.addInputStream(name, read(resource)));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        log.info("Deployment '{}' ({}) holds {} resources: {}", DEPLOYMENT_NAME, deployment.getId(),
                resources.size(), resources.keySet());
    }

    /** Every resource the application deploys, by deployment name. */
    public static Map<String, Resource> findResources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> byName = new TreeMap<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(0, pattern.indexOf('/'));
            try {
                for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                    byName.put(relativeName(resource, folder), resource);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + pattern, e);
            }
        }
        return byName;
    }

    /** {@code .../target/classes/forms/a.form} and {@code jar:...!/BOOT-INF/classes!/forms/a.form} both give {@code forms/a.form}. */
    static String relativeName(Resource resource, String folder) throws IOException {
        String url = resource.getURL().toString();
        int start = url.lastIndexOf("/" + folder + "/");
        if (start < 0) {
            throw new IllegalStateException("Resource " + url + " is not under " + folder + "/");
        }
        return url.substring(start + 1);
    }

    private static InputStream read(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
