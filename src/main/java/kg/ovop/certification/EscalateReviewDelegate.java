package kg.ovop.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An overdue review goes to the group lead; the task is the input {@code reviewTask}. */
@Component("escalateReviewDelegate")
class EscalateReviewDelegate implements JavaDelegate {

    private final ReviewerNotices notices;

    EscalateReviewDelegate(ReviewerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.escalate(execution);
    }
}
