package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.MAIL_KIND;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Every "tell the producer" task: the message kind is the task's input {@code mailKind}. */
@Component("notifyProducerDelegate")
class NotifyProducerDelegate implements JavaDelegate {

    private final ApplicationNotices notices;

    NotifyProducerDelegate(ApplicationNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.send(execution, BrandMail.valueOf(MAIL_KIND.get(execution)));
    }
}
