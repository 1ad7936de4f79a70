// Printing the narrative (sections and claims) as JSON: the `claims` and `sections` members of
// `extract --format json` (fields documented in README.md). Printing only.
#ifndef FISCALCHECK_REPORT_CLAIM_OUTPUT_H_
#define FISCALCHECK_REPORT_CLAIM_OUTPUT_H_

#include <vector>

#include "extract/claims/claim.h"
#include "extract/tables/table.h"
#include "nlohmann/json.hpp"

namespace fiscalcheck {

nlohmann::ordered_json SectionsJson(const Narrative& narrative);
// The table-like regions set apart from the narrative (claim.h's TableLikeRegion).
nlohmann::ordered_json TableLikeJson(const Narrative& narrative);
// `tables` are the report's tables the claims' facts index into.
nlohmann::ordered_json ClaimsJson(const Narrative& narrative, const std::vector<Table>& tables);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_REPORT_CLAIM_OUTPUT_H_
