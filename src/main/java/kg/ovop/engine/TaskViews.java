package kg.ovop.engine;

import java.util.Map;

/**
 * What the tasks of one process show: the record's values by form field key, read from our tables
 * whenever a form is fetched or checked ({@link ShownValues}).
 */
public interface TaskViews {

    /** The process definition key whose tasks show these values. */
    String processDefinitionKey();

    /** The values of the record with this number (the instance's business key); a field without a value maps to null. */
    Map<String, Object> of(String number);
}
