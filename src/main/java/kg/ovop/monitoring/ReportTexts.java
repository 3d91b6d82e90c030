package kg.ovop.monitoring;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard in the reader's language: stage names ({@code activity.<id>}, else the BPMN's
 * English name), group names ({@code group.<id>}) and the bottleneck sentences. The API and the
 * CSV keep the English of the model, which scripts rely on.
 */
@Component
class ReportTexts {

    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String activity(String id, String name, Locale locale) {
        return id == null ? name : messages.getMessage("activity." + id, null, name, locale);
    }

    String group(String id, Locale locale) {
        return messages.getMessage("group." + id, null, id, locale);
    }

    MonitoringReport localize(MonitoringReport r, Locale locale) {
        Map<String, ActivityStats> byId = r.activities().stream().collect(Collectors.toMap(ActivityStats::activityId, Function.identity(),
                (a, b) -> a));
        return new MonitoringReport(r.processKey(), r.processDefinitionId(), r.from(), r.to(), r.region(), r.group(), r.now(),
                r.activities().stream().map(a -> new ActivityStats(a.activityId(), activity(a.activityId(), a.name(), locale), a.type(),
                        a.waitingNow(), a.oldestWaitingSince(), a.totalWaitingHours(), a.overdueNow(), a.completed(), a.meanHours(),
                        a.medianHours(), a.p90Hours(), a.p95Hours(), a.medianWaitForClaimHours(), a.medianWorkingHours())).toList(),
                r.groups().stream().map(g -> new GroupStats(group(g.group(), locale), g.queueNow(), g.completed(),
                        g.completedPerWeek(), g.medianHandlingHours())).toList(),
                r.bottlenecks().stream().map(b -> new Bottleneck(b.rank(), b.activityId(), activity(b.activityId(), b.name(), locale),
                        b.totalWaitingHours(), b.waiting(), byId.containsKey(b.activityId())
                                ? explanation(byId.get(b.activityId()), r, locale) : b.explanation())).toList(),
                r.throughput().stream().map(t -> new Throughput(t.activityId(), activity(t.activityId(), t.name(), locale), t.arrivals(),
                        t.completions(), t.backlogChange(), t.completionTrendPerWeek(), t.weeks())).toList(),
                new Funnel(r.funnel().started(),
                        r.funnel().stages().stream().map(s -> new Funnel.Stage(s.activityId(), activity(s.activityId(), s.name(), locale),
                                s.reached())).toList(),
                        r.funnel().outcomes().stream().map(o -> new Funnel.Outcome(o.endActivityId(),
                                activity(o.endActivityId(), o.name(), locale), o.state(), o.count())).toList()));
    }

    /** The same facts as the model's English sentence, said in the reader's language. */
    private String explanation(ActivityStats a, MonitoringReport r, Locale locale) {
        double oldestDays = a.oldestWaitingSince() == null ? 0 : Duration.between(a.oldestWaitingSince(), r.now()).toMinutes() / 60.0 / 24;
        StringBuilder text = new StringBuilder(messages.getMessage("monitoring.explain.waiting",
                new Object[] {a.waitingNow(), one(oldestDays)}, locale));
        if (a.overdueNow() > 0) {
            text.append(messages.getMessage("monitoring.explain.overdue", new Object[] {a.overdueNow()}, locale));
        }
        if (a.medianHours() != null) {
            text.append(messages.getMessage("monitoring.explain.median", new Object[] {one(a.medianHours())}, locale));
            if (a.medianWaitForClaimHours() != null) {
                text.append(messages.getMessage("monitoring.explain.claim", new Object[] {one(a.medianWaitForClaimHours())}, locale));
            }
        }
        return text.toString();
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
