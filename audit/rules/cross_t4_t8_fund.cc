// cross-t4-t8-fund: T4's 政府性基金 expenditure (本年支出合计 row) equals T8's expenditure total;
// a T8 that states it has no data must go with no 政府性基金 spending in T4.
#include "audit/cross_table.h"
#include "audit/identity_findings.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

// T8's expenditure total column: the first under 本年支出; in a table without income or
// carry-over columns (a budget's), the first amount column.
int SpendingColumn(const Table& t) {
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount) continue;
    for (const std::string& label : c.path) {
      if (label.find("本年支出") != std::string::npos) return c.index;
    }
  }
  for (const Column& c : t.columns) {
    for (const std::string& label : c.path) {
      if (label.find("收入") != std::string::npos || label.find("结转") != std::string::npos) {
        return -1;
      }
    }
  }
  return t.FindColumn(ColumnKind::kAmount, 0);
}

void Check(const ReportModel& model, AuditContext& context) {
  const int t4 = SingleTable(model, TableCode::kT4);
  const std::vector<int> t8s = TablesOf(model, TableCode::kT8);
  if (t4 == -1 || t8s.empty()) {
    context.NotApplicable("T4 or T8 not present");
    return;
  }
  if (t4 == -2 || t8s.size() > 1) {
    context.Insufficient("several T4 or T8 tables: which to compare is ambiguous");
    return;
  }
  const Table& a = model.tables[t4];
  const LaneItems lane = FindLaneItems(a, "(?:本年)?支出合计");
  const std::vector<int> gf = ColumnsLabelled(a, "政府性基金", lane.lane);
  if (lane.total < 0 || gf.size() != 1) {
    context.Insufficient("T4's 政府性基金 expenditure column not found");
    return;
  }
  const int t8 = t8s.front();
  const Table& b = model.tables[t8];
  const auto spent = CellAmount(a.rows[lane.total].cells[gf.front()]);
  if (b.declares_empty && b.rows.empty()) {
    if (!spent) {
      context.Insufficient("T4's 政府性基金 total is not a figure");
    } else if (spent->is_zero()) {
      context.Pass();
    } else {
      Finding f;
      f.severity = Severity::kError;
      f.category = "cross-table";
      f.stated = spent->ToString();
      f.expected = "0";
      f.difference = spent->ToString();
      f.message = "政府性基金: " + TablePlace(a) + " shows spending of " + f.stated + " while " +
                  TablePlace(b) + " states the unit has no such funds";
      f.evidence.push_back(CellEvidence(model, t4, lane.total, gf.front()));
      f.evidence.push_back(TableEvidence(model, t8));
      context.Fail(std::move(f));
    }
    return;
  }
  if (!b.insufficient_data.empty() || b.rows.empty()) {
    context.Insufficient("T8 not rebuilt");
    return;
  }
  const int total = TotalRow(b);
  const int col = SpendingColumn(b);
  if (total < 0 || col < 0) {
    context.Insufficient("T8's 合计 row or expenditure column not found");
    return;
  }
  CompareFacts(model, context, "政府性基金", {t4, lane.total, gf.front()}, {{t8, total, col}});
}

}  // namespace

const Rule kCrossT4T8FundRule = {
    "cross-t4-t8-fund", "T4's 政府性基金 expenditure equals T8's (or T8 states there is none)",
    "T4,T8 tables", Severity::kError, Check};

}  // namespace fiscalcheck
