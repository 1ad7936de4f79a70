// undefined-ratio: a growth rate stated on a zero earlier figure, or a completion rate stated
// against a zero budget (DOMAIN.md: undefined, yet stated → warning).
//
// The base is read from the claims beside the rate: a completion rate's budget (the budget the
// rate names, `完成年初预算的95.89%` → the 年初预算 stated in its sentence, when the sentence
// states several budgets), a growth rate's earlier figure = its amount ∓ the change stated
// beside it (the amount stated just before the change when the rate was not linked to one:
// `支出1668.14万元，比年初预算数增加1668.14万元，增长0%`). Several rates of one sentence on the
// same zero base (`增长0%；…因此增长率为0%`) are one finding.
#include <map>
#include <tuple>

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

bool SameSentence(const Claim& a, const Claim& b) {
  return a.source.file == b.source.file && a.source.sentence == b.source.sentence;
}

// The amount stated last before claim `id` in its sentence, nullptr when none.
const Claim* AmountBefore(const ReportModel& model, int id) {
  const auto& claims = model.narrative.claims;
  for (int i = id - 1; i >= 0 && SameSentence(claims[i], claims[id]); --i) {
    if (claims[i].kind == ClaimKind::kAmount && claims[i].value) return &claims[i];
  }
  return nullptr;
}

// The budget amount a completion rate names (`完成年初预算的…`), stated before it in its sentence
// with the same measure; nullptr when the rate names none or the sentence states none.
const Claim* NamedBudget(const ReportModel& model, const Claim& rate) {
  if (rate.measure != Measure::kInitialBudget && rate.measure != Measure::kAdjustedBudget) {
    return nullptr;
  }
  const auto& claims = model.narrative.claims;
  for (int i = rate.id - 1; i >= 0 && SameSentence(claims[i], rate); --i) {
    if (claims[i].kind == ClaimKind::kAmount && claims[i].value &&
        claims[i].measure == rate.measure) {
      return &claims[i];
    }
  }
  return nullptr;
}

void Check(const ReportModel& model, AuditContext& context) {
  // (sentence, file, change claim) → index of its finding in `findings`.
  std::map<std::tuple<std::string, int, int>, size_t> by_base;
  std::vector<Finding> findings;
  for (const Claim& c : model.narrative.claims) {
    if (!c.value || (c.kind != ClaimKind::kGrowth && c.kind != ClaimKind::kCompletion)) continue;
    const Claim* subject = ClaimAt(model, c.subject_claim);
    std::optional<Decimal> base;
    std::string what;
    if (c.kind == ClaimKind::kCompletion) {
      const Claim* budget = ClaimAt(model, c.base_claim);
      const Claim* named = NamedBudget(model, c);
      if (named) budget = named;
      if (budget && budget->value) base = *budget->value;
      what = "a completion rate against a zero budget";
      if (named)
        what += " (" + std::string(MeasureName(named->measure)) + " " + ClaimText(*named) + ")";
    } else {
      const Claim* change = ClaimAt(model, c.change_claim);
      if (!subject && change) subject = AmountBefore(model, change->id);
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
    if (c.kind == ClaimKind::kGrowth) {
      const auto key = std::make_tuple(c.source.sentence, c.source.file, c.change_claim);
      if (const auto it = by_base.find(key); it != by_base.end()) {
        // Another rate on the same zero base in the same sentence: one more place, one finding.
        findings[it->second].evidence.push_back(ClaimEvidence(c));
        findings[it->second].keys.push_back(ClaimKey(c));
        context.NotApplicable("another rate on the same zero base in one sentence");
        continue;
      }
      by_base[key] = findings.size();
    }
    Finding f;
    f.severity = Severity::kWarning;
    f.category = "undefined-ratio";
    f.stated = ClaimText(c);
    f.expected = "undefined";
    // A rate not linked to its amount takes the name of the amount found for it.
    const std::string subject_name = c.subject_claim < 0 && subject ? subject->subject : c.subject;
    f.message = what + ": " + subject_name + " " + f.stated;
    f.evidence.push_back(ClaimEvidence(c));
    f.evidence.back().row = subject_name;
    f.keys = {ClaimKey(c)};
    findings.push_back(std::move(f));
  }
  for (Finding& f : findings) context.Fail(std::move(f));
}

}  // namespace

const Rule kUndefinedRatioRule = {
    "undefined-ratio", "No growth rate on a zero base and no completion rate on a zero budget",
    "growth and completion claims", Severity::kWarning, Check};

}  // namespace fiscalcheck
