// direction-words: 增加/减少/增长/下降/持平/大于/小于 agree with the numbers: a growth rate and
// the change beside it point the same way; `决算数大于/小于/同预算数` agrees with the completion
// rate stated before it (above, below or at 100%). A completion rate on a zero budget points
// nowhere (undefined-ratio reports it), and the same words read twice against the same rate (a
// sentence that says `决算大于预算数` and again `决算数大于预算数`) are one finding.
#include <set>
#include <tuple>

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

std::string Word(Direction d) {
  switch (d) {
    case Direction::kUp:
      return "up (增加/增长/大于)";
    case Direction::kDown:
      return "down (减少/下降/小于)";
    case Direction::kFlat:
      return "flat (持平)";
    default:
      return "";
  }
}

void Report(AuditContext& context, const Claim& c, const Claim& against, const std::string& why) {
  Finding f;
  // The words and the rate they are read against are linked by position only: a warning.
  f.severity = Severity::kWarning;
  f.category = "direction";
  f.stated = Word(c.direction);
  f.expected = Word(against.direction) + (against.value ? " " + ClaimText(against) : "");
  f.message = why;
  f.evidence.push_back(ClaimEvidence(c));
  if (against.id != c.id) f.evidence.push_back(ClaimEvidence(against));
  f.keys = {ClaimKey(c)};
  context.Fail(std::move(f));
}

void Check(const ReportModel& model, AuditContext& context) {
  const auto& claims = model.narrative.claims;
  // (sentence, direction, rate claim) already read: the same words twice in one sentence.
  std::set<std::tuple<std::string, Direction, int>> read;
  for (const Claim& c : claims) {
    if (c.kind == ClaimKind::kGrowth && c.value && c.change_claim >= 0) {
      const Claim& change = claims[c.change_claim];
      if (change.direction == Direction::kNone || c.direction == Direction::kNone) continue;
      if (change.direction == c.direction) {
        context.Pass();
      } else {
        Report(context, c, change,
               "the rate of " + c.subject +
                   " and the change beside it point "
                   "in opposite directions");
      }
      continue;
    }
    if (c.kind == ClaimKind::kCompletion && !c.value && c.direction != Direction::kNone) {
      // The completion rate stated last before it, in the same section.
      const Claim* rate = nullptr;
      for (int i = c.id - 1; i >= 0; --i) {
        if (claims[i].source.section != c.source.section) break;
        if (claims[i].kind == ClaimKind::kCompletion && claims[i].value) {
          rate = &claims[i];
          break;
        }
      }
      if (!rate) {
        context.Insufficient("no completion rate stated before the direction words");
        continue;
      }
      if (!read.emplace(c.source.sentence, c.direction, rate->id).second) {
        context.NotApplicable("the same direction words again in one sentence");
        continue;
      }
      // `完成预算0万元的0%`: a rate on a zero budget says nothing about the direction.
      const Claim* budget = ClaimAt(model, rate->base_claim);
      if (budget && budget->value && budget->value->is_zero()) {
        context.NotApplicable("the completion rate is on a zero budget: see undefined-ratio");
        continue;
      }
      const Interval shown = Interval::Of(*rate->value);
      const Decimal hundred(100, 0);
      const Direction actual = shown.Contains(hundred) ? Direction::kFlat
                               : shown.lo > hundred    ? Direction::kUp
                                                       : Direction::kDown;
      Claim as_rate = *rate;
      as_rate.direction = actual;
      if (actual == c.direction) {
        context.Pass();
      } else {
        Report(context, c, as_rate,
               "the text says the final figure is " + Word(c.direction) +
                   " against the budget, but the completion rate stated is " + ClaimText(*rate));
      }
    }
  }
}

}  // namespace

const Rule kDirectionWordsRule = {
    "direction-words",
    "Direction words (增加, 减少, 增长, 下降, 持平, 大于, 小于) agree with the numbers",
    "growth, change and completion claims", Severity::kWarning, Check};

}  // namespace fiscalcheck
