// cross-t2-t4-appropriation: T2's 财政拨款收入 (合计 row; or the sum of its 一般公共预算,
// 政府性基金 and 国有资本经营 columns where it shows them apart) equals T4's 本年收入合计.
#include "audit/cross_table.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  int t2 = -1, t4 = -1;
  if (!ComparablePair(model, context, TableCode::kT2, TableCode::kT4, t2, t4)) return;
  const Table& a = model.tables[t2];
  const Table& b = model.tables[t4];
  const int a_total = TotalRow(a);
  const LaneItems lane = FindLaneItems(b, "(?:本年)?收入合计");
  const int b_col = b.FindColumn(ColumnKind::kAmount, lane.lane);
  if (a_total < 0 || lane.total < 0 || b_col < 0) {
    context.Insufficient("T2's 合计 row or T4's 本年收入合计 not found");
    return;
  }
  std::vector<int> appropriation, parts;
  const int first = a.FindColumn(ColumnKind::kAmount, 0);
  bool general = false;
  for (const Column& c : a.columns) {
    if (c.kind != ColumnKind::kAmount || c.index == first || c.path.empty()) continue;
    if (c.path.front().find("结转") != std::string::npos) continue;  // last year's money
    const std::string s = ColumnIncomeSource(c);
    if (s == "appropriation") appropriation.push_back(c.index);
    if (s == "gp" || s == "gf" || s == "soe") parts.push_back(c.index);
    general = general || s == "gp";
  }
  if (appropriation.size() == 1) {
    CompareFacts(model, context, "财政拨款收入", {t4, lane.total, b_col},
                 {{t2, a_total, appropriation.front()}});
    return;
  }
  // Without its 一般公共预算 column the sum would be partial: not compared.
  if (appropriation.empty() && general) {
    std::vector<CellAt> cells;
    for (int c : parts) cells.push_back({t2, a_total, c});
    // Regional templates differ in what T2's fund columns hold (Huzhou's 一般公共预算 column is
    // not the year's appropriation alone): a mismatch of this inferred sum is a warning.
    CompareFacts(model, context, "财政拨款收入", {t4, lane.total, b_col}, cells,
                 /*inferred=*/true);
    return;
  }
  context.Insufficient("T2 shows no single 财政拨款 column");
}

}  // namespace

const Rule kCrossT2T4AppropriationRule = {"cross-t2-t4-appropriation",
                                          "T2's 财政拨款收入 equals T4's 本年收入合计",
                                          "T2,T4 tables", Severity::kError, Check};

}  // namespace fiscalcheck
