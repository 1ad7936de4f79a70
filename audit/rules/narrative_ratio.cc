// narrative-ratio: shares, growth rates and completion rates stated in the text, recomputed from
// the amounts the text states beside them, under the interval model. A miss by one unit of the
// rate's last digit is a rounding warning; beyond, an error. Undefined ratios are left to
// undefined-ratio.
#include <cstdint>

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

struct Operands {
  std::optional<Interval> numerator, denominator;
  Decimal numerator_shown, denominator_shown;  // the ratio of the figures as shown
};

// n/d × 100 rounded half away from zero to `scale` decimals, exactly; nullopt on a zero
// denominator or overflow.
std::optional<Decimal> RatioPercent(Decimal n, Decimal d, int scale) {
  if (d.is_zero()) return std::nullopt;
  __int128 num = n.mantissa(), den = d.mantissa();
  for (int s = n.scale(); s < d.scale(); ++s) num *= 10;
  for (int s = d.scale(); s < n.scale(); ++s) den *= 10;
  num *= 100;
  for (int i = 0; i < scale; ++i) num *= 10;
  const bool negative = (num < 0) != (den < 0);
  if (num < 0) num = -num;
  if (den < 0) den = -den;
  const __int128 q = (2 * num + den) / (2 * den);
  if (q > static_cast<__int128>(INT64_MAX)) return std::nullopt;
  return Decimal(static_cast<int64_t>(negative ? -q : q), scale);
}

// The ratio a rate claim states, from the amounts it leans on; nullopt when they are missing.
std::optional<Operands> OperandsOf(const ReportModel& model, const Claim& c) {
  const Claim* subject = ClaimAt(model, c.subject_claim);
  if (c.kind == ClaimKind::kShare || c.kind == ClaimKind::kCompletion) {
    const Claim* base = ClaimAt(model, c.base_claim);
    if (!subject || !base || !subject->value || !base->value) return std::nullopt;
    const auto n = ValueIn(*subject, base->unit);
    if (!n) return std::nullopt;
    // The numerator keeps its own displayed precision: convert the interval, not the value.
    const Interval ni = Interval::Of(*subject->value);
    const auto lo = ni.lo.Convert(subject->unit, base->unit);
    const auto hi = ni.hi.Convert(subject->unit, base->unit);
    if (!lo || !hi) return std::nullopt;
    return Operands{Interval{*lo, *hi}, Interval::Of(*base->value), *n, *base->value};
  }
  if (c.kind == ClaimKind::kGrowth) {
    const Claim* change = ClaimAt(model, c.change_claim);
    if (!subject || !change || !subject->value || !change->value) return std::nullopt;
    if (change->direction == Direction::kNone || change->direction == Direction::kFlat) {
      return std::nullopt;
    }
    const Interval current = Interval::Of(*subject->value);
    const Interval delta = Interval::Of(*change->value);
    if (subject->unit != change->unit) return std::nullopt;
    // Earlier = current − change (up) or current + change (down).
    const auto earlier = change->direction == Direction::kUp ? Interval::Subtract(current, delta)
                                                             : Interval::Add(current, delta);
    const auto earlier_shown = change->direction == Direction::kUp
                                   ? Decimal::Subtract(*subject->value, *change->value)
                                   : Decimal::Add(*subject->value, *change->value);
    if (!earlier || !earlier_shown) return std::nullopt;
    return Operands{delta, *earlier, *change->value, *earlier_shown};
  }
  return std::nullopt;
}

void Check(const ReportModel& model, AuditContext& context) {
  for (const Claim& c : model.narrative.claims) {
    if (!c.value || (c.kind != ClaimKind::kShare && c.kind != ClaimKind::kGrowth &&
                     c.kind != ClaimKind::kCompletion)) {
      continue;
    }
    const auto ops = OperandsOf(model, c);
    if (!ops) {
      context.Insufficient(std::string(ClaimKindName(c.kind)) +
                           ": the amounts it rests on are not stated beside it");
      continue;
    }
    // An inferred base smaller than the part is not the part's base: nothing to check.
    if (c.kind == ClaimKind::kShare && !c.base_stated &&
        ops->numerator->lo > ops->denominator->hi) {
      context.Insufficient("share: the inferred base is smaller than the part");
      continue;
    }
    const auto miss = PercentMissInLastDigitUnits(*c.value, *ops->numerator, *ops->denominator);
    if (!miss) {
      context.NotApplicable("the ratio is undefined (zero base): see undefined-ratio");
      continue;
    }
    if (*miss == 0) {
      context.Pass();
      continue;
    }
    const auto ratio = RatioPercent(ops->numerator_shown, ops->denominator_shown, c.value->scale());
    const std::string expected = ratio ? ratio->ToString() + "%" : "";
    Finding f;
    // Errors only where the operands are certain: a completion rate, or a share whose base the
    // sentence names. A growth rate may be against a figure the text does not state (last
    // year's budget rather than its final figure) and an unstated base is inferred.
    const bool certain =
        c.kind == ClaimKind::kCompletion || (c.kind == ClaimKind::kShare && c.base_stated);
    f.severity = *miss <= 1 || !certain ? Severity::kWarning : Severity::kError;
    f.category = *miss <= 1 ? "rounding" : "narrative";
    f.stated = ClaimText(c);
    f.expected = expected;
    f.message = std::string(ClaimKindName(c.kind)) + " of " + c.subject + " stated as " + f.stated +
                "; the amounts stated beside it give " + (expected.empty() ? "another" : expected);
    f.evidence.push_back(ClaimEvidence(c));
    f.keys = {ClaimKey(c)};
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kNarrativeRatioRule = {
    "narrative-ratio",
    "Shares, growth and completion rates agree with the amounts stated beside them",
    "share, growth and completion claims", Severity::kError, Check};

}  // namespace fiscalcheck
