// cross-t4-t5-general-budget: T4's 一般公共预算 expenditure per functional class equals T5's
// class total (小计/合计), and T4's 本年支出合计 in that column equals T5's 合计.
#include "audit/cross_table.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  int t4 = -1, t5 = -1;
  if (!ComparablePair(model, context, TableCode::kT4, TableCode::kT5, t4, t5)) return;
  const Table& a = model.tables[t4];
  const Table& b = model.tables[t5];
  const LaneItems lane = FindLaneItems(a, "(?:本年)?支出合计");
  const std::vector<int> gp = ColumnsLabelled(a, "一般公共预算", lane.lane);
  const int b_col = TotalColumn(b);
  if (lane.total < 0 || gp.size() != 1 || b_col < 0) {
    context.Insufficient("T4's 一般公共预算 expenditure column or T5's total column not found");
    return;
  }
  const int a_col = gp.front();
  for (int r : lane.items) {
    const std::string name = ClassName(a.rows[r]);
    const auto value = CellAmount(a.rows[r].cells[a_col]);
    const std::vector<int> match = ClassRowsNamed(b, name);
    if (match.empty()) {
      if (value && !value->is_zero()) {
        context.Insufficient("a T4 class has no T5 class row of the same name");
      }
      continue;
    }
    if (match.size() > 1) {
      context.Insufficient("a T4 class matches several T5 rows");
      continue;
    }
    CompareFacts(model, context, name + " (一般公共预算)", {t4, r, a_col},
                 {{t5, match.front(), b_col}});
  }
  const int b_total = TotalRow(b);
  if (b_total < 0) {
    context.Insufficient("T5 has no 合计 row");
    return;
  }
  CompareFacts(model, context, "本年支出合计 (一般公共预算)", {t4, lane.total, a_col},
               {{t5, b_total, b_col}});
}

}  // namespace

const Rule kCrossT4T5GeneralBudgetRule = {
    "cross-t4-t5-general-budget",
    "T4's 一般公共预算 expenditure per class and in total equals T5's class totals and 合计",
    "T4,T5 tables", Severity::kError, Check};

}  // namespace fiscalcheck
