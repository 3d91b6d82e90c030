package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.engine.ProcessVariable;

/**
 * Static checks of processes/ and forms/ together: every formRef resolves, every form field is a
 * variable something reads or writes, every element is named and typed as the house style says.
 */
class ModelConsistencyTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Pattern DMN_INPUT = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>");
    static final Pattern ELEMENT_ID = Pattern.compile(
            "(StartEvent|EndEvent|UserTask|ServiceTask|BusinessRuleTask|Gateway|BoundaryEvent|TimerEvent|SubProcess|Flow)_[A-Z][A-Za-z0-9]+");

    static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyFormRefResolvesToAFormWithThatId() throws Exception {
        for (Path bpmn : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                String formRef = node instanceof UserTask task ? task.getCamundaFormRef()
                        : node instanceof StartEvent start && !(node.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess)
                                ? start.getCamundaFormRef() : null;
                if (node instanceof UserTask || formRef != null) {
                    assertThat(formRef).as(bpmn + " " + node.getId() + " has a formRef").isNotBlank();
                    Path form = FORMS.resolve(formRef + ".form");
                    assertThat(form).as(node.getId() + " -> " + form).exists();
                    assertThat(JSON.readTree(form.toFile()).get("id").asText()).isEqualTo(formRef);
                }
            }
        }
    }

    @Test
    void everyFormFieldIsAVariableTheProcessUses() throws Exception {
        Set<String> known = knownVariables();
        for (Path form : files(FORMS, ".form")) {
            for (String key : keys(JSON.readTree(form.toFile()))) {
                assertThat(known).as(form + " field '" + key + "' is read by a process, a decision or a delegate")
                        .contains(key);
            }
        }
    }

    @Test
    void everyElementIsNamedAndHasATypedReadableId() throws Exception {
        for (Path bpmn : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(node.getName()).as(bpmn + " " + node.getId() + " has a name").isNotBlank();
                assertThat(node.getId()).as(bpmn + " id").matches(ELEMENT_ID).doesNotContainPattern("_[0-9a-z]{7}$");
            }
            String xml = Files.readString(bpmn);
            assertThat(xml).as(bpmn + " diagram interchange").contains("<bpmndi:BPMNDiagram");
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(xml).as(node.getId() + " has a shape").contains("bpmnElement=\"" + node.getId() + "\"");
            }
        }
    }

    static Set<String> knownVariables() throws Exception {
        Set<String> known = new HashSet<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            Matcher expression = EXPRESSION.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (expression.find()) {
                identifiers(expression.group(1), known);
            }
        }
        for (Path file : files(PROCESSES, ".dmn")) {
            Matcher input = DMN_INPUT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (input.find()) {
                identifiers(input.group(1), known);
            }
        }
        for (Class<?> accessor : List.of(BrandCertification.class, CertificateLifecycle.class)) {
            for (Field field : accessor.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                    known.add(((ProcessVariable<?>) field.get(null)).name());
                }
            }
        }
        known.add(BrandCertification.TARGET_MARKETS);
        return known;
    }

    static void identifiers(String text, Set<String> into) {
        Matcher identifier = IDENTIFIER.matcher(text.replaceAll("'[^']*'|\"[^\"]*\"", ""));
        while (identifier.find()) {
            into.add(identifier.group());
        }
    }

    static List<String> keys(JsonNode form) {
        List<String> keys = new java.util.ArrayList<>();
        form.findParents("key").forEach(component -> keys.add(component.get("key").asText()));
        return keys;
    }
}
