package kg.ovop.monitoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The flow nodes of a process in diagram order with their current names, so tables read in the
 * order work flows and a renamed stage shows its new name for old history too.
 */
final class ProcessNodes {

    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    private ProcessNodes() {
    }

    static ProcessNodes of(RepositoryService repository, MonitoringQuery query) {
        ProcessNodes nodes = new ProcessNodes();
        ProcessDefinition definition = query.processDefinitionId() != null
                ? repository.getProcessDefinition(query.processDefinitionId())
                : repository.createProcessDefinitionQuery().processDefinitionKey(query.processKey()).latestVersion()
                        .singleResult();
        if (definition != null) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (FlowNode node : flowOrder(model)) {
                nodes.position.putIfAbsent(node.getId(), nodes.position.size());
                if (node.getName() != null) {
                    nodes.names.put(node.getId(), node.getName().replaceAll("\\s+", " ").strip());
                }
            }
        }
        return nodes;
    }

    /**
     * Breadth-first along the sequence flows from the start events, each activity followed by its
     * boundary events, sub-processes entered where they are reached; what no flow reaches (event
     * sub-processes) comes after, in the same way. Modelers save elements in any order.
     */
    private static List<FlowNode> flowOrder(BpmnModelInstance model) {
        Map<String, List<FlowNode>> boundaries = new HashMap<>();
        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            boundaries.computeIfAbsent(event.getAttachedTo().getId(), k -> new ArrayList<>()).add(event);
        }
        Set<FlowNode> seen = new LinkedHashSet<>();
        Deque<FlowNode> queue = new ArrayDeque<>();
        List<StartEvent> starts = new ArrayList<>(model.getModelElementsByType(StartEvent.class));
        // Top-level starts first; the others are reached through their sub-process or come last.
        starts.sort(Comparator.comparing(start -> start.getParentElement() instanceof SubProcess));
        for (StartEvent start : starts) {
            queue.add(start);
            while (!queue.isEmpty()) {
                FlowNode node = queue.poll();
                if (!seen.add(node)) {
                    continue;
                }
                queue.addAll(boundaries.getOrDefault(node.getId(), List.of()));
                if (node instanceof SubProcess sub) {
                    sub.getChildElementsByType(StartEvent.class).forEach(queue::add);
                }
                node.getOutgoing().forEach(flow -> queue.add(flow.getTarget()));
            }
        }
        seen.addAll(model.getModelElementsByType(FlowNode.class));
        return List.copyOf(seen);
    }

    /** The model's name, else the one history recorded, else the id. */
    String name(String id, String recorded) {
        return names.getOrDefault(id, recorded != null ? recorded : id);
    }

    /** Diagram order; ids only older versions have come last, alphabetically. */
    Comparator<String> order() {
        return Comparator.<String>comparingInt(id -> position.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
