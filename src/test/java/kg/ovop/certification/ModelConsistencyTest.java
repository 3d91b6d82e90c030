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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.engine.ProcessVariable;
import kg.ovop.grant.GrantParticipants;
import kg.ovop.identity.ProcessParticipants;

/**
 * Static checks of processes/ and forms/ together: every formRef resolves, every form field is a
 * variable something reads or writes, every element is named and typed as the house style says.
 */
class ModelConsistencyTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Pattern DMN_INPUT = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>");
    static final Pattern ELEMENT_ID = Pattern.compile(
            "(StartEvent|EndEvent|UserTask|ServiceTask|BusinessRuleTask|Gateway|BoundaryEvent|TimerEvent|MessageEvent|SubProcess|Flow)_[A-Z][A-Za-z0-9]+");

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

    /** A decision table decides on what the store holds: each of its inputs is mapped in by its business rule task. */
    @Test
    void everyDecisionInputIsMappedFromTheStore() throws Exception {
        for (Path bpmn : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (org.camunda.bpm.model.bpmn.instance.BusinessRuleTask task
                    : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BusinessRuleTask.class)) {
                String dmn = Files.readString(PROCESSES.resolve(task.getCamundaDecisionRef() + ".dmn"), StandardCharsets.UTF_8);
                Set<String> inputs = new HashSet<>();
                Matcher input = DMN_INPUT.matcher(dmn);
                while (input.find()) {
                    Matcher identifier = IDENTIFIER.matcher(input.group(1).replaceAll("\"[^\"]*\"", ""));
                    while (identifier.find()) {
                        inputs.add(identifier.group());
                    }
                }
                Matcher output = Pattern.compile("<output [^>]*name=\"(\\w+)\"").matcher(dmn);
                while (output.find()) {
                    inputs.remove(output.group(1));
                }
                inputs.removeAll(Set.of("if", "then", "else", "null"));
                List<String> mapped = task.getExtensionElements() == null ? List.of()
                        : task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).singleResult()
                                .getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName).toList();
                assertThat(mapped).as(bpmn + " " + task.getId() + " maps every input of " + task.getCamundaDecisionRef())
                        .containsAll(inputs);
            }
        }
    }

    /** Read-only fields are filled from the store; editable ones are what a step of the door reads. */
    @Test
    void everyFormFieldIsShownFromTheStoreOrReadByTheDoor() throws Exception {
        Application sample = new Application(1, "OVOP-2026-000001", "producer1", "1", ApplicationStatus.in_committee,
                java.time.Instant.EPOCH, "cooperative", "n", "12345678901234", "+996700000000", "a@b.kg", kg.ovop.web.Language.ky,
                "KG-N", "d", "a", "v", "ky", "ru", "en", "food", "d", "s", 90, 10, "kg", "KZ", false, false, false, true, 4, null,
                java.time.Instant.EPOCH, null);
        java.util.Optional<Decision> review = java.util.Optional.of(new Decision("review", "scored", "c", 30, "pass", 20, 20,
                null, true, "u"));
        Set<String> shown = new HashSet<>(ApplicationViews.view(sample, true, review, review, review, review).keySet());
        shown.addAll(ApplicationViews.context(List.of(), List.of(), review).keySet());
        Set<String> editable = fieldKeys(BrandCertification.class);
        for (Path form : formsOf("brand-certification")) {
            kg.ovop.engine.FormSchema schema = kg.ovop.engine.FormSchema.parse(Files.readAllBytes(form));
            assertThat(shown).as(form + ": read-only fields come from the store").containsAll(schema.readonlyKeys());
            assertThat(editable).as(form + ": editable fields are read by a step").containsAll(schema.editableKeys());
        }
        Set<String> grantFields = fieldKeys(kg.ovop.grant.DevelopmentGrant.class);
        for (Path form : formsOf("development-grant")) {
            kg.ovop.engine.FormSchema schema = kg.ovop.engine.FormSchema.parse(Files.readAllBytes(form));
            assertThat(kg.ovop.grant.DevelopmentGrant.VIEW_KEYS).as(form + ": read-only fields come from the store")
                    .containsAll(schema.readonlyKeys());
            assertThat(grantFields).as(form + ": editable fields are read by a step").containsAll(schema.editableKeys());
        }
    }

    /** The forms a process's user tasks refer to. */
    static List<Path> formsOf(String process) {
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve(process + ".bpmn").toFile());
        return model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef).distinct()
                .map(ref -> FORMS.resolve(ref + ".form")).toList();
    }

    /** The field keys a process's constants class names (constants and the gateways' variables). */
    static Set<String> fieldKeys(Class<?> constants) throws Exception {
        Set<String> keys = new HashSet<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                keys.add(((ProcessVariable<?>) field.get(null)).name());
            } else if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
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

    /** What Modeler shows of who starts a process and who works on it is what its feature registers. */
    @Test
    void everyProcessIsStartedAndWorkedOnByTheGroupsItsFeatureRegisters() throws Exception {
        CertificationParticipants certification = new CertificationParticipants();
        Map<String, ProcessParticipants> registered = Stream.of(certification.brandCertificationParticipants(),
                certification.certificateLifecycleParticipants(), new GrantParticipants().developmentGrantParticipants())
                .collect(Collectors.toMap(ProcessParticipants::processKey, Function.identity()));
        Set<String> modelled = new HashSet<>();
        for (Path bpmn : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                modelled.add(process.getId());
                ProcessParticipants participants = registered.get(process.getId());
                assertThat(participants).as(process.getId() + " is registered by its feature").isNotNull();
                assertThat(process.getCamundaCandidateStarterGroups()).as(process.getId() + " starters")
                        .isEqualTo(participants.starterGroup());
                assertThat(process.isCamundaStartableInTasklist()).as(process.getId() + " starts only through its door").isFalse();
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String group = task.getCamundaCandidateGroups();
                    if (group != null && !group.startsWith("${")) {
                        assertThat(participants.worksOn(group)).as(task.getId() + " is offered to " + group).isTrue();
                    }
                }
            }
        }
        assertThat(registered.keySet()).isEqualTo(modelled);
    }
}
