// cross-t1-t2-income: each income item of T1 (一、一般公共预算财政拨款收入 … 其他收入) equals the
// 合计 row of T2 in the column of the same source; where T2 shows 财政拨款收入 as one column, it
// equals the sum of T1's 一般公共预算, 政府性基金 and 国有资本经营 items. T1's 本年收入合计
// equals T2's 合计 row in its first (total) column.
#include <map>

#include "audit/cross_table.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  int t1 = -1, t2 = -1;
  if (!ComparablePair(model, context, TableCode::kT1, TableCode::kT2, t1, t2)) return;
  const Table& a = model.tables[t1];
  const Table& b = model.tables[t2];
  const LaneItems lane = FindLaneItems(a, "(?:本年)?收入合计");
  const int a_col = a.FindColumn(ColumnKind::kAmount, lane.lane);
  const int b_total = TotalRow(b);
  const int b_first = TotalColumn(b);
  if (lane.total < 0 || a_col < 0 || b_total < 0 || b_first < 0) {
    context.Insufficient(
        "T1's income lane, T2's 合计 row or T2's this-year total column not found");
    return;
  }
  // Sources on each side; a source seen twice on one side is ambiguous and dropped.
  std::map<std::string, int> items, columns;
  std::map<std::string, int> item_count, column_count;
  for (int r : lane.items) {
    const std::string s = IncomeSource(a.rows[r].name);
    if (s.empty()) continue;
    items[s] = r;
    ++item_count[s];
  }
  for (const Column& c : b.columns) {
    if (c.kind != ColumnKind::kAmount || c.index == b_first || c.path.empty()) continue;
    if (c.path.front().find("结转") != std::string::npos) continue;
    const std::string s = ColumnIncomeSource(c);
    if (s.empty()) continue;
    columns[s] = c.index;
    ++column_count[s];
  }
  for (const auto& [source, column] : columns) {
    if (column_count[source] > 1) {
      context.Insufficient("T2 has several columns of one income source");
      continue;
    }
    std::vector<CellAt> parts;
    if (item_count.count(source)) {
      if (item_count[source] > 1) {
        context.Insufficient("T1 has several items of one income source");
        continue;
      }
      parts.push_back({t1, items[source], a_col});
    } else if (source == "appropriation") {
      for (const char* s : {"gp", "gf", "soe"}) {
        if (item_count.count(s) && item_count[s] == 1) parts.push_back({t1, items[s], a_col});
      }
    }
    if (parts.empty()) {
      context.Insufficient("a T2 income column has no T1 item of the same source");
      continue;
    }
    const std::string what = ColumnPathText(b.columns[column]);
    CompareFacts(model, context, what, {t2, b_total, column}, parts);
  }
  CompareFacts(model, context, "本年收入合计", {t1, lane.total, a_col}, {{t2, b_total, b_first}});
}

}  // namespace

const Rule kCrossT1T2IncomeRule = {
    "cross-t1-t2-income",
    "T1's income items and 本年收入合计 equal T2's 合计 row, source by source", "T1,T2 tables",
    Severity::kError, Check};

}  // namespace fiscalcheck
