#include "audit/claim_refs.h"

namespace fiscalcheck {

Evidence ClaimEvidence(const Claim& claim) {
  Evidence e;
  e.file = claim.source.file;
  e.page = claim.source.page;
  e.row = claim.subject;
  e.text = claim.source.sentence;
  if (!claim.source.box.empty()) e.box = claim.source.box;
  return e;
}

std::string ClaimKey(const Claim& claim) { return "claim:" + std::to_string(claim.id); }

std::string ClaimText(const Claim& claim) {
  if (!claim.value) return "";
  return claim.value->ToString() + std::string(UnitName(claim.unit));
}

std::optional<Decimal> ValueIn(const Claim& c, Unit unit) {
  if (!c.value || c.unit == Unit::kNone || c.unit == Unit::kPercent || unit == Unit::kPercent ||
      unit == Unit::kNone) {
    return std::nullopt;
  }
  if (c.unit == unit) return *c.value;
  return c.value->Convert(c.unit, unit);
}

const Claim* ClaimAt(const ReportModel& model, int id) {
  if (id < 0 || id >= static_cast<int>(model.narrative.claims.size())) return nullptr;
  return &model.narrative.claims[id];
}

}  // namespace fiscalcheck
