// Claims of another year or measure than the tables print, and performance-indicator tables read
// as text: bound where a table prints the figure, set apart (Claim::not_table_fact) where the
// subject is in the tables but that year's or measure's figure is not, unbound otherwise. Also:
// a subject naming no fund is the department's whole (all-funds tables first).
#include <string>
#include <vector>

#include "extract/claims/claim_binder.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/narrative_text.h"
#include "extract/utf8.h"
#include "gtest/gtest.h"
#include "tests/claim_fixtures.h"

namespace fiscalcheck {
namespace {

using ::fiscalcheck::testing::Row;
using ::fiscalcheck::testing::Stating;
constexpr auto Amount = ::fiscalcheck::testing::AmountColumn;

// cq-city-planning-2026-dept-budget.pdf p. 19: T5 prints `2025年预算数` before `2026年预算数`.
Table TwoYearT5() {
  Table t;
  t.code = TableCode::kT5;
  t.title = "一般公共预算支出表";
  t.unit = Unit::kWanYuan;
  t.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
               Amount(1, {"2025年预算数"}),
               Amount(2, {"2026年预算数", "总计"})};
  t.rows = {Row("合计", {"219607.38", "227955.11"}),
            Row("一般公共服务支出", {"1200.00", "1350.00"}, "201")};
  return t;
}

// sh-putuo-wanli-2023-dept-budget.pdf p. 7: the tables print one year only.
Table OneYearT5() {
  Table t;
  t.code = TableCode::kT5;
  t.title = "一般公共预算支出功能分类预算表";
  t.unit = Unit::kWanYuan;
  t.columns = {{0, ColumnKind::kName, 0, {"功能分类科目名称"}, "", 0, 0}, Amount(1, {"合计"})};
  t.rows = {Row("合计", {"9000.00"}), Row("科普活动", {"10.00"}, "2070702")};
  return t;
}

// A row-name match reads the report's year, never the column of the year before printed first.
TEST(ClaimYears, RowOfTheReportsYearNotThePreviousYearsColumn) {
  std::vector<Claim> claims =
      ClaimsOfSentence("一般公共服务支出（类）1350.00万元，主要用于机关运行。", 2026);
  BindClaims({TwoYearT5()}, {}, claims, 2026);
  const Claim* amount = Stating(claims, ClaimKind::kAmount, "1350.00");
  ASSERT_NE(amount, nullptr);
  ASSERT_TRUE(amount->fact.has_value()) << amount->unbound_reason;
  EXPECT_EQ(amount->fact->column, 2);
}

// A figure of the year before binds to the column headed by that year.
TEST(ClaimYears, OtherYearFigureBindsToItsYearsColumn) {
  std::vector<Claim> claims = ClaimsOfSentence(
      "2025年一般公共服务支出（类）预算数为1200.00万元，2026年预算安排1350.00万元。", 2026);
  BindClaims({TwoYearT5()}, {}, claims, 2026);
  const Claim* before = Stating(claims, ClaimKind::kAmount, "1200.00");
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->year, 2025);
  ASSERT_TRUE(before->fact.has_value()) << before->unbound_reason;
  EXPECT_EQ(before->fact->column, 1);
  EXPECT_TRUE(before->not_table_fact.empty());
}

// sh-putuo-wanli-2023-dept-budget.pdf p. 7: `2022年当年预算执行数为10.00万元，2023年预算安排
// 10.00万元` — the tables print the item for 2023 only: the 2022 figure is set apart, the 2023
// one bound; a subject the tables do not name at all stays unbound (not set apart).
TEST(ClaimYears, OtherYearFigureTheTablesDoNotPrintIsSetApart) {
  std::vector<Claim> claims = ClaimsOfSentence(
      "科学技术支出（类）科学技术普及（款）科普活动（项）2022年当年预算执行数为10.00万元，"
      "2023年预算安排10.00万元，比2022年预算执行数持平。",
      2023);
  BindClaims({OneYearT5()}, {}, claims, 2023);
  ASSERT_GE(claims.size(), 2u);
  const Claim& before = claims[0];
  ASSERT_EQ(before.kind, ClaimKind::kAmount);
  EXPECT_EQ(before.year, 2022);
  EXPECT_FALSE(before.fact.has_value());
  EXPECT_EQ(before.not_table_fact, "other year") << before.unbound_reason;
  EXPECT_FALSE(IsBindableKind(before));
  const Claim& now = claims[1];
  ASSERT_TRUE(now.fact.has_value()) << now.unbound_reason;

  claims = ClaimsOfSentence("2022年当年预算执行数为15.00万元。", 2023);
  BindClaims({OneYearT5()}, {}, claims, 2023);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].not_table_fact.empty());
  EXPECT_FALSE(claims[0].fact.has_value());
}

// sh-putuo-planning-2024-final.pdf p. 22: the final-accounts tables print the item's 决算 only;
// its 年初预算 is set apart, its 决算 bound.
TEST(ClaimYears, BudgetFigureOfAFinalReportWithoutBudgetColumn) {
  Table t;
  t.code = TableCode::kT5;
  t.title = "一般公共预算财政拨款支出决算表";
  t.unit = Unit::kWanYuan;
  t.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, Amount(1, {"决算数", "合计"})};
  t.rows = {Row("合计", {"6000.00"}), Row("机关事业单位退休人员活动费支出", {"0.88"}, "2080599")};
  std::vector<Claim> claims = ClaimsOfSentence(
      "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位退休人员活动费支出（项）。"
      "年初预算为0.88万元，支出决算为0.88万元，完成年初预算的100.00%。",
      2024);
  BindClaims({t}, {}, claims, 2024);
  const Claim* budget = nullptr;
  const Claim* final_figure = nullptr;
  for (const Claim& c : claims) {
    if (c.kind != ClaimKind::kAmount) continue;
    (c.measure == Measure::kInitialBudget ? budget : final_figure) = &c;
  }
  ASSERT_NE(budget, nullptr);
  ASSERT_NE(final_figure, nullptr);
  EXPECT_EQ(budget->not_table_fact, "budget figure") << budget->unbound_reason;
  ASSERT_TRUE(final_figure->fact.has_value()) << final_figure->unbound_reason;
  EXPECT_EQ(final_figure->fact->row, 1);
}

// sh-putuo-justice-2026-dept-budget.pdf p.8: a figure-free sentence (`主要用于：…`) between an
// item's amount and its figures of two years keeps the item as their subject.
TEST(ClaimYears, SubjectCarriedOverAFigureFreeSentence) {
  const std::vector<Claim> c = ClaimsOfSentence(
      "1、公共安全支出（204类）司法（06款）行政运行（01项）1672."
      "67万元。主要用于：行政单位的基本支出。"
      "2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。",
      2026);
  const Claim* before = Stating(c, ClaimKind::kAmount, "1690.69");
  ASSERT_NE(before, nullptr);
  EXPECT_NE(before->subject.find("行政运行"), std::string::npos) << before->subject;
  EXPECT_EQ(before->year, 2025);
}

// bj-city-transport-2026-dept-budget.pdf p.6: the figure compared against is the earlier year's,
// and the change is of the report's year's figure; with that figure left as residue (`XX`, the
// mutation report's placeholder) the change is about no figure, never the earlier one.
TEST(ClaimYears, ComparedFigureIsTheEarlierYearsAndNeverTheChangesSubject) {
  std::vector<Claim> c = ClaimsOfSentence(
      "2026年度收入预算1448787.35万元，比2025年年初预算数1506121.45万元减少57334.09万元，下降3.81%"
      "。",
      2026);
  const Claim* before = Stating(c, ClaimKind::kAmount, "1506121.45");
  const Claim* change = Stating(c, ClaimKind::kChange, "57334.09");
  ASSERT_TRUE(before && change);
  EXPECT_EQ(before->year, 2025);
  EXPECT_EQ(change->subject_claim, Stating(c, ClaimKind::kAmount, "1448787.35")->id);
  c = ClaimsOfSentence(
      "2026年度收入预算XX万元，比2025年年初预算数1506121.45万元减少57334.09万元，下降3.81%。",
      2026);
  change = Stating(c, ClaimKind::kChange, "57334.09");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->subject_claim, -1);
}

// `上年结转`/`上年结余` are this year's funds (bj-city-finance-2026-dept-budget.pdf p. 6).
TEST(ClaimYears, CarryOverIsThisYearsFund) {
  const std::vector<Claim> c = ClaimsOfSentence("（三）上年结转结余12.72万元", 2026);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].year, 2026);
  EXPECT_NE(c[0].measure, Measure::kPreviousYear);
}

// A performance-indicator table read as text (xa-city-commerce-2022-dept-budget.pdf pp. 63-64,
// 专项业务经费绩效目标表): every figure of its pages is a performance figure, and so is a
// numbered indicator anywhere (`成本指标指标3：…费用10万元`); a narrative page is not.
TEST(ClaimScope, PerformanceIndicatorTablePages) {
  auto block = [](int page, const std::string& text) {
    NarrativeBlock b;
    b.page = page;
    b.text = DecodeUtf8(text);
    b.positions.assign(b.text.size(), GlyphPosition{page, {}});
    return b;
  };
  const std::vector<NarrativeBlock> blocks = {
      block(63, "一级指标二级指标指标内容指标值备注"),
      block(63, "评审、审计费用61.5万元"),
      block(20, "2022年本部门预算收入58124.29万元。"),
  };
  std::vector<Claim> claims;
  ExtractClaims(blocks, 2022, claims);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].not_table_fact, "performance");
  EXPECT_EQ(claims[1].not_table_fact, "");
  const std::vector<Claim> numbered = ClaimsOfSentence(
      "成本指标指标3：省级商贸流通专项资金项目审计、绩效评价和验收费用10万元", 2022);
  ASSERT_EQ(numbered.size(), 1u);
  EXPECT_EQ(numbered[0].not_table_fact, "performance");
}

// fz-city-civilaffairs-2026-unit-budget.pdf p. 25, in `一、预算收支总体情况` (a part about the
// whole budget): `其中：基本支出1451.64万元、项目支出798.28万元` names no fund, so it is the
// all-funds T3's figure, not T5's (一般公共预算 only, 693.28); stated in a part about T5, the
// same words would be T5's.
TEST(ClaimBinding, SubjectNamingNoFundIsTheDepartmentsWhole) {
  auto table = [](TableCode code, const std::string& title, const std::string& basic,
                  const std::string& project) {
    Table t;
    t.code = code;
    t.title = title;
    t.unit = Unit::kWanYuan;
    t.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
                 Amount(1, {"合计"}),
                 Amount(2, {"基本支出"}),
                 Amount(3, {"项目支出"})};
    t.rows = {Row("合计", {"2249.92", basic, project})};
    return t;
  };
  const std::vector<Table> tables = {
      table(TableCode::kT3, "支出总表", "1451.64", "798.28"),
      table(TableCode::kT5, "一般公共预算支出表", "1451.64", "693.28")};
  std::vector<Section> sections(1);
  sections[0].heading = "一、预算收支总体情况";
  sections[0].table = TableCode::kT1;
  std::vector<Claim> claims =
      ClaimsOfSentence("其中：基本支出1451.64万元、项目支出798.28万元。", 2026);
  for (Claim& c : claims) c.source.section = 0;
  BindClaims(tables, sections, claims, 2026);
  const Claim* project = Stating(claims, ClaimKind::kAmount, "798.28");
  ASSERT_NE(project, nullptr);
  ASSERT_TRUE(project->fact.has_value()) << project->unbound_reason;
  EXPECT_EQ(project->fact->code, TableCode::kT3);

  sections[0].heading = "五、一般公共预算支出情况";
  sections[0].table = TableCode::kT5;
  claims = ClaimsOfSentence("其中：基本支出1451.64万元、项目支出693.28万元。", 2026);
  for (Claim& c : claims) c.source.section = 0;
  BindClaims(tables, sections, claims, 2026);
  project = Stating(claims, ClaimKind::kAmount, "693.28");
  ASSERT_NE(project, nullptr);
  ASSERT_TRUE(project->fact.has_value()) << project->unbound_reason;
  EXPECT_EQ(project->fact->code, TableCode::kT5);
}

// suzhou-city-audit-2026-dept-budget.pdf p. 30 and its 政府采购预算表 (T11, p. 22): the total and
// the categories bind to T11's 合计 and 货物/服务 rows in its 总计 column, not its fund columns; a
// category T11 prints no row for stays unbound.
TEST(ClaimBinding, ProcurementAmountsReadTheProcurementTable) {
  Table t;
  t.code = TableCode::kT11;
  t.title = "政府采购预算表";
  t.unit = Unit::kWanYuan;
  t.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
               Amount(1, {"资金来源", "一般公共预算资金"}),
               Amount(2, {"总计"})};
  t.rows = {Row("合计", {"180.00", "188.50"}), Row("货物", {"5.50", "5.50"}),
            Row("服务", {"174.50", "183.00"})};
  std::vector<Claim> claims = ClaimsOfSentence(
      "2026年度政府采购支出预算总额188.5万元，其中：拟采购货物支出5.5万元、拟采购工程支出0万元、"
      "拟采购服务支出183万元。",
      2026);
  BindClaims({t}, {}, claims, 2026);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "188.5");
  const Claim* works = Stating(claims, ClaimKind::kAmount, "0");
  const Claim* services = Stating(claims, ClaimKind::kAmount, "183");
  ASSERT_TRUE(total && works && services);
  ASSERT_TRUE(total->fact.has_value()) << total->unbound_reason;
  EXPECT_EQ(total->fact->row, 0);
  EXPECT_EQ(total->fact->column, 2);
  ASSERT_TRUE(services->fact.has_value()) << services->unbound_reason;
  EXPECT_EQ(services->fact->row, 2);
  EXPECT_FALSE(works->fact.has_value());
  EXPECT_TRUE(works->not_table_fact.empty());

  // cq-city-commerce-2026-dept-budget.pdf p. 4: a fund's part reads that fund's column.
  Table cq;
  cq.code = TableCode::kT11;
  cq.title = "政府采购预算明细表";
  cq.unit = Unit::kWanYuan;
  cq.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
                Amount(1, {"总计"}),
                Amount(2, {"一般公共预算拨款收入"})};
  cq.rows = {Row("合计", {"6546.82", "5499.84"}), Row("货物", {"1267.79", "564.79"})};
  claims = ClaimsOfSentence(
      "所属各预算单位政府采购预算总额6,546.82万元:政府采购货物预算1,267.79万元;"
      "其中一般公共预算拨款政府采购预算5,499.84万元:政府采购货物预算564.79万元。",
      2026);
  BindClaims({cq}, {}, claims, 2026);
  for (const auto& [value, column] : std::vector<std::pair<std::string, int>>{
           {"6546.82", 1}, {"1267.79", 1}, {"5499.84", 2}, {"564.79", 2}}) {
    const Claim* c = Stating(claims, ClaimKind::kAmount, value);
    ASSERT_NE(c, nullptr) << value;
    ASSERT_TRUE(c->fact.has_value()) << value << " " << c->unbound_reason;
    EXPECT_EQ(c->fact->column, column) << value;
  }
}

// suzhou-city-audit-2026-dept-budget.pdf p. 24-25 (T2 p. 10): a carry-over column is never read
// for the year's figure, but the claim naming the carry-over of a fund reads it, the column
// named by its whole header path (`上年结转结余 › 一般公共预算`).
TEST(ClaimYears, CarryOverOfAFundReadsItsColumnByTheWholeHeaderPath) {
  Table t2;
  t2.code = TableCode::kT2;
  t2.title = "2026年部门收入预算总表";
  t2.unit = Unit::kWanYuan;
  t2.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
                Amount(1, {"合计"}),
                Amount(2, {"本年收入", "一般公共预算"}),
                Amount(3, {"上年结转结余", "小计"}),
                Amount(4, {"上年结转结余", "一般公共预算"})};
  t2.rows = {Row("合计", {"4651.67", "4651.67", "12.00", "7.00"})};
  std::vector<Claim> claims = ClaimsOfSentence(
      "上年结转结余的一般公共预算收入7.00万元，占0.15%；一般公共预算收入4651.67万元。", 2026);
  BindClaims({t2}, {}, claims, 2026);
  const Claim* carried = Stating(claims, ClaimKind::kAmount, "7.00");
  const Claim* year = Stating(claims, ClaimKind::kAmount, "4651.67");
  ASSERT_TRUE(carried && year);
  ASSERT_TRUE(carried->fact.has_value()) << carried->unbound_reason;
  EXPECT_EQ(carried->fact->column, 4);
  ASSERT_TRUE(year->fact.has_value()) << year->unbound_reason;
  EXPECT_EQ(year->fact->column, 2);
}

// xa-city-finance-2026-dept-budget.pdf p. 20 (T11 p. 41): the T11 lists items, not categories; a
// category is the sum of the items its 品目 code names (A 货物, B 工程, C 服务), and only while the
// coded items account for the whole 合计.
TEST(ClaimBinding, ProcurementCategoryIsTheSumOfItsCodedItems) {
  Table t11;
  t11.code = TableCode::kT11;
  t11.title = "政府采购预算表";
  t11.unit = Unit::kYuan;
  t11.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, Amount(1, {"预算金额"})};
  t11.rows = {Row("合计", {"45168700.00"}), Row("西安市财政局", {"45168700.00"}, "20106021116001"),
              Row("财政管理A02020400多功能一体机多功能一体机", {"495000.00"}),
              Row("财政管理C22010200一般会议服务决算汇审会", {"230000.00"}),
              Row("财政检查C23030000审计服务预决算公开及内审检查", {"44443700.00"})};
  const std::string sentence =
      "当年本部门政府采购预算共4,516.87万元，其中政府采购货物类预算49.50万元、政府采购服务类预算"
      "4,467.37万元、政府采购工程类预算0.00万元。";
  std::vector<Claim> claims = ClaimsOfSentence(sentence, 2026);
  BindClaims({t11}, {}, claims, 2026);
  const Claim* goods = Stating(claims, ClaimKind::kAmount, "49.50");
  const Claim* services = Stating(claims, ClaimKind::kAmount, "4467.37");
  const Claim* works = Stating(claims, ClaimKind::kAmount, "0.00");
  ASSERT_TRUE(goods && services && works);
  ASSERT_EQ(goods->fact_terms.size(), 1u) << goods->unbound_reason;
  EXPECT_EQ(goods->fact_terms[0].row, 2);
  ASSERT_EQ(services->fact_terms.size(), 2u) << services->unbound_reason;
  EXPECT_FALSE(works->Bound());  // no item coded B: no cell to bind
  // An uncoded item: the coded ones no longer add up to the 合计, so no category is derived.
  t11.rows[4].name = "财政检查审计服务预决算公开及内审检查";
  claims = ClaimsOfSentence(sentence, 2026);
  BindClaims({t11}, {}, claims, 2026);
  goods = Stating(claims, ClaimKind::kAmount, "49.50");
  ASSERT_NE(goods, nullptr);
  EXPECT_FALSE(goods->Bound());
}

// fs-city-railtransit-2019-dept-final.pdf p. 24-25: `总收入`/`总支出` are T1's grand totals.
TEST(ClaimBinding, TotalIncomeWordedTotalFirstIsTheGrandTotal) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "收入支出决算总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
                Amount(1, {"决算数"}),
                {2, ColumnKind::kName, 1, {"项目"}, "", 0, 0},
                {3, ColumnKind::kAmount, 1, {"决算数"}, "", 0, 0}};
  TableRow income = Row("本年收入合计", {"1668.14"});
  TableRow grand_income = Row("收入总计", {"1700.00"});
  TableRow spending = Row("支出总计", {"1690.00"});
  spending.lane = 1;
  spending.cells.insert(spending.cells.begin(), 2, Cell());
  t1.rows = {income, grand_income, spending};
  std::vector<Claim> claims =
      ClaimsOfSentence("佛山市轨道交通局2019年度总收入1700.00万元，总支出1690.00万元。", 2019);
  BindClaims({t1}, {}, claims, 2019);
  const Claim* in = Stating(claims, ClaimKind::kAmount, "1700.00");
  const Claim* out = Stating(claims, ClaimKind::kAmount, "1690.00");
  ASSERT_TRUE(in && out);
  ASSERT_TRUE(in->fact.has_value()) << in->subject << " " << in->unbound_reason;
  EXPECT_EQ(in->fact->row, 1);
  ASSERT_TRUE(out->fact.has_value()) << out->subject << " " << out->unbound_reason;
  EXPECT_EQ(out->fact->row, 2);
}

}  // namespace
}  // namespace fiscalcheck
