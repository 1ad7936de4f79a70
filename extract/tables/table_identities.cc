#include "extract/tables/table_identities.h"

#include <algorithm>
#include <optional>

#include "re2/re2.h"

namespace fiscalcheck {
namespace {

bool LabelHas(const Column& c, const char* word) {
  for (const std::string& p : c.path) {
    if (p.find(word) != std::string::npos) return true;
  }
  return false;
}

bool IsTotalLabel(const Column& c) {
  return LabelHas(c, "合计") || LabelHas(c, "总计") || LabelHas(c, "小计");
}

// The shown value of a cell; blank (or a dash) counts as zero; nullopt when it holds text that
// is not a figure.
std::optional<Decimal> ValueOf(const Cell& cell) {
  if (cell.value) return cell.value;
  if (cell.blank() || cell.text == "-" || cell.text == "—" || cell.text == "－") {
    return Decimal(0, 0);
  }
  return std::nullopt;
}

// Adds one check `total = Σ parts` when every value is readable and something is non-zero.
// Blank cells count as exactly zero: they take no rounding envelope into the sum.
void Check(const Table& t, const std::string& kind, const std::string& description, CellRef total,
           const std::vector<CellRef>& parts, std::vector<IdentityCheck>& out) {
  if (parts.empty()) return;
  const Cell& total_cell = t.rows[total.row].cells[total.column];
  auto stated = ValueOf(total_cell);
  if (!stated) return;
  std::vector<Decimal> shown;
  bool any = !stated->is_zero();
  int scale = stated->scale();
  Decimal sum(0, 0);
  for (const CellRef& p : parts) {
    const Cell& cell = t.rows[p.row].cells[p.column];
    const auto v = ValueOf(cell);
    if (!v) return;
    if (cell.value) {
      shown.push_back(*v);
      scale = std::max(scale, v->scale());
    }
    any = any || !v->is_zero();
    auto next = Decimal::Add(sum, *v);
    if (!next) return;
    sum = *next;
  }
  if (!any) return;  // all blank or zero: nothing stated
  // A blank total is an exact zero shown at the parts' precision.
  if (!total_cell.value) stated = Decimal(0, scale);
  IdentityCheck c;
  c.kind = kind;
  c.description = description;
  c.total = total;
  c.parts = parts;
  c.stated = *stated;
  c.expected = sum;
  c.outcome = CompareSum(*stated, shown);
  out.push_back(std::move(c));
}

std::string RowLabel(const TableRow& r) { return r.code.empty() ? r.name : r.code + " " + r.name; }

// A column whose cells are percentages (增减%) takes no part in sums.
bool PercentColumn(const Table& t, int column) {
  if (LabelHas(t.columns[column], "%") || LabelHas(t.columns[column], "％")) return true;
  for (const TableRow& r : t.rows) {
    if (r.cells[column].percent) return true;
  }
  return false;
}

void RowTotals(const Table& t, std::vector<IdentityCheck>& out) {
  const bool row_total_table = t.code == TableCode::kT2 || t.code == TableCode::kT3 ||
                               t.code == TableCode::kT5 || t.code == TableCode::kT4;
  if (!row_total_table) return;
  for (int lane = 0; lane < t.lanes; ++lane) {
    std::vector<int> amounts;
    for (const Column& c : t.columns) {
      if (c.kind == ColumnKind::kAmount && c.lane == lane) amounts.push_back(c.index);
    }
    if (amounts.size() < 2) continue;
    // The total: the first column labelled 合计/总计/小计, else (T2, T3, T5 by template) the first.
    size_t first = 0;
    for (size_t i = 0; i < amounts.size(); ++i) {
      if (IsTotalLabel(t.columns[amounts[i]])) {
        first = i;
        break;
      }
    }
    const Column& total = t.columns[amounts[first]];
    if (t.code == TableCode::kT4 && !IsTotalLabel(total)) continue;
    if (PercentColumn(t, total.index)) continue;
    // Its components: the columns after it under the same outer labels, except breakdowns (其中),
    // percentages and further totals; a header group with its own 小计 counts through that 小计.
    const std::vector<std::string> scope(
        total.path.begin(), total.path.empty() ? total.path.end() : total.path.end() - 1);
    auto in_scope = [&](const Column& c) {
      if (scope.empty()) return true;
      return c.path.size() > scope.size() && std::equal(scope.begin(), scope.end(), c.path.begin());
    };
    std::vector<std::vector<std::string>> subtotalled;
    for (size_t i = first + 1; i < amounts.size(); ++i) {
      const Column& c = t.columns[amounts[i]];
      if (in_scope(c) && !c.path.empty() && c.path.back().find("小计") != std::string::npos) {
        subtotalled.emplace_back(c.path.begin(), c.path.end() - 1);
      }
    }
    // Whether the column is counted through an enclosing group's 小计: a column under a
    // subtotalled group, or a 小计 of a group nested in one (`当年预算 › 基本支出 › 小计` under
    // `当年预算 › 小计`: cc-city-petition-2026 p. 10).
    auto under_subtotal = [&](const Column& c, bool subtotal) {
      const size_t own = subtotal ? c.path.size() - 1 : c.path.size();
      for (const auto& group : subtotalled) {
        if (group.size() > scope.size() && own > group.size() &&
            std::equal(group.begin(), group.end(), c.path.begin())) {
          return true;
        }
      }
      return false;
    };
    std::vector<int> parts;
    for (size_t i = first + 1; i < amounts.size(); ++i) {
      const Column& c = t.columns[amounts[i]];
      if (!in_scope(c) || PercentColumn(t, c.index)) continue;
      const std::string last = c.path.empty() ? "" : c.path.back();
      const bool subtotal = last.find("小计") != std::string::npos;
      // `其中：X` is a breakdown, except 基本支出 and 项目支出, which partition spending by
      // definition.
      const bool partition =
          last.find("基本支出") != std::string::npos || last.find("项目支出") != std::string::npos;
      // Memo columns (政府采购 amounts shown beside spending) are not components either.
      const bool breakdown = (LabelHas(c, "其中") && !partition) || LabelHas(c, "政府采购");
      if (breakdown || last.find("合计") != std::string::npos ||
          last.find("总计") != std::string::npos) {
        continue;
      }
      if (under_subtotal(c, subtotal)) continue;
      parts.push_back(c.index);
    }
    if (parts.empty()) continue;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      if (t.rows[r].lane != lane) continue;
      std::vector<CellRef> refs;
      for (int p : parts) refs.push_back({static_cast<int>(r), p});
      Check(t, "row-total",
            RowLabel(t.rows[r]) + ": " + (total.path.empty() ? "total" : total.path.back()) +
                " = Σ components",
            {static_cast<int>(r), total.index}, refs, out);
    }
  }
}

void Hierarchy(const Table& t, std::vector<IdentityCheck>& out) {
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const TableRow& parent = t.rows[r];
    const size_t len = parent.code.size();
    if (len != 3 && len != 5) continue;
    // Its children follow it, up to the next row of its own level or above (tables broken down
    // by unit repeat the same subjects under each unit).
    std::vector<int> children;
    for (size_t k = r + 1; k < t.rows.size(); ++k) {
      const TableRow& c = t.rows[k];
      if (c.lane != parent.lane) continue;
      if (c.code.size() <= len || c.code.compare(0, len, parent.code) != 0) break;
      if (c.code.size() == len + 2) children.push_back(static_cast<int>(k));
    }
    if (children.empty()) continue;
    for (const Column& col : t.columns) {
      // Percentages (增减%) do not add up the hierarchy.
      if (col.kind != ColumnKind::kAmount || col.lane != parent.lane) continue;
      if (PercentColumn(t, col.index)) continue;
      std::vector<CellRef> refs;
      for (int k : children) refs.push_back({k, col.index});
      Check(t, "hierarchy", RowLabel(parent) + " = Σ sub-items [" + ColumnPathText(col) + "]",
            {static_cast<int>(r), col.index}, refs, out);
    }
  }
  // 合计 = Σ 类 (functional subjects).
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const TableRow& total = t.rows[r];
    if (total.name != "合计" && total.name != "总计") continue;
    std::vector<int> classes;
    for (size_t k = 0; k < t.rows.size(); ++k) {
      if (t.rows[k].lane == total.lane && t.rows[k].code.size() == 3 && t.rows[k].code[0] == '2') {
        classes.push_back(static_cast<int>(k));
      }
    }
    if (classes.empty()) continue;
    for (const Column& col : t.columns) {
      if (col.kind != ColumnKind::kAmount || col.lane != total.lane) continue;
      if (PercentColumn(t, col.index)) continue;
      std::vector<CellRef> refs;
      for (int k : classes) refs.push_back({k, col.index});
      Check(t, "hierarchy", "合计 = Σ 类 [" + ColumnPathText(col) + "]",
            {static_cast<int>(r), col.index}, refs, out);
    }
  }
}

// Whether `name` (as printed, `（类）` allowed) is a class (类) of the functional classification
// of expenditure, by its national name, current or earlier.
bool IsFunctionalClassName(std::string name) {
  static const char* const kClasses[] = {"一般公共服务支出",
                                         "外交支出",
                                         "国防支出",
                                         "公共安全支出",
                                         "教育支出",
                                         "科学技术支出",
                                         "文化旅游体育与传媒支出",
                                         "文化体育与传媒支出",
                                         "社会保障和就业支出",
                                         "社会保险基金支出",
                                         "卫生健康支出",
                                         "医疗卫生与计划生育支出",
                                         "节能环保支出",
                                         "城乡社区支出",
                                         "农林水支出",
                                         "交通运输支出",
                                         "资源勘探工业信息等支出",
                                         "资源勘探信息等支出",
                                         "商业服务业等支出",
                                         "金融支出",
                                         "援助其他地区支出",
                                         "自然资源海洋气象等支出",
                                         "国土海洋气象等支出",
                                         "住房保障支出",
                                         "粮油物资储备支出",
                                         "国有资本经营预算支出",
                                         "灾害防治及应急管理支出",
                                         "预备费",
                                         "其他支出",
                                         "转移性支出",
                                         "债务还本支出",
                                         "债务付息支出",
                                         "债务发行费用支出",
                                         "抗疫特别国债安排的支出"};
  for (const char* suffix : {"（类）", "(类)"}) {
    const std::string sfx = suffix;
    if (name.size() > sfx.size() && name.compare(name.size() - sfx.size(), sfx.size(), sfx) == 0) {
      name.resize(name.size() - sfx.size());
    }
  }
  return std::any_of(std::begin(kClasses), std::end(kClasses),
                     [&](const char* c) { return name == c; });
}

// T1/T4 spending lanes that list functional classes by name only, without codes or numbering
// (Huzhou prints 类, 款 and 项 as indented names): the lane's 本年支出合计 — or, with no
// 结转/结余 figure in the lane, its 支出总计 — equals the sum of the rows named as classes. Not
// checked when a class name appears twice in the lane (a 款 of the same name, as 其他支出 can be).
void ClassRowTotals(const Table& t, std::vector<IdentityCheck>& out) {
  if (t.code != TableCode::kT1 && t.code != TableCode::kT4) return;
  for (int lane = 0; lane < t.lanes; ++lane) {
    std::vector<int> classes;
    std::vector<std::string> names;
    int year_total = -1, grand_total = -1;
    bool coded = false, numbered = false, carry_over = false;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const TableRow& row = t.rows[r];
      if (row.lane != lane) continue;
      coded = coded || !row.code.empty();
      numbered = numbered || row.name.rfind("一、", 0) == 0;
      if (IsFunctionalClassName(row.name)) {
        classes.push_back(static_cast<int>(r));
        names.push_back(row.name);
      } else if (row.name == "本年支出合计") {
        year_total = static_cast<int>(r);
      } else if (row.name.find("支出总计") != std::string::npos ||
                 row.name.find("支出合计") != std::string::npos) {
        grand_total = static_cast<int>(r);
      } else if (row.name.find("结转") != std::string::npos ||
                 row.name.find("结余") != std::string::npos) {
        for (const Cell& c : row.cells) carry_over = carry_over || (c.value && !c.value->is_zero());
      }
    }
    std::sort(names.begin(), names.end());
    const bool repeated = std::adjacent_find(names.begin(), names.end()) != names.end();
    if (coded || numbered || repeated || classes.size() < 2) continue;
    const int total = year_total >= 0 ? year_total : (carry_over ? -1 : grand_total);
    if (total < 0 || total < classes.back()) continue;  // the total closes the list
    for (const Column& col : t.columns) {
      if (col.kind != ColumnKind::kAmount || col.lane != lane || PercentColumn(t, col.index)) {
        continue;
      }
      std::vector<CellRef> refs;
      for (int k : classes) refs.push_back({k, col.index});
      Check(t, "lane-total",
            t.rows[total].name + " = Σ 类 rows by name [" + ColumnPathText(col) + "]",
            {total, col.index}, refs, out);
    }
  }
}

void LaneTotals(const Table& t, std::vector<IdentityCheck>& out) {
  if (t.code != TableCode::kT1 && t.code != TableCode::kT4) return;
  static const RE2 kNumbered(R"(^[一二三四五六七八九十]+、)");
  static const RE2 kLaneTotal(R"(^(?:本年)?(?:收入|支出)合计$)");
  for (int lane = 0; lane < t.lanes; ++lane) {
    std::vector<int> items;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const TableRow& row = t.rows[r];
      if (row.lane != lane) continue;
      if (RE2::PartialMatch(row.name, kNumbered)) {
        items.push_back(static_cast<int>(r));
        continue;
      }
      if (!RE2::FullMatch(row.name, kLaneTotal)) continue;
      for (const Column& col : t.columns) {
        if (col.kind != ColumnKind::kAmount || col.lane != lane) continue;
        std::vector<CellRef> refs;
        for (int k : items) refs.push_back({k, col.index});
        Check(t, "lane-total", row.name + " = Σ numbered items [" + ColumnPathText(col) + "]",
              {static_cast<int>(r), col.index}, refs, out);
      }
      items.clear();
    }
  }
  ClassRowTotals(t, out);
  // 收入总计 = 支出总计, on the first amount column of each lane.
  int income = -1, spending = -1;
  for (size_t r = 0; r < t.rows.size(); ++r) {
    if (t.rows[r].name.find("收入总计") != std::string::npos) income = static_cast<int>(r);
    if (t.rows[r].name.find("支出总计") != std::string::npos) spending = static_cast<int>(r);
  }
  if (income < 0 || spending < 0) return;
  const int ci = t.FindColumn(ColumnKind::kAmount, t.rows[income].lane);
  const int cs = t.FindColumn(ColumnKind::kAmount, t.rows[spending].lane);
  if (ci < 0 || cs < 0) return;
  const auto a = ValueOf(t.rows[income].cells[ci]);
  const auto b = ValueOf(t.rows[spending].cells[cs]);
  if (!a || !b) return;
  IdentityCheck c;
  c.kind = "balance";
  c.description = "收入总计 = 支出总计";
  c.total = {income, ci};
  c.parts = {{spending, cs}};
  c.stated = *a;
  c.expected = *b;
  c.outcome = CompareShownTwice(*a, *b);
  out.push_back(std::move(c));
}

}  // namespace

std::vector<IdentityCheck> CheckStructuralIdentities(const Table& table) {
  std::vector<IdentityCheck> out;
  if (!table.insufficient_data.empty()) return out;
  RowTotals(table, out);
  Hierarchy(table, out);
  LaneTotals(table, out);
  return out;
}

}  // namespace fiscalcheck
