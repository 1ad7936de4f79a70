// Printing an audit: `audit --format json` (ARCHITECTURE.md's audit object) and `--format text`.
//
// JSON: { file, sha256, page_count, files?: [{file, sha256, page_count}] (several files: the
// first is also `file`), document: {kind, year, department}, tables: [{code, title, pages, unit,
// row_count, file?}], findings: [{rule, severity, category, message, stated, expected,
// difference, related_rules?, evidence: [{file?, page, table, row, column, text, bbox}]}],
// coverage: {checks, passed, failed, not_applicable, insufficient_data}, coverage_by_rule:
// {rule: {…same counts}}, coverage_gaps: [{rule, outcome, reason, count}] }. `file?` appears
// when the report has several files; `bbox` is null when unknown; `year` is null when unread.
//
// Text: the report's facts and tables, the findings grouped by severity with page references,
// quoted evidence and stated vs expected, then the coverage: how much was checked, per rule,
// and what could not be checked and why.
#ifndef FISCALCHECK_REPORT_AUDIT_OUTPUT_H_
#define FISCALCHECK_REPORT_AUDIT_OUTPUT_H_

#include <ostream>

#include "audit/auditor.h"
#include "extract/report_model.h"
#include "nlohmann/json.hpp"

namespace fiscalcheck {

nlohmann::ordered_json AuditJson(const ReportModel& model, const AuditResult& result);
void WriteAuditText(const ReportModel& model, const AuditResult& result, std::ostream& out);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_REPORT_AUDIT_OUTPUT_H_
