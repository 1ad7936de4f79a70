// cross-t1-t3-classes: each functional class in T1's expenditure lane equals the class total
// (first amount column) of T3, matched by name; T1's 本年支出合计 equals T3's 合计.
#include "audit/cross_table.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  int t1 = -1, t3 = -1;
  if (!ComparablePair(model, context, TableCode::kT1, TableCode::kT3, t1, t3)) return;
  const Table& a = model.tables[t1];
  const Table& b = model.tables[t3];
  const LaneItems lane = FindLaneItems(a, "(?:本年)?支出合计");
  const int a_col = a.FindColumn(ColumnKind::kAmount, lane.lane);
  const int b_col = TotalColumn(b);
  if (lane.total < 0 || a_col < 0 || b_col < 0) {
    context.Insufficient("T1's expenditure lane or T3's this-year total column not found");
    return;
  }
  for (int r : lane.items) {
    const std::string name = ClassName(a.rows[r]);
    const auto value = CellAmount(a.rows[r].cells[a_col]);
    const std::vector<int> match = ClassRowsNamed(b, name);
    if (match.empty()) {
      if (value && !value->is_zero()) {
        context.Insufficient("a T1 class has no T3 class row of the same name");
      }
      continue;  // a class neither table uses
    }
    if (match.size() > 1) {
      context.Insufficient("a T1 class matches several T3 rows");
      continue;
    }
    CompareFacts(model, context, name, {t1, r, a_col}, {{t3, match.front(), b_col}});
  }
  const int b_total = TotalRow(b);
  if (b_total < 0) {
    context.Insufficient("T3 has no 合计 row");
    return;
  }
  CompareFacts(model, context, "本年支出合计", {t1, lane.total, a_col}, {{t3, b_total, b_col}});
}

}  // namespace

const Rule kCrossT1T3ClassesRule = {
    "cross-t1-t3-classes",
    "T1's expenditure by functional class and 本年支出合计 equal T3's class totals and 合计",
    "T1,T3 tables", Severity::kError, Check};

}  // namespace fiscalcheck
