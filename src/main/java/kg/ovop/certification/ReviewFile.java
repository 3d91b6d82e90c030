package kg.ovop.certification;

import java.util.List;
import java.util.Map;

import kg.ovop.document.StoredDocument;

/** What a reviewer opens from a task: the stored application, its documents, the decision history and the open tasks. */
public record ReviewFile(Application application, List<StoredDocument> documents, List<Map<String, Object>> decisions,
        List<InformationRound> informationRounds, List<OpenTask> openTasks) {

    /** An open task by its BPMN element (the page names it in the reader's language) and its English name. */
    public record OpenTask(String activityId, String name) {
    }
}
