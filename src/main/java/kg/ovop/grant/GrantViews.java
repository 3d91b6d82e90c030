package kg.ovop.grant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kg.ovop.engine.TaskViews;
import kg.ovop.grant.fund.FundFigures;
import kg.ovop.grant.fund.FundLedger;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.grant.fund.Money;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

/**
 * What the grant task forms show, read from the store: the application, its call, the scores, and
 * for the committee the call's ranking and free fund; for finance the tranche due; for the agency
 * the report. The keys are the forms' read-only field keys. Reviewers work in English in Tasklist
 * (the form labels are translated); values are the record's own.
 */
@Component
class GrantViews implements TaskViews {


    private final GrantStore grants;
    private final GrantCalls calls;
    private final FundLedger ledger;
    private final RegionDirectory regions;

    GrantViews(GrantStore grants, GrantCalls calls, FundLedger ledger, RegionDirectory regions) {
        this.grants = grants;
        this.calls = calls;
        this.ledger = ledger;
        this.regions = regions;
    }

    @Override
    public String processDefinitionKey() {
        return DevelopmentGrant.PROCESS_ID;
    }

    @Override
    public Map<String, Object> of(String number) {
        GrantApplication grant = grants.get(number);
        GrantCall call = calls.get(grant.callId());
        Map<String, Object> view = new HashMap<>();
        view.put("grantNumber", grant.number());
        view.put("callName", call.name(Language.en) + " (" + call.code() + ")");
        view.put("title", grant.title());
        view.put("description", grant.description());
        view.put("producerName", grant.producerName());
        view.put("certificateNumber", grant.certificateNumber());
        view.put("region", regions.find(grant.regionCode()).map(r -> r.name(Language.en)).orElse(grant.regionCode()));
        view.put("category", ProductCategory.isCode(grant.category()) ? ProductCategory.fromCode(grant.category()).label(Language.en)
                : grant.category());
        view.put("remoteArea", grant.remoteArea());
        view.put("requestedSom", grant.requested().som());
        view.put("ownContributionSom", grant.ownContribution().som());
        view.put("budgetLines", grant.budget().entrySet().stream()
                .map(line -> line.getKey().name() + ": " + line.getValue().som() + " som").collect(Collectors.joining("\n")));
        view.put("plannedEmployment", grant.jobsPlanned() + " jobs, of them " + grant.womenPlanned() + " women and "
                + grant.youthPlanned() + " young people");
        view.put("scores", grant.totalScore() == null ? null : "feasibility " + grant.feasibilityScore() + "/100, market "
                + grant.marketScore() + "/100, weighted total " + grant.totalScore() + " (pass mark " + call.passMark() + ")");
        FundFigures fund = ledger.figures(call.id());
        view.put("fundFree", fund.free().som() + " som free of " + fund.fund().som());
        view.put("ranking", ranking(grant, call));
        grants.tranches(number).stream().filter(t -> t.paid() == null).findFirst().ifPresent(next -> {
            view.put("trancheNumber", String.valueOf(next.number()));
            view.put("tranchePlannedSom", next.planned().som());
        });
        List<GrantReport> reports = grants.reports(number);
        if (!reports.isEmpty()) {
            GrantReport report = reports.get(reports.size() - 1);
            view.put("reportText", (report.finalReport() ? "Final report" : "Progress report") + " " + report.number() + ":\n"
                    + report.summary() + "\n\nJobs created " + report.jobsCreated() + " (women " + report.womenEmployed() + ", young "
                    + report.youthEmployed() + "); sales " + report.sales().som() + " som, exports " + report.exports().som() + " som");
        }
        FundLedger.GrantMoney money = ledger.grant(number);
        view.put("paidSom", money.paid().som());
        view.put("recoverableSom", money.paid().minus(money.recovered()).som());
        return view;
    }

    /** The call's scored applications, best first, each with its amount and where it stands; this one marked. */
    private String ranking(GrantApplication grant, GrantCall call) {
        List<GrantApplication> scored = grants.scored(call.id());
        StringBuilder text = new StringBuilder();
        int rank = 0;
        for (GrantApplication other : scored) {
            rank++;
            Money amount = other.approved() != null ? other.approved() : other.requested();
            text.append(other.number().equals(grant.number()) ? "→ " : "   ").append(rank).append(". ").append(other.number())
                    .append(" · ").append(other.totalScore()).append(" · ").append(amount.som()).append(" som · ")
                    .append(other.status().name().replace('_', ' ')).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
