// Runs the catalogue over one report.
//
// Contract:
// - Every catalogued rule runs, in catalogue order; the coverage ledger is always complete
//   (min_severity filters only the findings returned, never the counts).
// - Findings with one root cause are merged (GroupFindings); the order is deterministic: by
//   severity (errors first), then file, page, table, row, rule and message.
#ifndef FISCALCHECK_AUDIT_AUDITOR_H_
#define FISCALCHECK_AUDIT_AUDITOR_H_

#include <vector>

#include "audit/finding.h"
#include "audit/rule.h"
#include "extract/report_model.h"

namespace fiscalcheck {

struct AuditOptions {
  Severity min_severity = Severity::kInfo;
  // The rules to run; empty means the whole catalogue (tests run subsets).
  std::vector<const Rule*> rules;
};

struct AuditResult {
  std::vector<Finding> findings;  // at or above min_severity
  CoverageLedger coverage;
  int errors = 0, warnings = 0, infos = 0;  // over all findings, before filtering
  bool HasError() const { return errors > 0; }
};

AuditResult RunAudit(const ReportModel& model, const AuditOptions& options = {});

// Merges findings with one root cause: the same non-empty difference (in magnitude) and either a
// shared cell key, or the same stated and expected figures on the same table row (one wrong figure
// repeated across columns). The merged finding keeps the highest severity, the first finding's
// message and rule, and every distinct evidence entry; the other rules go to related_rules. Sorted
// as above.
std::vector<Finding> GroupFindings(std::vector<Finding> findings);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_AUDITOR_H_
