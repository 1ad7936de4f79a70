// table-missing: the standard tables the report's kind requires are present. A 决算 publishes
// T1–T9; a 预算 publishes at least T1–T7 (T8/T9 may be printed empty or left out by a region's
// set, so their absence is not reported). A narrative-only report gets one info finding saying
// the tables are not in these files instead of missing-table findings.
//
// What a region's template publishes is read from the report itself: a T8/T9 its own table of
// contents (目录) does not list, where that list names the other standard tables, is not part of
// its set (the 2019 Foshan 决算 lists 8 tables, no T9), and neither is a T8/T9 whose funds have
// no income line in T1 (no 国有资本经营 row: the template has no such table). Both are
// not-applicable, not missing.
#include <set>

#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

// Whether T1 lists income by fund (a 政府性基金 or 一般公共预算 line) but has no line of the
// funds of `code` (T8: 政府性基金, T9: 国有资本经营).
bool T1WithoutFundLine(const ReportModel& model, TableCode code) {
  const int t1 = SingleTable(model, TableCode::kT1);
  if (t1 < 0) return false;
  const std::string fund = code == TableCode::kT8 ? "政府性基金" : "国有资本经营";
  bool by_fund = false;
  for (const TableRow& row : model.tables[t1].rows) {
    if (row.name.find(fund) != std::string::npos) return false;
    by_fund = by_fund || row.name.find("一般公共预算") != std::string::npos;
  }
  return by_fund;
}

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
  const std::set<TableCode>& listed = model.contents_tables;
  for (int code = 1; code <= last; ++code) {
    const TableCode c = static_cast<TableCode>(code);
    if (!TablesOf(model, c).empty()) {
      context.Pass();
      continue;
    }
    // Only T8/T9 differ between regions' sets: T1–T7 are owed by every report of its kind.
    const bool fund_table = c == TableCode::kT8 || c == TableCode::kT9;
    if (fund_table && !listed.empty() && !listed.count(c)) {
      context.NotApplicable("the report's table of contents does not list this table");
      continue;
    }
    if (fund_table && T1WithoutFundLine(model, c)) {
      context.NotApplicable("T1 has no income line of this table's funds");
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
