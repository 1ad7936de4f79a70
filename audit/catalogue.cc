#include "audit/catalogue.h"

#include "audit/rules/rules.h"

namespace fiscalcheck {

const std::vector<const Rule*>& Catalogue() {
  static const std::vector<const Rule*> kRules = {
      &kTableIdentityRule,          &kTableHierarchyRule,   &kTableNoteIdentityRule,
      &kCrossT1T2IncomeRule,        &kCrossT1T3ClassesRule, &kCrossT2T4AppropriationRule,
      &kCrossT4T5GeneralBudgetRule, &kCrossT5T6BasicRule,   &kCrossT4T8FundRule,
      &kTableMissingRule,           &kTableEmptyRule,       &kReportYearRule,
      &kReportDepartmentRule,       &kNarrativeAmountRule,  &kNarrativeRatioRule,
      &kNarrativeShareSumRule,      &kUndefinedRatioRule,   &kDirectionWordsRule,
      &kNarrativeCompositionRule,   &kStatedTwiceRule,      &kPlaceholderRule,
  };
  return kRules;
}

std::string CatalogueMarkdown() {
  std::string out = "| rule | reads | max severity | what it checks |\n|---|---|---|---|\n";
  for (const Rule* r : Catalogue()) {
    out += "| `" + std::string(r->id) + "` | " + r->reads + " | " +
           std::string(SeverityName(r->max_severity)) + " | " + r->description + " |\n";
  }
  return out;
}

}  // namespace fiscalcheck
