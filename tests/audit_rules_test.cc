// Each rule of the catalogue on constructed reports: a broken table (or report fact) yields that
// rule's finding, so removing the rule from the catalogue fails its test. Also: grouping of one
// root cause, the massive-failure guard, coverage and the catalogue's Markdown.
#include <string>
#include <vector>

#include "audit/auditor.h"
#include "audit/catalogue.h"
#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

Column Col(int index, ColumnKind kind, std::vector<std::string> path, int lane = 0,
           std::string number = "") {
  Column c;
  c.index = index;
  c.kind = kind;
  c.lane = lane;
  c.path = std::move(path);
  c.column_number = std::move(number);
  return c;
}

TableRow Row(const std::string& code, const std::string& name, size_t columns,
             const std::vector<std::pair<int, std::string>>& values, int lane = 0,
             const std::string& row_number = "") {
  TableRow r;
  r.code = code;
  r.level = code.size() == 3 ? 1 : code.size() == 5 ? 2 : code.size() == 7 ? 3 : 0;
  r.name = name;
  r.lane = lane;
  r.row_number = row_number;
  r.page = 5;
  r.cells.assign(columns, Cell());
  for (const auto& [col, text] : values) {
    r.cells[col].text = text;
    r.cells[col].value = Decimal::Parse(text);
    r.cells[col].page = 5;
  }
  return r;
}

Table MakeTable(TableCode code, std::vector<Column> columns, std::vector<TableRow> rows,
                int lanes = 1) {
  Table t;
  t.code = code;
  t.title = std::string(TableCodeName(code));
  t.pages = {5};
  t.title_page = 5;
  t.unit = Unit::kWanYuan;
  t.lanes = lanes;
  t.columns = std::move(columns);
  t.rows = std::move(rows);
  return t;
}

// T1: income 一般公共预算 `income`; spending 一般公共服务 100.00 and 卫生健康 `health`.
Table T1(const std::string& income, const std::string& health, const std::string& spent) {
  return MakeTable(
      TableCode::kT1,
      {Col(0, ColumnKind::kName, {"收入", "项目"}), Col(1, ColumnKind::kAmount, {"收入", "决算数"}),
       Col(2, ColumnKind::kName, {"支出", "项目"}, 1),
       Col(3, ColumnKind::kAmount, {"支出", "决算数"}, 1)},
      {Row("", "一、一般公共预算财政拨款收入", 4, {{1, income}}),
       Row("", "本年收入合计", 4, {{1, income}}),
       Row("", "一、一般公共服务支出", 4, {{3, "100.00"}}, 1),
       Row("", "二、卫生健康支出", 4, {{3, health}}, 1),
       Row("", "本年支出合计", 4, {{3, spent}}, 1)},
      2);
}

// A subject table (T3 or T5): 合计, 201 and 210 with 基本/项目 columns.
Table Subjects(TableCode code, const std::string& health, const std::string& total) {
  return MakeTable(
      code,
      {Col(0, ColumnKind::kCode, {"科目编码"}), Col(1, ColumnKind::kName, {"科目名称"}),
       Col(2, ColumnKind::kAmount, {"合计"}), Col(3, ColumnKind::kAmount, {"基本支出"}),
       Col(4, ColumnKind::kAmount, {"项目支出"})},
      {Row("", "合计", 5, {{2, total}, {3, total}, {4, "0.00"}}),
       Row("201", "一般公共服务支出", 5, {{2, "100.00"}, {3, "100.00"}, {4, "0.00"}}),
       Row("210", "卫生健康支出", 5, {{2, health}, {3, health}, {4, "0.00"}})});
}

ReportModel Model(std::vector<Table> tables, ReportKind kind = ReportKind::kFinal) {
  ReportModel m;
  m.files.emplace_back();
  m.files.back().path = "constructed.pdf";
  for (Table& t : tables) {
    m.tables.push_back(std::move(t));
    m.table_file.push_back(0);
  }
  m.kind = kind;
  m.year = 2024;
  m.department = "上海市普陀区规划和自然资源局";
  return m;
}

const Finding* Find(const AuditResult& r, const std::string& rule, Severity severity) {
  for (const Finding& f : r.findings) {
    const bool related =
        std::find(f.related_rules.begin(), f.related_rules.end(), rule) != f.related_rules.end();
    if ((f.rule == rule || related) && f.severity == severity) return &f;
  }
  return nullptr;
}

TEST(AuditRules, TableIdentityErrorAndSlip) {
  Table t = Subjects(TableCode::kT3, "236.64", "336.64");
  t.rows[2].cells[3].text = "226.64";  // 基本 + 项目 ≠ 合计 by 10
  t.rows[2].cells[3].value = Decimal::Parse("226.64");
  AuditResult r = RunAudit(Model({t}));
  const Finding* f = Find(r, "table-identity", Severity::kError);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->category, "arithmetic");
  EXPECT_EQ(f->stated, "236.64");
  EXPECT_EQ(f->expected, "226.64");
  EXPECT_FALSE(f->evidence.empty());
  EXPECT_EQ(f->evidence.front().table, "T3");
  EXPECT_TRUE(r.HasError());

  t = Subjects(TableCode::kT3, "236.64", "336.64");
  // Off by 0.02 in a sum of two figures: outside the intervals by less than 0.01 (尾差).
  t.rows[2].cells[3].text = "236.62";
  t.rows[2].cells[3].value = Decimal::Parse("236.62");
  r = RunAudit(Model({t}));
  f = Find(r, "table-identity", Severity::kWarning);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->category, "rounding");
}

TEST(AuditRules, TableHierarchy) {
  Table t = Subjects(TableCode::kT5, "236.64", "336.64");
  t.rows.push_back(
      Row("21011", "行政事业单位医疗", 5, {{2, "200.00"}, {3, "200.00"}, {4, "0.00"}}));
  const AuditResult r = RunAudit(Model({t}));
  const Finding* f = Find(r, "table-hierarchy", Severity::kError);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->stated, "236.64");
  EXPECT_EQ(f->expected, "200.00");
  // One wrong row repeated across the 合计 and 基本支出 columns is one finding.
  int hierarchy = 0;
  for (const Finding& x : r.findings) hierarchy += x.rule == "table-hierarchy";
  EXPECT_EQ(hierarchy, 1);
  EXPECT_GE(f->evidence.size(), 4u);
}

TEST(AuditRules, MassiveFailuresAreInsufficientData) {
  Table t = MakeTable(
      TableCode::kT3,
      {Col(0, ColumnKind::kName, {"科目名称"}), Col(1, ColumnKind::kAmount, {"合计"}),
       Col(2, ColumnKind::kAmount, {"基本支出"}), Col(3, ColumnKind::kAmount, {"项目支出"})},
      {});
  for (int i = 0; i < 6; ++i) {
    t.rows.push_back(Row("", "行" + std::to_string(i), 4,
                         {{1, std::to_string(100 + i) + ".00"}, {2, "1.00"}, {3, "1.00"}}));
  }
  const AuditResult r = RunAudit(Model({t}));
  EXPECT_EQ(Find(r, "table-identity", Severity::kError), nullptr);
  EXPECT_EQ(r.coverage.by_rule.at("table-identity").insufficient_data, 6);
}

TEST(AuditRules, NoteIdentityRowsAndColumns) {
  Table t =
      MakeTable(TableCode::kT1,
                {Col(0, ColumnKind::kName, {"项目"}), Col(1, ColumnKind::kRowNumber, {"行次"}),
                 Col(2, ColumnKind::kAmount, {"金额"}, 0, "1"),
                 Col(3, ColumnKind::kAmount, {"其中A"}, 0, "2"),
                 Col(4, ColumnKind::kAmount, {"其中B"}, 0, "3")},
                {Row("", "甲", 5, {{2, "10.00"}, {3, "4.00"}, {4, "6.00"}}, 0, "1"),
                 Row("", "乙", 5, {{2, "5.00"}, {3, "2.00"}, {4, "3.00"}}, 0, "2"),
                 Row("", "丙", 5, {{2, "16.00"}, {3, "6.00"}, {4, "9.00"}}, 0, "3")});
  t.notes = {"注：3行 = (1+2) 行；1栏各行 = (2+3) 栏各行。"};
  const AuditResult r = RunAudit(Model({t}));
  const Finding* f = Find(r, "table-note-identity", Severity::kError);
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("3行 = (1+2) 行"), std::string::npos) << f->message;
  // 3行 fails in 金额 (16 vs 15) and 其中B (9 vs 9 passes; 6 vs 6 passes); 1栏 fails on 丙.
  EXPECT_GE(r.coverage.by_rule.at("table-note-identity").passed, 4);
}

TEST(AuditRules, CrossT1T3ClassesRoundingSlip) {
  const AuditResult r = RunAudit(
      Model({T1("336.63", "236.63", "336.63"), Subjects(TableCode::kT3, "236.64", "336.64")}));
  const Finding* f = Find(r, "cross-t1-t3-classes", Severity::kWarning);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->category, "rounding");
  EXPECT_FALSE(r.HasError());
}

TEST(AuditRules, CrossT1T3ClassesError) {
  const AuditResult r = RunAudit(
      Model({T1("336.63", "236.63", "336.63"), Subjects(TableCode::kT3, "246.63", "346.63")}));
  EXPECT_NE(Find(r, "cross-t1-t3-classes", Severity::kError), nullptr);
}

Table T2(const std::string& total, const std::string& appropriation) {
  return MakeTable(
      TableCode::kT2,
      {Col(0, ColumnKind::kCode, {"科目编码"}), Col(1, ColumnKind::kName, {"科目名称"}),
       Col(2, ColumnKind::kAmount, {"本年收入合计"}), Col(3, ColumnKind::kAmount, {"财政拨款收入"}),
       Col(4, ColumnKind::kAmount, {"事业收入"})},
      {Row("", "合计", 5, {{2, total}, {3, appropriation}, {4, "0.00"}})});
}

TEST(AuditRules, CrossT1T2Income) {
  const AuditResult r = RunAudit(Model({T1("336.63", "236.63", "336.63"), T2("346.63", "346.63")}));
  EXPECT_NE(Find(r, "cross-t1-t2-income", Severity::kError), nullptr);
}

Table T4(const std::string& income, const std::string& general_health,
         const std::string& fund_total) {
  return MakeTable(
      TableCode::kT4,
      {Col(0, ColumnKind::kName, {"收入", "项目"}), Col(1, ColumnKind::kAmount, {"收入", "决算数"}),
       Col(2, ColumnKind::kName, {"支出", "项目"}, 1),
       Col(3, ColumnKind::kAmount, {"支出", "合计"}, 1),
       Col(4, ColumnKind::kAmount, {"支出", "一般公共预算财政拨款"}, 1),
       Col(5, ColumnKind::kAmount, {"支出", "政府性基金预算财政拨款"}, 1)},
      {Row("", "一、一般公共预算财政拨款", 6, {{1, income}}),
       Row("", "本年收入合计", 6, {{1, income}}),
       Row("", "一、一般公共服务支出", 6, {{3, "100.00"}, {4, "100.00"}}, 1),
       Row("", "二、卫生健康支出", 6, {{3, general_health}, {4, general_health}}, 1),
       Row("", "本年支出合计", 6, {{3, income}, {4, "336.63"}, {5, fund_total}}, 1)},
      2);
}

TEST(AuditRules, CrossT2T4Appropriation) {
  const AuditResult r = RunAudit(Model({T2("336.63", "336.63"), T4("346.63", "236.63", "")}));
  EXPECT_NE(Find(r, "cross-t2-t4-appropriation", Severity::kError), nullptr);
}

TEST(AuditRules, CrossT4T5GeneralBudget) {
  const AuditResult r =
      RunAudit(Model({T4("336.63", "236.63", ""), Subjects(TableCode::kT5, "246.63", "346.63")}));
  EXPECT_NE(Find(r, "cross-t4-t5-general-budget", Severity::kError), nullptr);
}

TEST(AuditRules, CrossT5T6Basic) {
  Table t6 = MakeTable(
      TableCode::kT6,
      {Col(0, ColumnKind::kCode, {"科目编码"}), Col(1, ColumnKind::kName, {"科目名称"}),
       Col(2, ColumnKind::kAmount, {"决算数"})},
      {Row("", "合计", 3, {{2, "300.00"}}), Row("301", "工资福利支出", 3, {{2, "300.00"}})});
  const AuditResult r = RunAudit(Model({Subjects(TableCode::kT5, "236.64", "336.64"), t6}));
  EXPECT_NE(Find(r, "cross-t5-t6-basic", Severity::kError), nullptr);
}

TEST(AuditRules, CrossT4T8FundDeclaredEmpty) {
  Table t8 = MakeTable(TableCode::kT8, {}, {});
  t8.declares_empty = true;
  const AuditResult r = RunAudit(Model({T4("336.63", "236.63", "50.00"), t8}));
  EXPECT_NE(Find(r, "cross-t4-t8-fund", Severity::kError), nullptr);
}

TEST(AuditRules, TableMissingAndNarrativeOnly) {
  AuditResult r = RunAudit(Model({T1("336.63", "236.63", "336.63")}));
  const Finding* f = Find(r, "table-missing", Severity::kWarning);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->category, "structure");
  ReportModel narrative = Model({});
  narrative.narrative_only = true;
  r = RunAudit(narrative);
  EXPECT_NE(Find(r, "table-missing", Severity::kInfo), nullptr);
  EXPECT_EQ(Find(r, "table-missing", Severity::kWarning), nullptr);
}

TEST(AuditRules, TableEmptyWithoutStatement) {
  Table t8 = MakeTable(TableCode::kT8, {}, {});
  AuditResult r = RunAudit(Model({t8}));
  EXPECT_NE(Find(r, "table-empty-unstated", Severity::kWarning), nullptr);
  t8.declares_empty = true;
  r = RunAudit(Model({t8}));
  EXPECT_EQ(Find(r, "table-empty-unstated", Severity::kWarning), nullptr);
}

// A T8 that prints 0.00 in its cells states the zero itself (fs-city-railtransit-2019-dept-final
// .pdf p.22); one whose cells are all blank shows no figures; a sentence stating the funds as
// 0 万元 is a statement too.
TEST(AuditRules, TableEmptyExplicitZerosAndStatedZero) {
  const std::vector<Column> columns = {Col(0, ColumnKind::kName, {"项目"}),
                                       Col(1, ColumnKind::kAmount, {"本年支出", "合计"})};
  Table zeros = MakeTable(TableCode::kT8, columns, {Row("", "合计", 2, {{1, "0.00"}})});
  EXPECT_EQ(Find(RunAudit(Model({zeros})), "table-empty-unstated", Severity::kWarning), nullptr);
  Table blank = MakeTable(TableCode::kT8, columns, {Row("", "合计", 2, {})});
  EXPECT_NE(Find(RunAudit(Model({blank})), "table-empty-unstated", Severity::kWarning), nullptr);
  ReportModel stated = Model({blank});
  Claim zero;
  zero.kind = ClaimKind::kAmount;
  zero.value = Decimal::Parse("0");
  zero.unit = Unit::kWanYuan;
  zero.subject = "政府性基金预算财政拨款支出";
  stated.narrative.claims.push_back(zero);
  EXPECT_EQ(Find(RunAudit(stated), "table-empty-unstated", Severity::kWarning), nullptr);
}

// A table the report's own contents page does not list (the 2019 Foshan 决算 lists 8 tables,
// fs-city-railtransit-2019-dept-final.pdf p.2) or whose funds have no line in T1 (no
// 国有资本经营 row) is not owed: not-applicable, not missing. A listed table that is absent is.
TEST(AuditRules, TableMissingFollowsTheReportsOwnList) {
  // The report's 目录 lists T1–T8 (read into the model by BuildReportModel; see
  // AuditCorpus.FoshanReviewedFalsePositivesAndMiss for the reading itself).
  auto with_contents = [&](std::vector<Table> tables) {
    ReportModel m = Model(std::move(tables));
    for (int code = 1; code <= 8; ++code) m.contents_tables.insert(static_cast<TableCode>(code));
    return m;
  };
  std::vector<Table> eight;
  for (int code = 1; code <= 8; ++code) {
    eight.push_back(MakeTable(static_cast<TableCode>(code), {}, {}));
    eight.back().declares_empty = true;
  }
  AuditResult r = RunAudit(with_contents(eight));
  EXPECT_EQ(Find(r, "table-missing", Severity::kWarning), nullptr);
  EXPECT_GE(r.coverage.by_rule.at("table-missing").not_applicable, 1);
  // Without the list, T9 is owed unless T1 shows there are no such funds.
  r = RunAudit(Model(eight));
  EXPECT_NE(Find(r, "table-missing", Severity::kWarning), nullptr);
  std::vector<Table> with_t1 = eight;
  with_t1[0] = T1("336.63", "236.63", "336.63");
  r = RunAudit(Model(with_t1));
  EXPECT_EQ(Find(r, "table-missing", Severity::kWarning), nullptr);
  // A listed table that is absent is missing.
  std::vector<Table> seven(eight.begin(), eight.end() - 1);
  r = RunAudit(with_contents(seven));
  EXPECT_NE(Find(r, "table-missing", Severity::kWarning), nullptr);
}

TEST(AuditRules, YearAndDepartmentConsistency) {
  ReportModel m = Model({});
  m.year_sightings = {{"2024", 0, 1, "cover", "2024年度部门决算"},
                      {"2023", 0, 7, "table title", "2023年度部门决算表收入支出决算总表"}};
  m.department_sightings = {{"上海市普陀区规划和自然资源局", 0, 1, "cover", "…"},
                            {"上海市普陀区财政局", 0, 7, "table title", "…"}};
  const AuditResult r = RunAudit(m);
  const Finding* y = Find(r, "report-year-consistency", Severity::kWarning);
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->stated, "2023");
  EXPECT_EQ(y->evidence.front().page, 7);
  EXPECT_NE(Find(r, "report-department-consistency", Severity::kWarning), nullptr);
}

TEST(AuditRules, MinSeverityFiltersFindingsNotCoverage) {
  const ReportModel m =
      Model({T1("336.63", "236.63", "336.63"), Subjects(TableCode::kT3, "236.64", "336.64")});
  AuditOptions options;
  options.min_severity = Severity::kError;
  const AuditResult all = RunAudit(m);
  const AuditResult errors = RunAudit(m, options);
  EXPECT_TRUE(errors.findings.empty());
  EXPECT_EQ(errors.warnings, all.warnings);
  EXPECT_EQ(errors.coverage.Totals().checks, all.coverage.Totals().checks);
  // Every catalogued rule has a ledger entry.
  EXPECT_EQ(all.coverage.rule_order.size(), Catalogue().size());
}

TEST(AuditRules, GroupingMergesOneCause) {
  Finding a;
  a.rule = "table-identity";
  a.severity = Severity::kWarning;
  a.difference = "0.01";
  a.keys = {"0:1:2:3"};
  a.evidence = {{0, 5, "T3", "210", "合计", "236.64", std::nullopt}};
  Finding b = a;
  b.rule = "table-hierarchy";
  b.severity = Severity::kError;
  b.difference = "-0.01";
  b.keys = {"0:1:1:3", "0:1:2:3"};
  b.evidence = {{0, 5, "T3", "21011", "合计", "236.63", std::nullopt}};
  Finding c = a;
  c.keys = {"0:9:9:9"};
  c.difference = "0.02";
  const auto grouped = GroupFindings({a, b, c});
  ASSERT_EQ(grouped.size(), 2u);
  EXPECT_EQ(grouped[0].severity, Severity::kError);
  EXPECT_EQ(grouped[0].rule, "table-hierarchy");
  EXPECT_EQ(grouped[0].related_rules, std::vector<std::string>{"table-identity"});
  EXPECT_EQ(grouped[0].evidence.size(), 2u);
}

TEST(AuditRules, CatalogueIdsAreUniqueKebabCase) {
  std::vector<std::string> ids;
  for (const Rule* r : Catalogue()) {
    const std::string id = r->id;
    EXPECT_EQ(id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos)
        << id;
    EXPECT_EQ(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
    ids.push_back(id);
  }
  EXPECT_NE(CatalogueMarkdown().find("`table-identity`"), std::string::npos);
}

}  // namespace
}  // namespace fiscalcheck
