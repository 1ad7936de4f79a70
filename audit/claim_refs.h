// Helpers for the narrative rules: evidence quoting a claim's sentence, grouping keys, and a
// claim's value in another claim's unit.
#ifndef FISCALCHECK_AUDIT_CLAIM_REFS_H_
#define FISCALCHECK_AUDIT_CLAIM_REFS_H_

#include <optional>
#include <string>

#include "audit/finding.h"
#include "extract/report_model.h"

namespace fiscalcheck {

// The claim's sentence, page and box; `row` holds the claim's subject.
Evidence ClaimEvidence(const Claim& claim);
std::string ClaimKey(const Claim& claim);
// The claim's value with its unit appended as printed (`836.2万元`, `1.44%`).
std::string ClaimText(const Claim& claim);
// The value of money claim `c` in `unit` (exact), nullopt when either is not money.
std::optional<Decimal> ValueIn(const Claim& c, Unit unit);
// The claim `id` of the model's narrative, or nullptr when out of range.
const Claim* ClaimAt(const ReportModel& model, int id);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_CLAIM_REFS_H_
