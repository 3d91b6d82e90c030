package kg.ovop.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form of a user task, read from the same deployment as its process (the JSON the
 * browser was given), parsed once per deployment. Hide conditions are evaluated with the engine's
 * own FEEL engine, as form-js evaluates them in the browser.
 */
@Component
public class FormSchemas implements FormSchema.Conditions {

    private static final Field SCALA_FEEL = EngineInternals.field(ScalaFeelEngine.class, "feelEngine");

    private final ProcessEngine engine;
    private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();
    private volatile FeelEngineApi feel;

    public FormSchemas(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * The form of a user task of a deployed process definition, read as the system: a reviewer may
     * not read deployments, and the form is the process's, not theirs.
     */
    public FormSchema of(String processDefinitionId, String taskDefinitionKey) {
        FormSchema cached = cache.get(processDefinitionId + "/" + taskDefinitionKey);
        if (cached != null) {
            return cached;
        }
        IdentityService identity = engine.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return load(processDefinitionId, taskDefinitionKey);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private FormSchema load(String processDefinitionId, String taskDefinitionKey) {
        RepositoryService repository = engine.getRepositoryService();
        return cache.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey, key -> {
            ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
            UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
            if (task == null || task.getCamundaFormRef() == null) {
                throw new IllegalStateException(taskDefinitionKey + " of " + definition.getKey() + " has no Camunda Form");
            }
            String resource = "forms/" + task.getCamundaFormRef() + ".form";
            try (InputStream json = repository.getResourceAsStream(definition.getDeploymentId(), resource)) {
                FormSchema form = FormSchema.parse(json.readAllBytes());
                if (!form.id().equals(task.getCamundaFormRef())) {
                    throw new IllegalStateException(resource + " has id " + form.id() + ", not " + task.getCamundaFormRef());
                }
                return form;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public boolean holds(String feelExpression, Map<String, Object> values) {
        String expression = feelExpression.startsWith("=") ? feelExpression.substring(1) : feelExpression;
        EvaluationResult result = feel().evaluate(parsed.computeIfAbsent(expression, this::parse), values);
        if (result.isFailure()) {
            throw new IllegalStateException("Condition '" + expression + "' of a form cannot be evaluated: " + result);
        }
        return Boolean.TRUE.equals(result.result());
    }

    /** Parsing is most of what a condition costs (a submission evaluates a dozen): once per expression. */
    private ParsedExpression parse(String expression) {
        ParseResult result = feel().parseExpression(expression);
        if (result.isFailure()) {
            throw new IllegalStateException("Condition '" + expression + "' of a form is not FEEL: " + result);
        }
        return result.parsedExpression();
    }

    /** The engine's own FEEL engine (its value mappers read Spin JSON as lists), through the API that evaluates parsed expressions. */
    private FeelEngineApi feel() {
        FeelEngineApi api = feel;
        if (api == null) {
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            Object engineFeel = ((DefaultDmnEngineConfiguration) configuration.getDmnEngineConfiguration()).getFeelEngine();
            api = new FeelEngineApi((org.camunda.feel.FeelEngine) EngineInternals.read(SCALA_FEEL, engineFeel));
            feel = api;
        }
        return api;
    }
}
