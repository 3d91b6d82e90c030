package kg.ovop.grant;

/** What a project's money pays for (../shared/domain.md); administration may be at most 20 % of the budget. */
public enum BudgetLine {
    equipment, packaging, lab, marketing, training, administration
}
