// narrative-amount: an amount stated in the text equals the table fact it is bound to, under the
// interval model (`836.2万元` matches 836.20; a table in 元 matches a text in 万元).
#include "audit/claim_refs.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

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
