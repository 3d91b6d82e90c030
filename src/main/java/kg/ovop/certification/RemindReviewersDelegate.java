package kg.ovop.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminder before a review's due date; the task is the input {@code reviewTask}. */
@Component("remindReviewersDelegate")
class RemindReviewersDelegate implements JavaDelegate {

    private final ReviewerNotices notices;

    RemindReviewersDelegate(ReviewerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.remind(execution);
    }
}
