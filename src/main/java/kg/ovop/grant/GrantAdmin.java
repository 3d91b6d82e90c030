package kg.ovop.grant;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.FundLedger;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.FieldException;

/**
 * Administrators' grant calls ({@code /admin/grants}): every call with its fund, reserved, paid,
 * recovered and free money as the ledger says it, a form to open a call, and per call its ledger
 * entries and applications. The same for scripts at {@code /api/admin/grant-calls}.
 */
@Controller
class GrantAdmin {

    /** A call with its money, for the table. */
    record CallRow(GrantCall call, kg.ovop.grant.fund.FundFigures figures) {
    }

    private final GrantCalls calls;
    private final FundLedger ledger;
    private final GrantStore grants;
    private final RegionDirectory regions;
    private final MessageSource messages;

    GrantAdmin(GrantCalls calls, FundLedger ledger, GrantStore grants, RegionDirectory regions, MessageSource messages) {
        this.calls = calls;
        this.ledger = ledger;
        this.grants = grants;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/admin/grants")
    String page(Model model) {
        model.addAttribute("rows", calls.all().stream().map(call -> new CallRow(call, ledger.figures(call.id()))).toList());
        model.addAttribute("categories", ProductCategory.values());
        model.addAttribute("regions", regions.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CallRequest.defaults());
        }
        return "grants";
    }

    @PostMapping("/admin/grants")
    String open(@RequestParam(required = false) String nameKy, @RequestParam(required = false) String nameRu,
            @RequestParam(required = false) String nameEn, @RequestParam(required = false) String fund,
            @RequestParam(required = false) String cap, @RequestParam(required = false) Integer minContributionPercent,
            @RequestParam(required = false) Integer minContributionRemotePercent,
            @RequestParam(required = false) List<String> categories, @RequestParam(required = false) List<String> regionCodes,
            @RequestParam(required = false) String opensOn, @RequestParam(required = false) String closesOn,
            @RequestParam(required = false) Integer passMark, Principal administrator, RedirectAttributes redirect, Locale locale) {
        CallRequest request = new CallRequest(nameKy, nameRu, nameEn, fund, cap, minContributionPercent, minContributionRemotePercent,
                categories == null ? List.of() : categories, regionCodes == null ? List.of() : regionCodes, opensOn, closesOn, passMark);
        try {
            GrantCall call = calls.create(request, administrator.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("grants.opened", new Object[] {call.code()}, locale));
            return "redirect:/admin/grants/" + call.code();
        } catch (FieldException e) {
            redirect.addFlashAttribute("form", request);
            redirect.addFlashAttribute("problemField", e.field());
            redirect.addFlashAttribute("problem", messages.getMessage("grants.field." + e.field(), null, e.field(), locale) + ": "
                    + messages.getMessage(e.code() == null ? "grant.error.required" : e.code(), e.arguments(), e.getMessage(), locale));
            return "redirect:/admin/grants#open";
        }
    }

    @GetMapping("/admin/grants/{code}")
    String call(@PathVariable String code, Model model) {
        GrantCall call = calls.find(code).orElseThrow(() -> new GrantNotFoundException(code));
        model.addAttribute("call", call);
        model.addAttribute("figures", ledger.figures(call.id()));
        model.addAttribute("entries", ledger.entries(call.id()));
        model.addAttribute("applications", grants.ofCall(call.id()));
        return "grant-call";
    }

    @PostMapping("/admin/grants/{code}/close")
    String close(@PathVariable String code, Principal administrator) {
        calls.close(calls.find(code).orElseThrow(() -> new GrantNotFoundException(code)).code(), administrator.getName());
        return "redirect:/admin/grants/" + code;
    }
}
