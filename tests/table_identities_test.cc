// Structural identities on constructed tables: each identity kind passes on consistent figures,
// flags a 尾差 as a rounding slip and anything larger as inconsistent.
#include "extract/tables/table_identities.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

Column Amount(int index, std::vector<std::string> path, int lane = 0) {
  Column c;
  c.index = index;
  c.kind = ColumnKind::kAmount;
  c.lane = lane;
  c.path = std::move(path);
  return c;
}

Column Name(int index, int lane = 0) {
  Column c;
  c.index = index;
  c.kind = ColumnKind::kName;
  c.lane = lane;
  return c;
}

TableRow Row(const std::string& code, const std::string& name, size_t columns,
             const std::vector<std::pair<int, std::string>>& values, int lane = 0) {
  TableRow r;
  r.code = code;
  r.name = name;
  r.lane = lane;
  r.cells.assign(columns, Cell());
  for (const auto& [col, text] : values) {
    r.cells[col].text = text;
    r.cells[col].value = Decimal::Parse(text);
  }
  return r;
}

// T5: 合计 = 基本 + 项目 per row; 类 = Σ 款 = Σ 项; 合计 = Σ 类.
Table Expenditure(const std::string& basic_of_item) {
  Table t;
  t.code = TableCode::kT5;
  t.columns = {Name(0), Amount(1, {"合计"}), Amount(2, {"基本支出"}), Amount(3, {"项目支出"})};
  t.rows = {
      Row("", "合计", 4, {{1, "836.20"}, {2, "600.00"}, {3, "236.20"}}),
      Row("201", "一般公共服务支出", 4, {{1, "836.20"}, {2, "600.00"}, {3, "236.20"}}),
      Row("20106", "财政事务", 4, {{1, "836.20"}, {2, "600.00"}, {3, "236.20"}}),
      Row("2010601", "行政运行", 4, {{1, "600.00"}, {2, basic_of_item}}),
      Row("2010602", "一般行政管理事务", 4, {{1, "236.20"}, {3, "236.20"}}),
  };
  return t;
}

std::vector<IdentityCheck> Failures(const Table& t) {
  std::vector<IdentityCheck> out;
  for (const IdentityCheck& c : CheckStructuralIdentities(t)) {
    if (c.outcome != Agreement::kConsistent) out.push_back(c);
  }
  return out;
}

TEST(TableIdentities, ConsistentTablePasses) {
  const Table t = Expenditure("600.00");
  const auto checks = CheckStructuralIdentities(t);
  int row_totals = 0, hierarchy = 0;
  for (const auto& c : checks) {
    if (c.kind == "row-total") ++row_totals;
    if (c.kind == "hierarchy") ++hierarchy;
  }
  EXPECT_EQ(row_totals, 5);
  EXPECT_GE(hierarchy, 6);  // 201 and 20106 over three columns, 合计 = Σ 类 over three
  EXPECT_TRUE(Failures(t).empty());
}

TEST(TableIdentities, OneCentIsARoundingSlipMoreIsAnError) {
  // 600.01 against 600.00 still meets under the interval model (the envelopes touch): by design.
  EXPECT_TRUE(Failures(Expenditure("600.01")).empty());
  auto f = Failures(Expenditure("600.02"));  // 0.01 beyond the envelope: 尾差
  ASSERT_FALSE(f.empty());
  for (const auto& c : f) EXPECT_EQ(c.outcome, Agreement::kRoundingSlip) << c.description;
  f = Failures(Expenditure("610.00"));
  ASSERT_FALSE(f.empty());
  bool row_total = false;
  for (const auto& c : f) {
    EXPECT_EQ(c.outcome, Agreement::kInconsistent);
    if (c.kind == "row-total") {
      row_total = true;
      EXPECT_EQ(c.stated.ToString(), "600.00");
      EXPECT_EQ(c.expected.ToString(), "610.00");
    }
  }
  EXPECT_TRUE(row_total);
}

TEST(TableIdentities, BreakdownsAndPercentagesAreNotComponents) {
  Table t;
  t.code = TableCode::kT2;
  t.columns = {Name(0),
               Amount(1, {"本年收入合计"}),
               Amount(2, {"财政拨款收入"}),
               Amount(3, {"其中：教育收费"}),
               Amount(4, {"其他收入"}),
               Amount(5, {"增减(%)"})};
  t.rows = {Row("201", "一般公共服务支出", 6,
                {{1, "100.00"}, {2, "90.00"}, {3, "40.00"}, {4, "10.00"}, {5, "3.5"}})};
  t.rows[0].cells[5].percent = true;
  EXPECT_TRUE(Failures(t).empty());
}

TEST(TableIdentities, LaneTotalsAndBalanceOfTheSummaryTable) {
  Table t;
  t.code = TableCode::kT1;
  t.lanes = 2;
  t.columns = {Name(0, 0), Amount(1, {"收入", "决算数"}, 0), Name(2, 1),
               Amount(3, {"支出", "决算数"}, 1)};
  t.rows = {
      Row("", "一、一般公共预算财政拨款收入", 4, {{1, "2940.05"}}, 0),
      Row("", "二、其他收入", 4, {{1, "6.20"}}, 0),
      Row("", "本年收入合计", 4, {{1, "2946.25"}}, 0),
      Row("", "收入总计", 4, {{1, "2995.39"}}, 0),
      Row("", "一、一般公共服务支出", 4, {{3, "2106.66"}}, 1),
      Row("", "二、社会保障和就业支出", 4, {{3, "833.40"}}, 1),
      Row("", "本年支出合计", 4, {{3, "2940.08"}}, 1),  // 0.01 beyond the envelope: 尾差
      Row("", "支出总计", 4, {{3, "2995.39"}}, 1),
  };
  const auto checks = CheckStructuralIdentities(t);
  int lane_totals = 0, balances = 0;
  for (const auto& c : checks) {
    if (c.kind == "lane-total") ++lane_totals;
    if (c.kind == "balance") {
      ++balances;
      EXPECT_EQ(c.outcome, Agreement::kConsistent);
    }
  }
  EXPECT_EQ(lane_totals, 2);
  EXPECT_EQ(balances, 1);
  const auto f = Failures(t);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, "lane-total");
  EXPECT_EQ(f[0].outcome, Agreement::kRoundingSlip);
}

TEST(TableIdentities, TablesThatCouldNotBeRebuiltAreNotChecked) {
  Table t = Expenditure("610.00");
  t.insufficient_data = "no figure columns found";
  EXPECT_TRUE(CheckStructuralIdentities(t).empty());
}

// T4 of huzhou-city-health-2026-dept-budget.pdf pp.33–35: the spending lane lists 类, 款 and 项 by
// indented name only, no codes. The rows named as national 类 must add up to 支出总计 (no
// 结转 figure in the lane); the published table's classes make 64618.76 against 38191.21.
Table NamedClassSpending(const std::string& health, const std::string& carry_over = "") {
  Table t;
  t.code = TableCode::kT4;
  t.lanes = 2;
  t.columns = {Name(0, 0), Amount(1, {"收入", "预算数"}, 0), Name(2, 1),
               Amount(3, {"支出", "预算数"}, 1)};
  t.rows = {
      Row("", "一、财政拨款", 4, {{1, "38191.21"}}, 0),
      Row("", "科学技术支出", 4, {{3, "1140.61"}}, 1),
      Row("", "基础研究", 4, {{3, "83.78"}}, 1),
      Row("", "卫生健康支出", 4, {{3, health}}, 1),
      Row("", "卫生健康管理事务", 4, {{3, "4346.17"}}, 1),
      Row("", "其他支出", 4, {{3, "15000.00"}}, 1),
      Row("", "其他政府性基金及对应专项债务收入安排的支出", 4, {{3, "15000.00"}}, 1),
      Row("", "本年收入合计", 4, {{1, "38191.21"}}, 0),
  };
  if (!carry_over.empty()) t.rows.push_back(Row("", "年末结转和结余", 4, {{3, carry_over}}, 1));
  t.rows.push_back(Row("", "收入总计", 4, {{1, "38191.21"}}, 0));
  t.rows.push_back(Row("", "支出总计", 4, {{3, "38191.21"}}, 1));
  for (TableRow& r : t.rows) r.cells.resize(4);
  return t;
}

TEST(TableIdentities, ClassRowsNamedWithoutCodesAddUpToTheSpendingTotal) {
  // 1140.61 + 22050.60 + 15000.00 = 38191.21: consistent.
  std::vector<IdentityCheck> named;
  for (const IdentityCheck& c : CheckStructuralIdentities(NamedClassSpending("22050.60"))) {
    if (c.description.find("类 rows by name") != std::string::npos) named.push_back(c);
  }
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].outcome, Agreement::kConsistent);
  // As published: 卫生健康支出 23268.50, the classes make 39409.11: inconsistent.
  const auto failures = Failures(NamedClassSpending("23268.50"));
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].kind, "lane-total");
  EXPECT_EQ(failures[0].stated.ToString(), "38191.21");
  EXPECT_EQ(failures[0].expected.ToString(), "39409.11");
  // A carried-over figure in the lane: 支出总计 is not the classes' sum, nothing is checked.
  EXPECT_TRUE(Failures(NamedClassSpending("23268.50", "100.00")).empty());
}

// cc-city-petition-2026-dept-budget.pdf p. 10: `当年预算 › 小计` sums its own `基本支出 › 小计`
// and `项目支出`; the nested 小计 is counted through the enclosing one, never beside it.
TEST(TableIdentities, NestedSubtotalCountsThroughTheEnclosingSubtotal) {
  Table t;
  t.code = TableCode::kT5;
  t.columns = {Name(0),
               Amount(1, {"合计"}),
               Amount(2, {"当年预算", "小计"}),
               Amount(3, {"当年预算", "基本支出", "小计"}),
               Amount(4, {"当年预算", "基本支出", "人员经费"}),
               Amount(5, {"当年预算", "基本支出", "公用经费"}),
               Amount(6, {"当年预算", "项目支出"}),
               Amount(7, {"上年结转结余", "小计"})};
  t.rows = {Row("", "总计", 8,
                {{1, "1682.76"},
                 {2, "1682.76"},
                 {3, "1208.20"},
                 {4, "997.20"},
                 {5, "211.00"},
                 {6, "474.56"},
                 {7, "0.00"}})};
  EXPECT_TRUE(Failures(t).empty());
  t.rows[0].cells[2].value = Decimal::Parse("1600.00");  // the year's 小计 misprinted
  EXPECT_FALSE(Failures(t).empty());
}

}  // namespace
}  // namespace fiscalcheck
