// table-missing: the standard tables the report's kind requires are present. A 决算 publishes
// T1–T9; a 预算 publishes at least T1–T7 (T8/T9 may be printed empty or left out by a region's
// set, so their absence is not reported). A narrative-only report gets one info finding saying
// the tables are not in these files instead of missing-table findings.
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  if (model.narrative_only) {
    Finding f;
    f.severity = Severity::kInfo;
    f.category = "structure";
    f.message =
        "no standard table (T1–T9) is in these files: the report's tables are published "
        "separately, so no table rule could check anything";
    Evidence e;
    e.page = 1;
    e.text = model.files.empty() ? "" : model.files.front().path;
    f.evidence.push_back(e);
    context.Note(std::move(f));
    context.NotApplicable("narrative-only report: tables not in these files");
    return;
  }
  if (model.kind == ReportKind::kUnknown) {
    context.Insufficient("the report's kind (决算/预算) could not be read");
    return;
  }
  const int last = model.kind == ReportKind::kFinal ? 9 : 7;
  for (int code = 1; code <= last; ++code) {
    const TableCode c = static_cast<TableCode>(code);
    if (!TablesOf(model, c).empty()) {
      context.Pass();
      continue;
    }
    Finding f;
    f.severity = Severity::kWarning;
    f.category = "structure";
    f.message = std::string(TableCodeName(c)) + " is missing: a " +
                std::string(ReportKindName(model.kind)) + " publishes T1–T" + std::to_string(last) +
                ", and no title of this table was found";
    Evidence e;
    e.table = std::string(TableCodeName(c));
    e.text = "(absent)";
    f.evidence.push_back(e);
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kTableMissingRule = {
    "table-missing",
    "The standard tables of the report's kind are present (决算 T1–T9, 预算 T1–T7); a "
    "narrative-only report is noted",
    "table titles, report kind", Severity::kWarning, Check};

}  // namespace fiscalcheck
