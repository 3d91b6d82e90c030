package kg.ovop.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the reviewers whose tasks the producer's withdrawal ended (once each: the mail log keys on task and user). */
@Component("withdrawalNoticeDelegate")
class WithdrawalNoticeDelegate implements JavaDelegate {

    private final ReviewerNotices notices;

    WithdrawalNoticeDelegate(ReviewerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.withdrawn(execution);
    }
}
