package kg.ovop.monitoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

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
            for (FlowNode node : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)) {
                nodes.position.putIfAbsent(node.getId(), nodes.position.size());
                if (node.getName() != null) {
                    nodes.names.put(node.getId(), node.getName().replaceAll("\\s+", " ").strip());
                }
            }
        }
        return nodes;
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
