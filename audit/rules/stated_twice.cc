// stated-twice: the same indicator stated twice in the text (same subject, measure and year,
// in parts of the report that explain the same table) shows the same figure, up to rounding.
#include <map>
#include <tuple>

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"
#include "extract/claims/claim_binder.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  using Key = std::tuple<std::string, int, int, int>;  // subject, measure, year, section table
  std::map<Key, int> first;
  const auto& sections = model.narrative.sections;
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kAmount || !c.value) continue;
    const std::string subject = MatchKey(c.subject);
    // Short or generic subjects (`支出`, `其他`) name different things in different sentences.
    if (subject.size() < 15 || subject.find("执行") != std::string::npos ||
        subject.find("预算数") != std::string::npos ||
        subject.find("决算数") != std::string::npos) {
      continue;
    }
    const int s = c.source.section;
    if (s < 0 || s >= static_cast<int>(sections.size()) || !sections[s].table) continue;
    const Key key{subject, static_cast<int>(c.measure), c.year,
                  static_cast<int>(*sections[s].table)};
    const auto [it, inserted] = first.emplace(key, c.id);
    if (inserted) continue;
    const Claim& earlier = model.narrative.claims[it->second];
    const auto v = ValueIn(c, earlier.unit);
    if (!v) continue;
    const Agreement a = CompareShownTwice(*v, *earlier.value);
    if (a == Agreement::kConsistent) {
      context.Pass();
      continue;
    }
    Finding f;
    // A contradiction a person must judge: two sentences may speak of different scopes.
    f.severity = Severity::kWarning;
    f.category = a == Agreement::kRoundingSlip ? "rounding" : "consistency";
    f.stated = ClaimText(c);
    f.expected = ClaimText(earlier);
    const auto diff = Decimal::Subtract(*v, *earlier.value);
    if (diff) f.difference = diff->ToString() + std::string(UnitName(earlier.unit));
    f.message = c.subject + " is stated as " + f.expected + " and again as " + f.stated;
    f.evidence.push_back(ClaimEvidence(earlier));
    f.evidence.push_back(ClaimEvidence(c));
    f.keys = {ClaimKey(earlier), ClaimKey(c)};
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kStatedTwiceRule = {"stated-twice",
                               "The same indicator stated twice in the text shows the same figure",
                               "amount claims", Severity::kWarning, Check};

}  // namespace fiscalcheck
