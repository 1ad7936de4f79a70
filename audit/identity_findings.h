// Turns a table's structural identities (extract/tables/table_identities.h) into audit outcomes;
// shared by the table-identity and table-hierarchy rules.
//
// Contract, per table:
// - A table whose body could not be rebuilt (insufficient_data) is one insufficient-data item;
//   a table with no rows or no applicable identity is one not-applicable item.
// - An identity involving a row that cannot be identified (no name, code or 行次: typically a
//   栏次 line read as data) or whose name carries a figure (a cell merged into the name) is
//   insufficient-data, never a failure.
// - Consistent → pass; a rounding slip → warning, category rounding; beyond → error, category
//   arithmetic.
// - When the failures of one table are massive (at least kMassiveFailures distinct failing
//   figures and more than a third of the table's identities), the columns were almost surely
//   not rebuilt right: every identity of the table becomes insufficient-data, with the reason,
//   rather than a dozen errors that would cry wolf.
#ifndef FISCALCHECK_AUDIT_IDENTITY_FINDINGS_H_
#define FISCALCHECK_AUDIT_IDENTITY_FINDINGS_H_

#include <string>
#include <vector>

#include "audit/rule.h"

namespace fiscalcheck {

inline constexpr int kMassiveFailures = 3;

// Records the identities whose IdentityCheck::kind is in `kinds`, for every table for which
// `applies` is true.
void RecordTableIdentities(const ReportModel& model, AuditContext& context,
                           const std::vector<std::string>& kinds, bool (*applies)(const Table&));

// "T3 p.8" (the table's code and first page).
std::string TablePlace(const Table& table);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_IDENTITY_FINDINGS_H_
