// Helpers of the cross-table rules: comparing the same fact shown in two tables (DOMAIN.md,
// "Across tables") and finding the lanes of T1/T4.
//
// Contract: a comparison is recorded only between cells matched unambiguously; values that are
// not figures are insufficient-data; two figures are compared under CompareShownTwice (one
// figure against several: CompareSum), after converting between two known, different units.
// Consistent → pass; a slip (尾差) → warning, category rounding; beyond → error, category
// cross-table.
#ifndef FISCALCHECK_AUDIT_CROSS_TABLE_H_
#define FISCALCHECK_AUDIT_CROSS_TABLE_H_

#include <string>
#include <vector>

#include "audit/rule.h"

namespace fiscalcheck {

struct CellAt {
  int table = -1, row = -1, column = -1;
};

// Records one comparison: `a` against the sum of `b` (usually one cell). `what` names the fact
// (`卫生健康支出`).
// The single parsed table of each code into `a` and `b`. When there is none, records one
// not-applicable item ("T1 or T3 not present as a parsed table"); when there are several,
// one insufficient-data item; either way returns false and the pair is not compared.
bool ComparablePair(const ReportModel& model, AuditContext& context, TableCode code_a,
                    TableCode code_b, int& a, int& b);

// `inferred`: the sum on side b is put together from column names (not a printed total), so a
// mismatch beyond rounding is a warning for a person to judge, not an error.
void CompareFacts(const ReportModel& model, AuditContext& context, const std::string& what,
                  const CellAt& a, const std::vector<CellAt>& b, bool inferred = false);

// The numbered rows (`一、…`) that precede the lane total of `lane` matching `total` (a regex on
// the row's MatchName, e.g. `(?:本年)?支出合计`), and that total row (-1 when absent).
struct LaneItems {
  std::vector<int> items;
  int total = -1;
  int lane = 0;
};
LaneItems FindLaneItems(const Table& table, const std::string& total_pattern);

// Subject rows of class level (a 3-digit code) whose MatchName equals `name`.
std::vector<int> ClassRowsNamed(const Table& table, const std::string& name);

// The class name of a numbered T1/T4 row for matching: MatchName without the numbering.
std::string ClassName(const TableRow& row);

// The income source a T1 item or a T2 column label names: "gp" 一般公共预算, "gf" 政府性基金,
// "soe" 国有资本经营, "appropriation" 财政拨款 (the three together), "special" 财政专户,
// "superior" 上级补助, "business" 事业收入, "operating" 经营收入, "affiliated" 附属单位上缴,
// "other" 其他收入, "unit" 单位资金; "" for anything else (totals, carry-overs).
std::string IncomeSource(const std::string& label);
// The income source of a T2 column: its last label that is not a 小计/合计; "" for a breakdown
// (`其中：…`).
std::string ColumnIncomeSource(const Column& column);

// The column of a subject table (T2, T3, T5) holding this year's total: the first amount column
// when the table shows no carry-over (结转, 结余, 事业基金) columns; else the one `本年…/当年… ›
// 小计|合计` column; -1 when that is not unambiguous (the first column then mixes years).
int TotalColumn(const Table& table);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_CROSS_TABLE_H_
