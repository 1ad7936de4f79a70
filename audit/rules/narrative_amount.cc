// narrative-amount: an amount stated in the text equals the table fact it is bound to, under the
// interval model (`836.2万元` matches 836.20; a table in 元 matches a text in 万元).
//
// A table narrower than the figure: T6 holds basic expenditure only. When a binding was made by
// name alone (the sentence's section does not explain the table), neither the sentence nor its
// headings limit the figure to basic expenditure, and the text states more than the cell, the
// text may well state the wider figure (`委托业务费财政拨款
// 预算总额236.75万元` is basic and project spending; T6 shows the basic part, 29.50): the check is
// insufficient, not failed. A figure smaller than the narrower cell is still reported.
#include <string_view>

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

// Words by which a sentence or its headings limit a figure to the scope of a table narrower than
// a department's whole spending of its kind; empty for the other tables.
std::vector<std::string_view> ScopeWords(TableCode code) {
  if (code == TableCode::kT6) return {"基本支出", "人员经费", "公用经费", "人员支出", "公用支出"};
  return {};
}

bool NamesScope(const ReportModel& model, const Claim& c, TableCode code) {
  const auto names = [&](const std::string& text) {
    for (std::string_view w : ScopeWords(code)) {
      if (text.find(w) != std::string::npos) return true;
    }
    return false;
  };
  if (names(c.source.sentence)) return true;
  const auto& sections = model.narrative.sections;
  for (int s = c.source.section; s >= 0 && s < static_cast<int>(sections.size());
       s = sections[s].parent < s ? sections[s].parent : -1) {
    if (names(sections[s].heading)) return true;
  }
  return false;
}

void Check(const ReportModel& model, AuditContext& context) {
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kAmount || !c.value) continue;
    if (!c.fact) {
      if (model.narrative_only) {
        context.NotApplicable("the report's files hold no tables");
      } else {
        context.Insufficient("amount not bound to a table fact (" + c.unbound_reason + ")");
      }
      continue;
    }
    const FactRef& f = *c.fact;
    const Table& t = model.tables[f.table];
    const std::optional<Decimal> cell = CellAmount(t.rows[f.row].cells[f.column]);
    const Unit table_unit = t.unit == Unit::kNone ? c.unit : t.unit;
    std::optional<Decimal> shown = cell;
    if (cell && table_unit != c.unit) shown = cell->Convert(table_unit, c.unit);
    if (!shown) {
      context.Insufficient("the bound cell holds no figure");
      continue;
    }
    const Agreement a = CompareShownTwice(*shown, *c.value);
    if (a == Agreement::kConsistent) {
      context.Pass();
      continue;
    }
    // Beyond rounding is an error only when the sentence's section explains the very table the
    // fact is in; a binding made across sections by name alone is a warning for a person.
    const auto& sections = model.narrative.sections;
    const bool section_table = c.source.section >= 0 &&
                               c.source.section < static_cast<int>(sections.size()) &&
                               sections[c.source.section].table == t.code;
    if (!section_table && a != Agreement::kRoundingSlip && !ScopeWords(t.code).empty() &&
        !NamesScope(model, c, t.code) && *c.value > *shown) {
      context.Insufficient("bound by name to " + std::string(TableCodeName(t.code)) +
                           ", narrower than the sentence's figure: it may state more than the "
                           "table holds");
      continue;
    }
    Finding finding;
    // Until binding is proven on the corpus, a mismatch beyond rounding is a warning with the
    // category saying how strong the binding was; a person judges (see the closing notes).
    (void)section_table;
    finding.severity = Severity::kWarning;
    finding.category = a == Agreement::kRoundingSlip ? "rounding"
                       : section_table               ? "narrative"
                                                     : "narrative-weak-binding";
    finding.stated = ClaimText(c);
    finding.expected = cell->ToString() + std::string(UnitName(table_unit));
    const auto diff = Decimal::Subtract(*c.value, *shown);
    if (diff) finding.difference = diff->ToString() + std::string(UnitName(c.unit));
    finding.message = "the text states " + c.subject + " " + finding.stated + " but " +
                      std::string(TableCodeName(t.code)) + " shows " + finding.expected;
    finding.evidence.push_back(ClaimEvidence(c));
    finding.evidence.push_back(CellEvidence(model, f.table, f.row, f.column));
    finding.keys = {ClaimKey(c), CellKey(model, f.table, f.row, f.column)};
    context.Fail(std::move(finding));
  }
}

}  // namespace

const Rule kNarrativeAmountRule = {
    "narrative-amount", "An amount stated in the text equals its table fact (precision-aware)",
    "amount claims bound to table cells", Severity::kWarning, Check};

}  // namespace fiscalcheck
