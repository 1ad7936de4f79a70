// cross-t5-t6-basic: T5's 基本支出 (合计 row) equals T6's total: its 合计 row where it has one,
// else 人员经费(合计) + 公用经费(合计) where it shows them as rows.
#include "audit/cross_table.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"
#include "re2/re2.h"

namespace fiscalcheck {
namespace {

// The first amount column of the row's lane with a figure in that row, or -1.
int FilledColumn(const Table& t, int row) {
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != t.rows[row].lane) continue;
    if (!t.rows[row].cells[c.index].blank()) return c.index;
  }
  return -1;
}

int RowMatching(const Table& t, const RE2& pattern) {
  int found = -1;
  for (size_t r = 0; r < t.rows.size(); ++r) {
    if (!t.rows[r].code.empty() || !RE2::FullMatch(MatchName(t.rows[r].name), pattern)) continue;
    if (found >= 0) return -2;
    found = static_cast<int>(r);
  }
  return found;
}

void Check(const ReportModel& model, AuditContext& context) {
  int t5 = -1, t6 = -1;
  if (!ComparablePair(model, context, TableCode::kT5, TableCode::kT6, t5, t6)) return;
  const Table& a = model.tables[t5];
  const Table& b = model.tables[t6];
  const int a_total = TotalRow(a);
  const std::vector<int> basic = ColumnsLabelled(a, "基本支出", 0);
  if (a_total < 0 || basic.size() != 1) {
    context.Insufficient("T5's 合计 row or 基本支出 column not found");
    return;
  }
  const CellAt stated{t5, a_total, basic.front()};
  static const RE2 kTotal(R"((?:基本支出)?(?:合计|总计))");
  static const RE2 kPersonnel(R"(人员经费(?:合计|小计)?)");
  static const RE2 kPublic(R"(公用经费(?:合计|小计)?)");
  const int total = RowMatching(b, kTotal);
  if (total >= 0) {
    const int col = FilledColumn(b, total);
    if (col >= 0) {
      CompareFacts(model, context, "基本支出", stated, {{t6, total, col}});
      return;
    }
  }
  const int personnel = RowMatching(b, kPersonnel);
  const int pub = RowMatching(b, kPublic);
  if (personnel >= 0 && pub >= 0) {
    const int pc = FilledColumn(b, personnel);
    const int uc = FilledColumn(b, pub);
    if (pc >= 0 && uc >= 0) {
      CompareFacts(model, context, "基本支出 = 人员经费 + 公用经费", stated,
                   {{t6, personnel, pc}, {t6, pub, uc}});
      return;
    }
  }
  context.Insufficient("T6 shows neither a 合计 row nor 人员经费 and 公用经费 totals");
}

}  // namespace

const Rule kCrossT5T6BasicRule = {"cross-t5-t6-basic",
                                  "T5's 基本支出 equals T6's total (人员经费 + 公用经费)",
                                  "T5,T6 tables", Severity::kError, Check};

}  // namespace fiscalcheck
