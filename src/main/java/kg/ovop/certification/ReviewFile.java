package kg.ovop.certification;

import java.util.List;
import java.util.Map;

import kg.ovop.document.StoredDocument;

/** What a reviewer opens from a task: the stored application, its documents, the decision history and the open tasks. */
public record ReviewFile(Application application, List<StoredDocument> documents, List<Map<String, Object>> decisions,
        String informationRounds, List<String> openTasks) {
}
