// The narrative rules of the catalogue, each on claims read from real sentence forms (the
// sentences of sh-putuo-planning-2024-final.pdf pp. 20–25, figures altered where a rule must
// fire). Each test fails when its rule is removed from the catalogue.
#include <string>
#include <tuple>
#include <vector>

#include "audit/auditor.h"
#include "extract/claims/claim_binder.h"
#include "extract/claims/claim_extractor.h"
#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

ReportModel NarrativeModel(const std::string& text, std::vector<Table> tables = {},
                           std::optional<TableCode> section_table = std::nullopt) {
  ReportModel m;
  m.files.emplace_back();
  m.files.back().path = "constructed.pdf";
  m.kind = ReportKind::kFinal;
  m.year = 2024;
  for (Table& t : tables) {
    m.tables.push_back(std::move(t));
    m.table_file.push_back(0);
  }
  m.narrative_only = m.tables.empty();
  m.narrative.claims = ClaimsOfSentence(text, 2024);
  m.narrative.sentence_count = 2;
  if (section_table) {
    Section s;
    s.heading = "五、一般公共预算财政拨款支出决算情况说明";
    s.level = 1;
    s.table = section_table;
    m.narrative.sections.push_back(s);
    for (Claim& c : m.narrative.claims) c.source.section = 0;
  }
  BindClaims(m.tables, m.narrative.sections, m.narrative.claims, 2024);
  return m;
}

// Findings of `rule` at `severity`.
int Count(const AuditResult& r, const std::string& rule, Severity severity) {
  int n = 0;
  for (const Finding& f : r.findings) {
    if (f.rule == rule && f.severity == severity) ++n;
  }
  return n;
}

Table GeneralBudget(const std::string& health) {
  Table t;
  t.code = TableCode::kT5;
  t.title = "一般公共预算财政拨款支出决算表";
  t.unit = Unit::kWanYuan;
  t.pages = {14};
  t.columns = {{0, ColumnKind::kCode, 0, {"科目编码"}, "", 0, 0},
               {1, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
               {2, ColumnKind::kAmount, 0, {"合计"}, "", 0, 0}};
  TableRow row;
  row.code = "210";
  row.level = 1;
  row.name = "卫生健康支出";
  row.page = 14;
  row.cells.resize(3);
  row.cells[0].text = "210";
  row.cells[1].text = "卫生健康支出";
  row.cells[2].text = health;
  row.cells[2].value = Decimal::Parse(health);
  t.rows.push_back(row);
  return t;
}

TEST(NarrativeRules, AmountAgainstItsTableFact) {
  ReportModel m = NarrativeModel("卫生健康支出（类）236.63万元，占2.43%。",
                                 {GeneralBudget("236.64")}, TableCode::kT5);
  ASSERT_TRUE(m.narrative.claims[0].fact.has_value());
  AuditResult r = RunAudit(m);
  EXPECT_EQ(Count(r, "narrative-amount", Severity::kWarning), 1);  // 尾差
  m = NarrativeModel("卫生健康支出（类）236.6万元。", {GeneralBudget("236.64")}, TableCode::kT5);
  EXPECT_EQ(Count(RunAudit(m), "narrative-amount", Severity::kWarning), 0);  // lower precision
  m = NarrativeModel("卫生健康支出（类）263.64万元。", {GeneralBudget("236.64")}, TableCode::kT5);
  r = RunAudit(m);
  ASSERT_EQ(Count(r, "narrative-amount", Severity::kWarning), 1);
  EXPECT_EQ(r.findings.front().expected, "236.64万元");
}

TEST(NarrativeRules, SharesAndCompletionRecomputed) {
  const std::string shares =
      "本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%"
      "。";
  const AuditResult clean = RunAudit(NarrativeModel(shares));
  EXPECT_EQ(Count(clean, "narrative-ratio", Severity::kWarning) +
                Count(clean, "narrative-ratio", Severity::kError),
            0);
  ReportModel slip = NarrativeModel(
      "本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.11%；项目支出4381.74万元，占44.90%"
      "。");
  EXPECT_EQ(Count(RunAudit(slip), "narrative-ratio", Severity::kWarning), 1);
  ReportModel wrong = NarrativeModel(
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的99.45%"
      "。");
  EXPECT_EQ(Count(RunAudit(wrong), "narrative-ratio", Severity::kError), 1);
  ReportModel right = NarrativeModel(
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.46%"
      "。");
  EXPECT_EQ(Count(RunAudit(right), "narrative-ratio", Severity::kError), 0);
}

TEST(NarrativeRules, GrowthOnTheEarlierFigure) {
  // 142.80 − (−13.52): earlier 156.32; 13.52 / 156.32 = 8.65%.
  const std::string ok = "机关运行经费支出142.80万元，比2023年度减少13.52万元，下降8.65%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(ok)), "narrative-ratio", Severity::kWarning), 0);
  const std::string off = "机关运行经费支出142.80万元，比2023年度减少13.52万元，下降9.65%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(off)), "narrative-ratio", Severity::kWarning), 1);
}

TEST(NarrativeRules, UndefinedRatio) {
  const std::string text = "年初预算为0.00万元，支出决算为5.00万元，完成年初预算的100.00%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "undefined-ratio", Severity::kWarning), 1);
}

TEST(NarrativeRules, DirectionWords) {
  const std::string text = "机关运行经费支出142.80万元，比2023年度增加13.52万元，下降8.65%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "direction-words", Severity::kWarning), 1);
  const std::string versus =
      "支出年初预算为452.40万元，支出决算为446.11万元，完成年初预算的98.61%"
      "。决算数大于预算数的主要原因：基数变更。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(versus)), "direction-words", Severity::kWarning), 1);
}

TEST(NarrativeRules, CompositionExceedingItsTotal) {
  const std::string text = "本年支出合计100.00万元，其中：基本支出80.00万元，项目支出30.00万元。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "narrative-composition", Severity::kWarning), 1);
  const std::string partial = "本年支出合计100.00万元，其中：基本支出80.00万元。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(partial)), "narrative-composition", Severity::kWarning),
            0);
}

TEST(NarrativeRules, StatedTwice) {
  const std::string text =
      "一般公共预算财政拨款支出9746.50万元。一般公共预算财政拨款支出9756.50万元。";
  EXPECT_EQ(
      Count(RunAudit(NarrativeModel(text, {}, TableCode::kT5)), "stated-twice", Severity::kWarning),
      1);
}

TEST(NarrativeRules, Placeholder) {
  const std::string text =
      "2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降（增长）27.78%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "placeholder", Severity::kWarning), 1);
}

// Empty slots are a unit with no figure before it, not a unit character that starts a longer
// word: the rounding note `本表金额转换为万元时` (fs-city-railtransit-2019-dept-final.pdf p.7,
// xa-city-health-2022-dept-final.pdf p.146), `减少人员经费` (sh-putuo-finance-2024-final.pdf
// p.22), `为人民群众` (huzhou-city-health-2026-dept-budget.pdf p.6), a run-together header
// `合计人员经费公用经费` (cc-city-petition-2026-dept-budget.pdf p.15).
TEST(NarrativeRules, PlaceholderEmptySlotIsNoPartOfAWord) {
  for (const std::string text :
       {"本表金额转换为万元时，因四舍五入可能存在尾差。", "人员进出及退休变化，减少人员经费开支。",
        "以改革创新为动力，为人民群众提供全方位全周期健康服务。",
        "合计人员经费公用经费政府采购资金",
        "2026年预算数3,623.98为万元，比2025年执行减少21,519.26万元。"}) {
    EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "placeholder", Severity::kWarning), 0) << text;
  }
  for (const std::string text : {"年末公务用车保有量辆。", "比上年增加万元，主要原因是…",
                                 "公务接待费占%，其中国内接待费", "本部门实有人数人，其中在职"}) {
    EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "placeholder", Severity::kWarning), 1) << text;
  }
}

// fs-city-railtransit-2019-dept-final.pdf p.26: a completion rate of 0% on a zero budget says
// nothing about the direction (`决算大于预算数` is right: 0.16 > 0); undefined-ratio reports the
// rate. The same direction words twice in one sentence are read once.
TEST(NarrativeRules, DirectionWordsNotOnAZeroBudget) {
  const std::string zero =
      "公务接待费支出决算为0.16万元，完成预算0万元的0%。“三公”经费支出决算大于预算数的主要情况："
      "预算数为0，因此，“三公”经费支出的决算数大于预算数。";
  const AuditResult r = RunAudit(NarrativeModel(zero));
  EXPECT_EQ(Count(r, "direction-words", Severity::kWarning), 0);
  EXPECT_EQ(Count(r, "undefined-ratio", Severity::kWarning), 1);
  const std::string twice =
      "支出年初预算为452.40万元，支出决算为446.11万元，完成年初预算的98.61%。"
      "决算数大于预算数的主要原因：基数变更，因此决算数大于预算数。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(twice)), "direction-words", Severity::kWarning), 1);
}

// fs-city-railtransit-2019-dept-final.pdf p.26: a growth rate on a zero 年初预算 (the amount
// equals its increase), stated twice in one sentence: one finding. sh-putuo-socialwork-2024-
// final.pdf p.18: the completion of a 年初预算 of 0 (the 95.89% is against the 全年预算).
TEST(NarrativeRules, UndefinedRatioOnTheBaseTheTextNames) {
  const std::string growth =
      "其中：一般公共预算财政拨款支出1668.14万元，比年初预算数增加1668.14万元，增长0%；"
      "主要是因为我局去年预算数为0，因此增长率为0%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(growth)), "undefined-ratio", Severity::kWarning), 1);
  const std::string initial =
      "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，"
      "完成年初预算的95.89%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(initial)), "undefined-ratio", Severity::kWarning), 1);
  const std::string adjusted =
      "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，"
      "完成全年预算的95.89%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(adjusted)), "undefined-ratio", Severity::kWarning), 0);
}

// Figures that share a label but are different quantities are not one fact stated twice: a list
// in one sentence (xa-city-health-2022-dept-final.pdf p.20), this year's against last year's
// (huzhou-city-health-2026-dept-budget.pdf p.13), a `其中…` subset against the total
// (cq-city-commerce-2026-dept-budget.pdf p.4), and figures in other years or scopes.
TEST(NarrativeRules, StatedTwiceNeedsTheSameQuantity) {
  auto count = [](const std::string& text) {
    return Count(RunAudit(NarrativeModel(text, {}, TableCode::kT8)), "stated-twice",
                 Severity::kWarning);
  };
  EXPECT_EQ(count("2022年度政府性基金预算财政拨款年初结转和结余58,830.98万元，收入决算509,220.66"
                  "万元，支出决算568,051.63万元。"),
            0);
  EXPECT_EQ(count("政府采购预算总额6,546.82万元：政府采购工程预算465.53万元；其中一般公共预算拨款"
                  "政府采购5,499.84万元：政府采购工程预算121.55万元。"),
            0);
  EXPECT_EQ(count("2026年安排新改扩建项目资金600.00万元。同比2025年新改扩建项目资金940.00万元。"),
            0);
  EXPECT_EQ(count("政府采购工程预算465.53万元。其中一般公共预算拨款政府采购工程预算121.55万元。"),
            0);
  // The totals of two functional subjects (js-prov-procuratorate-2018-dept-budget.pdf p.26).
  EXPECT_EQ(count("检察（款）：2018年预算支出合计16,444.36万元。"
                  "行政运行（项）：2018年预算支出合计1,836.22万元。"),
            0);
  // The same subject, year and scope in two sentences is still one fact.
  EXPECT_EQ(count("政府性基金预算财政拨款支出568,051.63万元。政府性基金预算财政拨款支出568,061.63"
                  "万元。"),
            1);
}

// The mutation-report case `本年收入合计 2,015,094.22 → XX` (xa-city-health-2022-dept-final.pdf
// p.9): with the total left as residue, 其他收入's 4.91% was once read against another amount
// of the list (a spurious narrative-ratio finding). No share of the list is checked against a
// guessed base.
TEST(NarrativeRules, NoShareCheckAgainstAGuessedBase) {
  const std::string text =
      "2022年度本年收入合计XX万元，其中：财政拨款收入805,251.56万元，占39.96%；事业收入"
      "1,110,972.11万元，占55.13%；其他收入98,870.55万元，占4.91%。";
  EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "narrative-ratio", Severity::kWarning), 0);
  EXPECT_EQ(Count(RunAudit(NarrativeModel(text)), "narrative-ratio", Severity::kError), 0);
}

// js-prov-highcourt-2018-dept-budget.pdf p. 21 (T6 pp. 11-12): `人员经费` is no cell but T6's
// 301 + 303. Within the rounding envelope of the sum (each term ± 0.005) it passes, even one
// unit of the last digit off the exact sum; a figure beyond it is flagged with every term cell as
// evidence.
Table BasicByClass(const std::string& allowances) {
  Table t;
  t.code = TableCode::kT6;
  t.title = "一般公共预算财政拨款基本支出决算表";
  t.unit = Unit::kWanYuan;
  t.pages = {11, 12};
  t.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
               {1, ColumnKind::kAmount, 0, {"金额"}, "", 0, 0}};
  for (const auto& [code, name, figure] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"301", "工资福利支出", "13747.87"},
           {"302", "商品和服务支出", "3407.38"},
           {"303", "对个人和家庭的补助", allowances}}) {
    TableRow row;
    row.code = code;
    row.level = 1;
    row.name = name;
    row.page = 12;
    row.cells.resize(2);
    row.cells[0].text = name;
    row.cells[1].text = figure;
    row.cells[1].value = Decimal::Parse(figure);
    t.rows.push_back(row);
  }
  return t;
}

TEST(NarrativeRules, DerivedFactAgainstTheSumOfItsCells) {
  ReportModel m =
      NarrativeModel("（一）人员经费15163.44万元。", {BasicByClass("1415.57")}, TableCode::kT6);
  ASSERT_EQ(m.narrative.claims[0].fact_terms.size(), 2u) << m.narrative.claims[0].unbound_reason;
  EXPECT_EQ(Count(RunAudit(m), "narrative-amount", Severity::kWarning), 0);
  // 15163.45 is within 15163.44 ± (0.005 + 0.005): consistent, not even a 尾差.
  m = NarrativeModel("（一）人员经费15163.45万元。", {BasicByClass("1415.57")}, TableCode::kT6);
  EXPECT_EQ(Count(RunAudit(m), "narrative-amount", Severity::kWarning), 0);
  m = NarrativeModel("（一）人员经费15163.4万元。", {BasicByClass("1415.57")}, TableCode::kT6);
  EXPECT_EQ(Count(RunAudit(m), "narrative-amount", Severity::kWarning), 0);
  // 303 printed 1515.57: the text's figure is 100.00 short of the classes' sum.
  m = NarrativeModel("（一）人员经费15163.44万元。", {BasicByClass("1515.57")}, TableCode::kT6);
  const AuditResult r = RunAudit(m);
  ASSERT_EQ(Count(r, "narrative-amount", Severity::kWarning), 1);
  const Finding& f = r.findings.front();
  EXPECT_EQ(f.category, "narrative-derived");
  EXPECT_EQ(f.expected, "15263.44万元");
  EXPECT_EQ(f.difference, "-100.00万元");
  ASSERT_EQ(f.evidence.size(), 3u);  // the sentence, 301 and 303
  EXPECT_EQ(f.evidence[1].text, "13747.87");
  EXPECT_EQ(f.evidence[2].text, "1515.57");
}

}  // namespace
}  // namespace fiscalcheck
