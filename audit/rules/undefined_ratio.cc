// undefined-ratio: a growth rate stated on a zero earlier figure, or a completion rate stated
// against a zero budget (DOMAIN.md: undefined, yet stated → warning).
#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  for (const Claim& c : model.narrative.claims) {
    if (!c.value || (c.kind != ClaimKind::kGrowth && c.kind != ClaimKind::kCompletion)) continue;
    const Claim* subject = ClaimAt(model, c.subject_claim);
    std::optional<Decimal> base;
    std::string what;
    if (c.kind == ClaimKind::kCompletion) {
      const Claim* budget = ClaimAt(model, c.base_claim);
      if (budget && budget->value) base = *budget->value;
      what = "a completion rate against a zero budget";
    } else {
      const Claim* change = ClaimAt(model, c.change_claim);
      if (subject && subject->value && change && change->value &&
          change->direction == Direction::kUp && subject->unit == change->unit) {
        base = Decimal::Subtract(*subject->value, *change->value);
      } else if (subject && subject->value && change && change->value) {
        base = Decimal::Add(*subject->value, *change->value);
      }
      what = "a growth rate on a zero earlier figure";
    }
    if (!base) {
      context.Insufficient("the base of the rate is not stated beside it");
      continue;
    }
    if (!base->is_zero()) {
      context.Pass();
      continue;
    }
    Finding f;
    f.severity = Severity::kWarning;
    f.category = "undefined-ratio";
    f.stated = ClaimText(c);
    f.expected = "undefined";
    f.message = what + ": " + c.subject + " " + f.stated;
    f.evidence.push_back(ClaimEvidence(c));
    f.keys = {ClaimKey(c)};
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kUndefinedRatioRule = {
    "undefined-ratio", "No growth rate on a zero base and no completion rate on a zero budget",
    "growth and completion claims", Severity::kWarning, Check};

}  // namespace fiscalcheck
