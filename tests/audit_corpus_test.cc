// The auditor on real PDFs and through the command line: the 尾差 of sh-putuo-planning-2024
// (T1 vs T3) as warnings, exit codes of `audit`, the JSON contract, the catalogue in README.md,
// and no crash over the shared corpus.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "audit/auditor.h"
#include "audit/catalogue.h"
#include "extract/extract.h"
#include "extract/report_facts.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

using ::fiscalcheck::testing::BinaryPath;
using ::fiscalcheck::testing::ProjectCorpusFile;
using ::fiscalcheck::testing::RunCommand;
using ::fiscalcheck::testing::SharedCorpusDir;

constexpr char kPlanning[] = "sh-putuo-planning-2024-final.pdf";
constexpr char kFinance[] = "sh-putuo-finance-2024-final.pdf";

ReportModel ModelOf(const std::string& path) {
  auto doc = ExtractDocument(path);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  std::vector<Document> files;
  if (doc.ok()) files.push_back(*std::move(doc));
  return BuildReportModel(std::move(files));
}

TEST(AuditCorpus, PlanningReportFactsAndClassRoundingSlips) {
  const ReportModel model = ModelOf(ProjectCorpusFile(kPlanning));
  EXPECT_EQ(model.kind, ReportKind::kFinal);
  EXPECT_EQ(model.year, 2024);
  EXPECT_EQ(model.department, "上海市普陀区规划和自然资源局");
  EXPECT_FALSE(model.narrative_only);
  const AuditResult result = RunAudit(model);
  std::vector<std::string> slips;
  for (const Finding& f : result.findings) {
    if (f.rule == "cross-t1-t3-classes") {
      EXPECT_EQ(f.severity, Severity::kWarning) << f.message;
      EXPECT_EQ(f.category, "rounding");
      slips.push_back(f.stated + " vs " + f.expected);
    }
  }
  EXPECT_EQ(slips, (std::vector<std::string>{"236.63 vs 236.64", "3845.25 vs 3845.24"}));
  for (const Finding& f : result.findings) {
    if (f.rule.rfind("table-", 0) == 0 || f.rule.rfind("cross-", 0) == 0) {
      EXPECT_NE(f.severity, Severity::kError) << f.rule << ": " << f.message;
    }
  }
  EXPECT_GT(result.coverage.Totals().passed, 150);
}

TEST(AuditCorpus, CommandLineJsonAndExitCodes) {
  const auto r = RunCommand(BinaryPath(), {"audit", ProjectCorpusFile(kPlanning), "--format",
                                           "json", "--min-severity", "warning"});
  const auto json = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(json.is_discarded()) << r.out.substr(0, 300);
  EXPECT_EQ(json["document"]["kind"], "决算");
  EXPECT_EQ(json["document"]["year"], 2024);
  EXPECT_EQ(json["tables"].size(), 9u);
  EXPECT_EQ(json["sha256"].get<std::string>().size(), 64u);
  for (const char* key : {"checks", "passed", "failed", "not_applicable", "insufficient_data"}) {
    EXPECT_TRUE(json["coverage"].contains(key)) << key;
  }
  EXPECT_TRUE(json["coverage_by_rule"].contains("table-identity"));
  bool slip = false;
  for (const auto& f : json["findings"]) {
    EXPECT_NE(f["severity"], "info");
    slip = slip || (f["rule"] == "cross-t1-t3-classes" && f["stated"] == "236.63");
    ASSERT_FALSE(f["evidence"].empty());
    EXPECT_TRUE(f["evidence"][0].contains("bbox"));
  }
  EXPECT_TRUE(slip);
  // Exit 0 unless a finding reaches error severity; the planning report's table findings are
  // warnings, so its exit code follows the error count the audit reports.
  const auto text = RunCommand(BinaryPath(), {"audit", ProjectCorpusFile(kPlanning)});
  EXPECT_NE(text.out.find("Coverage:"), std::string::npos);
  EXPECT_EQ(text.exit_code, text.out.find("\nERRORS (") == std::string::npos ? 0 : 1);
  EXPECT_EQ(RunCommand(BinaryPath(), {"audit", "/nonexistent.pdf"}).exit_code, 2);
  EXPECT_EQ(
      RunCommand(BinaryPath(), {"audit", ProjectCorpusFile(kPlanning), "--min-severity", "loud"})
          .exit_code,
      2);
}

TEST(AuditCorpus, TrueTableErrorExitsOne) {
  const std::string dir = SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  // cc-city-petition-2026 T6 p.11 prints 301 工资福利支出 911.21 over items summing to 920.96.
  const auto r = RunCommand(BinaryPath(), {"audit", dir + "/cc-city-petition-2026-dept-budget.pdf",
                                           "--format", "json", "--min-severity", "error"});
  EXPECT_EQ(r.exit_code, 1);
  const auto json = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(json.is_discarded());
  bool found = false;
  for (const auto& f : json["findings"]) {
    found = found || (f["rule"] == "table-hierarchy" && f["stated"] == "911.21" &&
                      f["expected"] == "920.96");
  }
  EXPECT_TRUE(found);
}

// The findings of `rule` (any severity at or above warning) in `result`.
std::vector<const Finding*> Warnings(const AuditResult& result, const std::string& rule) {
  std::vector<const Finding*> out;
  for (const Finding& f : result.findings) {
    if (f.rule == rule && f.severity >= Severity::kWarning) out.push_back(&f);
  }
  return out;
}

bool AnyStated(const std::vector<const Finding*>& findings, const std::string& stated) {
  for (const Finding* f : findings) {
    if (f->stated == stated) return true;
  }
  return false;
}

// The false positives of corpus/REVIEWED.md on fs-city-railtransit-2019-dept-final.pdf, and the
// growth rate on a zero base it found missing.
TEST(AuditCorpus, FoshanReviewedFalsePositivesAndMiss) {
  const ReportModel model = ModelOf(ProjectCorpusFile("fs-city-railtransit-2019-dept-final.pdf"));
  // The contents page (p.2) lists the eight tables T1–T8 of the 2019 Foshan set, no T9.
  std::set<TableCode> eight;
  for (int code = 1; code <= 8; ++code) eight.insert(static_cast<TableCode>(code));
  EXPECT_EQ(model.contents_tables, eight);
  const AuditResult r = RunAudit(model);
  // W1: the contents lists 8 tables and T1 (p.5) has no 国有资本经营 line: no T9 owed.
  EXPECT_TRUE(Warnings(r, "table-missing").empty());
  EXPECT_GE(r.coverage.by_rule.at("table-missing").not_applicable, 1);
  // W2: `本表金额转换为万元时` (p.7…23) is the rounding note, not an empty slot.
  EXPECT_FALSE(AnyStated(Warnings(r, "placeholder"), "为万元"));
  // W3: T8 (p.22) prints 0.00 in its cells, and p.24/26 state the funds as 0 万元.
  EXPECT_TRUE(Warnings(r, "table-empty-unstated").empty());
  // W4/W5: `决算大于预算数` against `完成预算0万元的0%` (p.26): the rate is undefined, not a fall.
  EXPECT_TRUE(Warnings(r, "direction-words").empty());
  // Missed: p.26 `比年初预算数增加1668.14万元，增长0%`: a growth rate on a zero base.
  bool growth = false;
  for (const Finding* f : Warnings(r, "undefined-ratio")) {
    growth = growth || (f->message.find("growth") != std::string::npos && !f->evidence.empty() &&
                        f->evidence[0].page == 26);
  }
  EXPECT_TRUE(growth);
}

// Empty-slot false positives (REVIEWED.md pattern 4) and the blank template's true residue.
TEST(AuditCorpus, EmptySlotsAreNotPartsOfWords) {
  // sh-putuo-finance-2024-final.pdf p.22 `减少人员经费开支`.
  EXPECT_TRUE(Warnings(RunAudit(ModelOf(ProjectCorpusFile(kFinance))), "placeholder").empty());
  // The blank template keeps all 9 of its residue findings (XX, XXX, ……, 增加（减少）…).
  const AuditResult blank =
      RunAudit(ModelOf(ProjectCorpusFile("template-sh-dept-final-2024-blank.pdf")));
  EXPECT_EQ(Warnings(blank, "placeholder").size(), 9u);
  const std::string dir = SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  // huzhou p.6/p.52 `为人民群众`; cc p.15 `合计人员经费公用经费`.
  for (const char* name :
       {"huzhou-city-health-2026-dept-budget.pdf", "cc-city-petition-2026-dept-budget.pdf"}) {
    const auto found = Warnings(RunAudit(ModelOf(dir + "/" + name)), "placeholder");
    EXPECT_FALSE(AnyStated(found, "为人") || AnyStated(found, "合计人")) << name;
  }
}

// stated-twice false positives (REVIEWED.md pattern 3): a `其中一般公共预算拨款…` subset
// against the all-funds total (cq p.4), a list of different facts in one sentence (xa p.20), two
// projects told apart by a parenthetical under a heading's subject (xa p.33/p.34), this year's
// against last year's (huzhou p.13).
TEST(AuditCorpus, StatedTwiceOnlyForOneQuantity) {
  EXPECT_TRUE(
      Warnings(RunAudit(ModelOf(ProjectCorpusFile("cq-city-commerce-2026-dept-budget.pdf"))),
               "stated-twice")
          .empty());
  const std::string dir = SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  for (const char* name :
       {"xa-city-health-2022-dept-final.pdf", "huzhou-city-health-2026-dept-budget.pdf"}) {
    const AuditResult r = RunAudit(ModelOf(dir + "/" + name));
    EXPECT_TRUE(Warnings(r, "stated-twice").empty()) << name;
    EXPECT_FALSE(AnyStated(Warnings(r, "placeholder"), "为万元")) << name;
  }
}

// hz-city-meteorology-2026-dept-budget.pdf p.10 `委托业务费财政拨款预算总额236.75万元` is basic and
// project spending; T6 (p.20, basic expenditure only) shows 29.50: not the same fact.
TEST(AuditCorpus, NarrowerTableIsNotTheFigure) {
  const AuditResult r =
      RunAudit(ModelOf(ProjectCorpusFile("hz-city-meteorology-2026-dept-budget.pdf")));
  EXPECT_FALSE(AnyStated(Warnings(r, "narrative-amount"), "236.75万元"));
}

// sh-putuo-socialwork-2024-final.pdf p.18: `年初预算为0万元，全年预算为321.02万元，…完成年初预算的
// 95.89%`: a completion of a zero 年初预算, undefined.
TEST(AuditCorpus, CompletionOfAZeroInitialBudget) {
  const std::string dir = SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  const AuditResult r = RunAudit(ModelOf(dir + "/sh-putuo-socialwork-2024-final.pdf"));
  EXPECT_TRUE(AnyStated(Warnings(r, "undefined-ratio"), "95.89%"));
}

// A T6 printed as two lanes (人员经费 | 公用经费, each with its 合计; Shanghai 决算): the
// narrative's `一般公共预算财政拨款基本支出` is their sum. sh-putuo-finance-2024-final.pdf p.23
// states 2336.91 = 2152.26 + 184.65 (no finding); sh-putuo-planning-2024-final.pdf p.24 states
// 5377.64 where T6 p.16 gives 4884.09 + 480.66 = 5364.75 (its 人员经费 4896.98 is of all funds).
TEST(AuditCorpus, BasicExpenditureOfATwoLaneT6IsTheSumOfItsLanes) {
  const ReportModel finance = ModelOf(ProjectCorpusFile(kFinance));
  bool derived = false;
  for (const Claim& c : finance.narrative.claims) {
    if (c.kind == ClaimKind::kAmount && c.value && c.value->ToString() == "2336.91") {
      derived = c.fact_terms.size() == 2;
    }
  }
  EXPECT_TRUE(derived);
  EXPECT_FALSE(AnyStated(Warnings(RunAudit(finance), "narrative-amount"), "2336.91万元"));
  const AuditResult planning = RunAudit(ModelOf(ProjectCorpusFile(kPlanning)));
  EXPECT_TRUE(AnyStated(Warnings(planning, "narrative-amount"), "5377.64万元"));
}

TEST(AuditCorpus, ReadmeRuleCatalogueIsGenerated) {
  std::ifstream in(std::string(FISCALCHECK_SOURCE_DIR) + "/README.md");
  std::string line, table;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) inside = line == "## Rule catalogue";
    if (inside && line.rfind("|", 0) == 0) table += line + "\n";
  }
  EXPECT_EQ(table, CatalogueMarkdown())
      << "README.md's \"Rule catalogue\" section is generated: build/fiscalcheck rules";
  const auto r = RunCommand(BinaryPath(), {"rules", "--format", "markdown"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, CatalogueMarkdown());
}

TEST(AuditCorpus, SharedCorpusAuditsWithoutCrashAndWithCompleteCoverage) {
  const std::string dir = SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  // Every sixth file in name order (all of them cost minutes under the sanitizers; the whole
  // corpus is audited by hand, see the closing notes): every region and producer still appears.
  std::vector<std::filesystem::path> pdfs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path());
  }
  std::sort(pdfs.begin(), pdfs.end());
  int audited = 0;
  for (size_t i = 0; i < pdfs.size(); i += 6) {
    auto doc = ExtractDocument(pdfs[i].string());
    if (!doc.ok()) continue;  // the scanned file: refused with its reason elsewhere
    std::vector<Document> files;
    files.push_back(*std::move(doc));
    const ReportModel model = BuildReportModel(std::move(files));
    const AuditResult result = RunAudit(model);
    EXPECT_EQ(result.coverage.rule_order.size(), Catalogue().size()) << pdfs[i];
    ++audited;
  }
  EXPECT_GE(audited, 8);
}

// ---- Task H1: tables of one row per period ----

// sz-city-portoffice-2026-dept-budget.pdf p. 9 against its T7 (p. 31, one row per year: `2025年`,
// `2026年`, `增减变化金额`): the 三公 figures of 2026 read the `2026年` row, and agree with it.
TEST(AuditCorpus, ShenzhenSanGongReadsTheRowOfItsYear) {
  const std::string dir = SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  const ReportModel model = ModelOf(dir + "/sz-city-portoffice-2026-dept-budget.pdf");
  int year_row = 0;
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kAmount || !c.fact || c.fact->code != TableCode::kT7) continue;
    EXPECT_EQ(model.tables[c.fact->table].rows[c.fact->row].name.find("2026"), 0u) << c.subject;
    ++year_row;
  }
  EXPECT_GE(year_row, 6);  // 43.79 total, 36.14, 1.65, 6.00, 0.00, 6.00
  const AuditResult result = RunAudit(model);
  const auto amount_findings = Warnings(result, "narrative-amount");
  for (const char* figure : {"43.79万元", "36.14万元", "1.65万元", "6.00万元"}) {
    EXPECT_FALSE(AnyStated(amount_findings, figure)) << figure;
  }
}

// ---- Task H4: table-like text (tables no parsed table covers) is no narrative ----

// xa-city-science-2022-dept-budget.pdf p. 26-27: a 2022-vs-2021 comparison by functional subject
// that no standard table covers, with a `主要原因` text column. Its rows (`2022 比 2021 -117.05
// -139.51 22.46 0 0`) were read as sentences and gave claims such as `2022比2021-353.47-352.92
// 15.45-` 160万元; they are set apart and counted, and the prose above them on p. 26 is kept.
TEST(AuditCorpus, ComparisonTableIsNoNarrative) {
  const std::string dir = SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  const ReportModel model = ModelOf(dir + "/xa-city-science-2022-dept-budget.pdf");
  bool prose_kept = false;
  for (const Claim& c : model.narrative.claims) {
    if (c.source.page != 26 && c.source.page != 27) continue;
    EXPECT_EQ(c.source.sentence.find("2022比2021"), std::string::npos) << c.source.sentence;
    // `（23）购房补贴支出（2210203）支出226.13万元，比上年增加174.97万元` above the table.
    if (c.value && c.value->ToString() == "174.97") prose_kept = true;
  }
  EXPECT_TRUE(prose_kept);
  int regions = 0, lines = 0;
  for (const TableLikeRegion& r : model.narrative.table_like) {
    if (r.page != 26 && r.page != 27) continue;
    ++regions;
    lines += r.lines;
  }
  EXPECT_GE(regions, 2);
  EXPECT_GT(lines, 60);
}

}  // namespace
}  // namespace fiscalcheck
