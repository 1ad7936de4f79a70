// narrative-composition: `A万元，其中：B万元；C万元` — the parts named after 其中 cannot add up to
// more than the total. A list that adds up to less is partial (其中 need not list everything)
// and is not applicable; one that exceeds the total beyond rounding is an error.
#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kComposition || !c.value) continue;
    std::vector<Decimal> parts;
    bool convertible = true;
    for (int id : c.parts) {
      const Claim* p = ClaimAt(model, id);
      const auto v = p ? ValueIn(*p, c.unit) : std::nullopt;
      if (!v) {
        convertible = false;
        break;
      }
      parts.push_back(*v);
    }
    // A list that restates the total among its parts is not a breakdown of it.
    for (const Decimal& p : parts) {
      if (p == *c.value) convertible = false;
    }
    if (!convertible || parts.empty()) {
      context.Insufficient("a part of the list is not an amount in a money unit");
      continue;
    }
    const Agreement a = CompareSum(*c.value, parts);
    const auto sum = Interval::SumOf(parts);
    if (a == Agreement::kConsistent) {
      context.Pass();
      continue;
    }
    if (sum && sum->hi < Interval::Of(*c.value).lo) {
      context.NotApplicable("the 其中 list is partial (its parts add up to less)");
      continue;
    }
    Decimal total_parts(0, c.value->scale());
    for (const Decimal& p : parts) total_parts = Decimal::Add(total_parts, p).value_or(total_parts);
    Finding f;
    // 其中 lists often run on into figures of other things: a person must judge.
    f.severity = Severity::kWarning;
    f.category = a == Agreement::kRoundingSlip ? "rounding" : "narrative";
    f.stated = ClaimText(c);
    f.expected = total_parts.ToString() + std::string(UnitName(c.unit));
    const auto diff = Decimal::Subtract(total_parts, *c.value);
    if (diff) f.difference = diff->ToString() + std::string(UnitName(c.unit));
    f.message = "the parts listed after 其中 add up to " + f.expected + ", more than the total " +
                c.subject + " " + f.stated;
    f.evidence.push_back(ClaimEvidence(c));
    f.keys = {ClaimKey(c)};
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kNarrativeCompositionRule = {
    "narrative-composition", "The parts listed after 其中 do not exceed the total stated before it",
    "composition claims", Severity::kWarning, Check};

}  // namespace fiscalcheck
