// The narrative rules of the catalogue, each on claims read from real sentence forms (the
// sentences of sh-putuo-planning-2024-final.pdf pp. 20–25, figures altered where a rule must
// fire). Each test fails when its rule is removed from the catalogue.
#include <string>
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

}  // namespace
}  // namespace fiscalcheck
