// narrative-amount: an amount stated in the text equals the table fact it is bound to, under the
// interval model (`836.2万元` matches 836.20; a table in 元 matches a text in 万元).
//
// A table narrower than the figure: T6 holds basic expenditure only. When a binding was made by
// name alone (the sentence's section does not explain the table), neither the sentence nor its
// headings limit the figure to basic expenditure, and the text states more than the cell, the
// text may well state the wider figure (`委托业务费财政拨款
// 预算总额236.75万元` is basic and project spending; T6 shows the basic part, 29.50): the check is
// insufficient, not failed. A figure smaller than the narrower cell is still reported.
//
// A derived fact (claim.h's fact_terms: `人员经费` = T6's 301 + 303) is checked against the sum of
// its cells: consistent when the stated figure's interval meets the sum of the cells' intervals
// (each cell's displayed precision adds half a unit of its last digit); the evidence lists every
// cell summed. A mismatch beyond rounding is a warning of category narrative-derived: the
// expected figure is the table identity's, which no cell prints.
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

// A claim bound to a derived fact: its value against the sum of the terms' shown figures.
// The terms of a derived sum the message names before it abbreviates.
constexpr size_t kTermsNamed = 6;

void CheckDerived(const ReportModel& model, const Claim& c, AuditContext& context) {
  std::vector<Decimal> shown;                  // each term in the claim's unit
  std::optional<Decimal> sum = Decimal(0, 0);  // in the first term's table unit, as printed
  const Unit sum_unit = model.tables[c.fact_terms.front().table].unit == Unit::kNone
                            ? c.unit
                            : model.tables[c.fact_terms.front().table].unit;
  std::string terms_text;
  for (const FactRef& f : c.fact_terms) {
    const Table& t = model.tables[f.table];
    const std::optional<Decimal> cell = CellAmount(t.rows[f.row].cells[f.column]);
    const Unit table_unit = t.unit == Unit::kNone ? c.unit : t.unit;
    std::optional<Decimal> value = cell;
    if (cell && table_unit != c.unit) value = cell->Convert(table_unit, c.unit);
    std::optional<Decimal> in_sum_unit = cell;
    if (cell && table_unit != sum_unit) in_sum_unit = cell->Convert(table_unit, sum_unit);
    if (!value || !in_sum_unit) {
      context.Insufficient("a cell of the derived fact holds no figure");
      return;
    }
    shown.push_back(*value);
    if (sum) sum = Decimal::Add(*sum, *in_sum_unit);
    // A long sum (a class of 29 economic items) names its first terms only in the message;
    // every term is in the evidence.
    if (shown.size() <= kTermsNamed) {
      terms_text += (terms_text.empty() ? "" : " + ") + t.rows[f.row].code + " " +
                    t.rows[f.row].name + " " + cell->ToString();
    }
  }
  if (shown.size() > kTermsNamed) {
    terms_text += " + … (" + std::to_string(shown.size()) + " rows in all, each in the evidence)";
  }
  const Agreement a = CompareSum(*c.value, shown);
  if (a == Agreement::kConsistent) {
    context.Pass();
    return;
  }
  const std::optional<Decimal> sum_in_claim_unit =
      sum && sum_unit != c.unit ? sum->Convert(sum_unit, c.unit) : sum;
  Finding finding;
  finding.severity = Severity::kWarning;
  finding.category = a == Agreement::kRoundingSlip ? "rounding" : "narrative-derived";
  finding.stated = ClaimText(c);
  if (sum) finding.expected = sum->ToString() + std::string(UnitName(sum_unit));
  if (sum_in_claim_unit) {
    if (const auto diff = Decimal::Subtract(*c.value, *sum_in_claim_unit)) {
      finding.difference = diff->ToString() + std::string(UnitName(c.unit));
    }
  }
  const std::string code(TableCodeName(c.fact_terms.front().code));
  finding.message = "the text states " + c.subject + " " + finding.stated + " but " + code +
                    " gives " + c.derivation + " = " + terms_text + " = " + finding.expected;
  finding.evidence.push_back(ClaimEvidence(c));
  finding.keys = {ClaimKey(c)};
  for (const FactRef& f : c.fact_terms) {
    finding.evidence.push_back(CellEvidence(model, f.table, f.row, f.column));
    finding.keys.push_back(CellKey(model, f.table, f.row, f.column));
  }
  context.Fail(std::move(finding));
}

void Check(const ReportModel& model, AuditContext& context) {
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kAmount || !c.value) continue;
    if (!c.fact && !c.fact_terms.empty()) {
      CheckDerived(model, c, context);
      continue;
    }
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
    "amount claims bound to table cells or to derived facts (sums of cells)", Severity::kWarning,
    Check};

}  // namespace fiscalcheck
