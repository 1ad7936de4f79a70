// narrative-share-sum: the shares of one list add up to 100%. A list is the share claims that
// name the same base amount (`…2940.05万元，其中：一般公共服务支出2106.66万元，占71.73%；…`); it is
// checked only when it is complete, i.e. when the amounts of its parts add up to the base within
// rounding (a list of the main items only need not reach 100%). Each displayed share stands for
// ± half a unit of its last digit, so four shares of two decimals may add up to 99.98–100.02.
// Beyond that by at most one unit of the last digit: a rounding slip (warning); further: an
// error — the text contradicts itself, whatever the tables say.
#include <map>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

// The share claims of each base amount, in reading order.
std::map<int, std::vector<const Claim*>> SharesByBase(const ReportModel& model) {
  std::map<int, std::vector<const Claim*>> lists;
  for (const Claim& c : model.narrative.claims) {
    if (c.kind == ClaimKind::kShare && c.value && c.unit == Unit::kPercent && c.base_claim >= 0) {
      lists[c.base_claim].push_back(&c);
    }
  }
  return lists;
}

void Check(const ReportModel& model, AuditContext& context) {
  for (const auto& [base_id, shares] : SharesByBase(model)) {
    if (shares.size() < 2) continue;  // one share is no list (narrative-ratio checks it)
    const Claim* base = ClaimAt(model, base_id);
    if (base == nullptr || !base->value) {
      context.Insufficient("the base of the shares is not an amount");
      continue;
    }
    // The parts: distinct amounts, each a different claim, in the base's unit.
    std::vector<Decimal> parts, percents;
    std::set<int> seen;
    bool usable = true;
    for (const Claim* s : shares) {
      const Claim* part = ClaimAt(model, s->subject_claim);
      const auto v = part ? ValueIn(*part, base->unit) : std::nullopt;
      if (!v || !seen.insert(s->subject_claim).second || s->subject_claim == base_id) {
        usable = false;
        break;
      }
      parts.push_back(*v);
      percents.push_back(*s->value);
    }
    if (!usable) {
      context.Insufficient("a share of the list names no amount of its own");
      continue;
    }
    if (CompareSum(*base->value, parts) != Agreement::kConsistent) {
      context.NotApplicable("the list does not cover its base (its amounts do not add up to it)");
      continue;
    }
    const auto sum = Interval::SumOf(percents);
    const Interval hundred = Interval::Exact(Decimal(100, 0));
    if (!sum) {
      context.Insufficient("the shares cannot be added exactly");
      continue;
    }
    if (sum->Meets(hundred)) {
      context.Pass();
      continue;
    }
    int scale = 0;
    Decimal shown(0, 0);
    for (const Decimal& p : percents) {
      scale = std::max(scale, p.scale());
      shown = Decimal::Add(shown, p).value_or(shown);
    }
    const auto gap = Interval::Gap(*sum, hundred);
    const bool slip = gap && *gap <= Decimal(1, scale);
    Finding f;
    f.severity = slip ? Severity::kWarning : Severity::kError;
    f.category = slip ? "rounding" : "narrative";
    f.stated = shown.ToString() + "%";
    f.expected = "100%";
    const auto diff = Decimal::Subtract(shown, Decimal(100, 0));
    if (diff) f.difference = diff->ToString() + "%";
    std::string terms;
    for (const Claim* s : shares) {
      absl::StrAppend(&terms, terms.empty() ? "" : " + ", s->subject, " ", ClaimText(*s));
    }
    f.message = absl::StrCat("the shares of ", base->subject, " ", ClaimText(*base), " add up to ",
                             f.stated, " (", terms,
                             "), though the amounts listed with them make up the whole of it");
    // Each sentence once: the base's, then any other sentence of the list.
    std::set<std::pair<int, std::string>> quoted;
    auto quote = [&](const Claim& c) {
      if (quoted.insert({c.source.page, c.source.sentence}).second) {
        f.evidence.push_back(ClaimEvidence(c));
      }
    };
    quote(*base);
    for (const Claim* s : shares) {
      quote(*s);
      f.keys.push_back(ClaimKey(*s));
    }
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kNarrativeShareSumRule = {
    "narrative-share-sum",
    "The shares of a complete list (its amounts make up the base) add up to 100% within rounding",
    "share claims and the amounts they name", Severity::kError, Check};

}  // namespace fiscalcheck
