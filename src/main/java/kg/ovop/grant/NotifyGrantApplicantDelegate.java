package kg.ovop.grant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Every "tell the producer" task of development-grant: the message kind is the task's input {@code mailKind}. */
@Component("notifyGrantApplicantDelegate")
class NotifyGrantApplicantDelegate implements JavaDelegate {

    private final GrantNotices notices;

    NotifyGrantApplicantDelegate(GrantNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.send(execution.getProcessBusinessKey(), GrantMail.valueOf(DevelopmentGrant.MAIL_KIND.get(execution)));
    }
}
