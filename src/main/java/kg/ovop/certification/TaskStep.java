package kg.ovop.certification;

import java.util.Map;

import kg.ovop.engine.FormValues;

/**
 * What one user task of brand-certification writes, once its form's own checks have passed:
 * the decision in the store, and the few variables the gateway after it reads.
 */
interface TaskStep {

    String taskKey();

    /** The stage its decisions are recorded under in the decision history. */
    String stage();

    /**
     * @return the process variables for the gateway that follows (none for most steps)
     * @throws kg.ovop.engine.InvalidFormInputException for a rule that spans fields
     */
    Map<String, Object> record(Application application, FormValues form, String user);
}
