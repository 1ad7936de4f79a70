// Tables rebuilt from real reports of the bundled corpus, checked against the PDFs by eye
// (pdftoppm renders); the complete cell-by-cell comparison lives in golden_tables_test.cc.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/tables/table_builder.h"
#include "extract/tables/table_identities.h"
#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

const std::vector<Table>& TablesOf(const std::string& name) {
  static auto* cache = new std::map<std::string, std::vector<Table>>();
  auto it = cache->find(name);
  if (it == cache->end()) {
    absl::StatusOr<Document> doc = ExtractDocument(testing::ProjectCorpusFile(name));
    EXPECT_TRUE(doc.ok()) << doc.status();
    it = cache->emplace(name, doc.ok() ? BuildTables(*doc) : std::vector<Table>()).first;
  }
  return it->second;
}

const Table* Find(const std::vector<Table>& tables, TableCode code) {
  for (const Table& t : tables) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

const TableRow* RowNamed(const Table& t, const std::string& name, int lane = -1) {
  for (const TableRow& r : t.rows) {
    if (r.name == name && (lane < 0 || r.lane == lane)) return &r;
  }
  return nullptr;
}

const TableRow* RowCoded(const Table& t, const std::string& code) {
  for (const TableRow& r : t.rows) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

// The row's amount cells in its lane, as printed values ("" for blank).
std::vector<std::string> Values(const Table& t, const TableRow& r) {
  std::vector<std::string> out;
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != r.lane) continue;
    const Cell& cell = r.cells[c.index];
    out.push_back(cell.value ? cell.value->ToString() : cell.text);
  }
  return out;
}

using Strings = std::vector<std::string>;

constexpr char kPlanning[] = "sh-putuo-planning-2024-final.pdf";  // Word 2010, 决算

TEST(TableBuilder, FinalAccountsHaveTheNineStandardTables) {
  const auto& tables = TablesOf(kPlanning);
  std::string codes;
  for (const Table& t : tables) codes += std::string(TableCodeName(t.code)) + " ";
  EXPECT_EQ(codes, "T1 T2 T3 T4 T5 T6 T7 T8 T9 ");
  for (const Table& t : tables) {
    EXPECT_EQ(t.unit, Unit::kWanYuan) << t.title;
    EXPECT_TRUE(t.insufficient_data.empty()) << t.title << ": " << t.insufficient_data;
  }
  EXPECT_EQ(Find(tables, TableCode::kT2)->pages, (std::vector<int>{8, 9}));
  // T8 and T9 are empty, and say so.
  EXPECT_TRUE(Find(tables, TableCode::kT8)->declares_empty);
  EXPECT_TRUE(Find(tables, TableCode::kT8)->rows.empty());
  EXPECT_TRUE(Find(tables, TableCode::kT9)->declares_empty);
}

TEST(TableBuilder, TwoLaneSummaryTable) {
  const Table* t1 = Find(TablesOf(kPlanning), TableCode::kT1);
  ASSERT_NE(t1, nullptr);
  EXPECT_EQ(t1->lanes, 2);
  const TableRow* income = RowNamed(*t1, "本年收入合计", 0);
  const TableRow* spending = RowNamed(*t1, "本年支出合计", 1);
  ASSERT_NE(income, nullptr);
  ASSERT_NE(spending, nullptr);
  EXPECT_EQ(Values(*t1, *income), Strings{"9746.50"});
  EXPECT_EQ(Values(*t1, *spending), Strings{"9759.38"});
  // Blank is not zero: nothing is printed for 政府性基金 income.
  const TableRow* fund = RowNamed(*t1, "二、政府性基金预算财政拨款收入", 0);
  ASSERT_NE(fund, nullptr);
  EXPECT_EQ(Values(*t1, *fund), Strings{""});
}

TEST(TableBuilder, WrappedNamesAndCodesOnTheirOwnBaselines) {
  const Table* t5 = Find(TablesOf(kPlanning), TableCode::kT5);
  ASSERT_NE(t5, nullptr);
  const TableRow* row = RowCoded(*t5, "2080505");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->name, "机关事业单位基本养老保险缴费支出");
  EXPECT_EQ(row->level, 3);
  EXPECT_EQ(Values(*t5, *row), (Strings{"446.11", "446.11", "0.00"}));
  const TableRow* housing = RowCoded(*t5, "22102");  // code printed above its row on p. 15
  ASSERT_NE(housing, nullptr);
  EXPECT_EQ(housing->name, "住房改革支出");
  EXPECT_EQ(housing->page, 15);
  std::vector<std::string> paths;
  for (const Column& c : t5->columns) {
    if (c.kind == ColumnKind::kAmount) paths.push_back(ColumnPathText(c));
  }
  EXPECT_EQ(paths, (Strings{"合计", "基本支出", "项目支出"}));
}

TEST(TableBuilder, EconomicClassesInTwoBlocks) {
  const Table* t6 = Find(TablesOf(kPlanning), TableCode::kT6);
  ASSERT_NE(t6, nullptr);
  EXPECT_EQ(t6->lanes, 2);
  const TableRow* wages = RowCoded(*t6, "301");
  const TableRow* office = RowCoded(*t6, "30201");
  ASSERT_NE(wages, nullptr);
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(wages->lane, 0);
  EXPECT_EQ(office->lane, 1);
  EXPECT_EQ(office->name, "办公费");
  EXPECT_EQ(Values(*t6, *office), Strings{"84.62"});
  EXPECT_EQ(Values(*t6, *RowNamed(*t6, "人员经费合计")), Strings{"4884.09"});
}

TEST(TableBuilder, OnlyOfficeTopAlignedCellsJoinTheirRows) {
  // sh-putuo-finance-2024 p. 10: 基本支出/项目支出 cells sit 7 pt above the row's baseline.
  const Table* t3 = Find(TablesOf("sh-putuo-finance-2024-final.pdf"), TableCode::kT3);
  ASSERT_NE(t3, nullptr);
  const TableRow* total = RowNamed(*t3, "合计");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->code, "");
  const auto v = Values(*t3, *total);
  ASSERT_GE(v.size(), 3u);
  EXPECT_EQ((Strings{v[0], v[1], v[2]}), (Strings{"2940.05", "2336.91", "603.14"}));
  const TableRow* run = RowCoded(*t3, "2010601");  // split 类/款/项 columns
  ASSERT_NE(run, nullptr);
  EXPECT_EQ(run->name, "行政运行");
  EXPECT_EQ(Values(*t3, *run)[0], "1511.89");
  EXPECT_EQ(Values(*t3, *run)[2], "8.37");
}

TEST(TableBuilder, SplitDecimalsAndBlankCells) {
  const Table* t2 = Find(TablesOf("cq-city-commerce-2026-dept-budget.pdf"), TableCode::kT2);
  ASSERT_NE(t2, nullptr);
  const TableRow* total = RowNamed(*t2, "合计");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(Values(*t2, *total), (Strings{"174900.64", "101833.84", "41534.73", "", "22070.82",
                                          "2461.25", "", "", "6282.98", "717.01"}));
  EXPECT_EQ(RowCoded(*t2, "2011301")->name, "行政运行");
}

TEST(TableBuilder, RowNumberColumnsAreNeverAmounts) {
  const Table* t1 = Find(TablesOf("fs-city-railtransit-2019-dept-final.pdf"), TableCode::kT1);
  ASSERT_NE(t1, nullptr);
  EXPECT_EQ(t1->FindColumn(ColumnKind::kRowNumber, 0), 1);
  EXPECT_EQ(t1->columns[1].path.back(), "行次");
  const TableRow* first = RowNamed(*t1, "一、一般公共预算财政拨款收入");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->row_number, "1");
  EXPECT_EQ(Values(*t1, *first), Strings{"1668.14"});
  EXPECT_EQ(t1->pages, (std::vector<int>{5, 6, 7}));  // continued under a repeated title
}

TEST(TableBuilder, RotatedPagesAndThreeLanes) {
  const Table* t1 = Find(TablesOf("js-prov-npcoffice-2019-dept-budget-tables.pdf"), TableCode::kT1);
  ASSERT_NE(t1, nullptr);
  EXPECT_EQ(t1->lanes, 3);
  EXPECT_EQ(Values(*t1, *RowNamed(*t1, "一、财政拨款", 0)), Strings{"18330.37"});
  EXPECT_EQ(Values(*t1, *RowNamed(*t1, "一、一般公共服务支出", 1)), Strings{"13907.78"});
  EXPECT_EQ(Values(*t1, *RowNamed(*t1, "一、基本支出", 2)), Strings{"9312.90"});
}

TEST(TableBuilder, BlankTemplateTablesAreReportedNotDropped) {
  const auto& tables = TablesOf("template-sh-dept-final-2024-blank.pdf");
  EXPECT_EQ(tables.size(), 9u);
  int insufficient = 0;
  for (const Table& t : tables) {
    if (!t.insufficient_data.empty()) ++insufficient;
  }
  EXPECT_GT(insufficient, 0);
}

TEST(TableBuilder, StructuralIdentitiesHoldOnShanghaiFinalAccounts) {
  for (const char* file : {kPlanning, "sh-putuo-finance-2024-final.pdf"}) {
    int checks = 0;
    for (const Table& t : TablesOf(file)) {
      for (const IdentityCheck& c : CheckStructuralIdentities(t)) {
        ++checks;
        EXPECT_EQ(c.outcome, Agreement::kConsistent)
            << file << " " << TableCodeName(t.code) << " " << c.description << " stated "
            << c.stated.ToString() << " sum " << c.expected.ToString();
      }
    }
    EXPECT_GT(checks, 120) << file;
  }
}

}  // namespace
}  // namespace fiscalcheck

namespace fiscalcheck {
namespace {

// sh-putuo-finance-2024-final.pdf p. 18 (ONLYOFFICE, ruled): the “三公” table's twelve 预算数 /
// 决算数 columns, ten of them blank in every row. Only the lowest header labels (the leaves) make
// blank columns; the labels spanning them (`因公出国（境）费`, `小计`) label them.
TEST(TableBuilder, BlankColumnsComeFromLeafHeaderLabels) {
  const Table* t7 = Find(TablesOf("sh-putuo-finance-2024-final.pdf"), TableCode::kT7);
  ASSERT_NE(t7, nullptr);
  Strings paths;
  for (const Column& c : t7->columns) paths.push_back(ColumnPathText(c));
  EXPECT_EQ(paths,
            (Strings{"财政拨款“三公”经费 › 合计 › 预算数", "财政拨款“三公”经费 › 合计 › 决算数",
                     "财政拨款“三公”经费 › 因公出国（境）费 › 预算数",
                     "财政拨款“三公”经费 › 因公出国（境）费 › 决算数",
                     "财政拨款“三公”经费 › 公务用车购置及运行费 › 小计 › 预算数",
                     "财政拨款“三公”经费 › 公务用车购置及运行费 › 小计 › 决算数",
                     "财政拨款“三公”经费 › 公务用车购置及运行费 › 公务用车购置费 › 预算数",
                     "财政拨款“三公”经费 › 公务用车购置及运行费 › 公务用车购置费 › 决算数",
                     "财政拨款“三公”经费 › 公务用车购置及运行费 › 公务用车运行费 › 预算数",
                     "财政拨款“三公”经费 › 公务用车购置及运行费 › 公务用车运行费 › 决算数",
                     "财政拨款“三公”经费 › 公务接待费 › 预算数",
                     "财政拨款“三公”经费 › 公务接待费 › 决算数"}));
  ASSERT_EQ(t7->rows.size(), 1u);
  EXPECT_EQ(Values(*t7, t7->rows[0]),
            (Strings{"0.95", "", "", "", "", "", "", "", "", "", "0.95", ""}));
}

// sz-city-finance-2026-dept-budget.pdf: the 预算单位 column names the department on the first
// row of T3 (p. 20), which is its total (no 合计 row is printed); T7 (p. 38) prints the unit
// beside the 年度 column, one row per year.
TEST(TableBuilder, DepartmentRowIsTheTotalAndYearsAreNotCodes) {
  const auto& tables = TablesOf("sz-city-finance-2026-dept-budget.pdf");
  const Table* t3 = Find(tables, TableCode::kT3);
  ASSERT_NE(t3, nullptr);
  ASSERT_FALSE(t3->rows.empty());
  EXPECT_EQ(t3->rows[0].name, "合计");
  EXPECT_EQ(Values(*t3, t3->rows[0])[0], "37385.88");
  const Table* t7 = Find(tables, TableCode::kT7);
  ASSERT_NE(t7, nullptr);
  Strings names, codes;
  for (const TableRow& r : t7->rows) {
    names.push_back(r.name);
    codes.push_back(r.code);
  }
  EXPECT_EQ(names, (Strings{"2025年", "2026年", "增减变化金额"}));
  EXPECT_EQ(codes, (Strings{"", "", ""}));
}

// ---- Task H3 (owner prefixes; the page number a table read as a column) ----

// central-nationalpetition-2026-dept-budget.pdf pp. 12-13 (landscape): the page numbers `11` and
// `12` sit 0.35 pt above the margin zone, so layout leaves them in the body; they are no row of
// T6 and no amount column beside its 合计 / 人员经费 / 公用经费.
TEST(TableBuilder, UnmarkedPageNumberIsNoRowOrColumn) {
  const auto& tables = TablesOf("central-nationalpetition-2026-dept-budget.pdf");
  const Table* t6 = Find(tables, TableCode::kT6);
  ASSERT_NE(t6, nullptr);
  int amounts = 0;
  for (const Column& c : t6->columns) amounts += c.kind == ColumnKind::kAmount ? 1 : 0;
  EXPECT_EQ(amounts, 3);
  const TableRow* total = RowNamed(*t6, "合计");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(Values(*t6, *total), (Strings{"9880.88", "7504.62", "2376.26"}));
  for (const TableRow& r : t6->rows) EXPECT_FALSE(r.name.empty() && r.code.empty());
}

// ---- Lead: figures wrapped inside their cell ----

// cc-city-petition-2026-dept-budget.pdf p. 10: narrow T5 cells wrap the last decimal digit onto
// the next line (`1682.7` over `6`), read back as `1682.7 6`: one figure, not a column gap.
TEST(TableBuilder, DecimalDigitWrappedInItsCellIsOneFigure) {
  for (const auto& [text, shown] : std::vector<std::pair<std::string, std::string>>{
           {"1682.7 6", "1682.76"}, {"0.0 0", "0.00"}, {"1,378.4 1", "1378.41"}}) {
    const auto figure = ParseCellFigure(text);
    ASSERT_TRUE(figure.has_value()) << text;
    EXPECT_EQ(figure->ToString(), shown) << text;
  }
  // Two integers, or a space before the point, are no such figure.
  EXPECT_FALSE(ParseCellFigure("1682 76").has_value());
  EXPECT_FALSE(ParseCellFigure("1682 .76").has_value());
  bool percent = false;
  ASSERT_TRUE(ParseCellFigure("-60.9%", &percent).has_value());
  EXPECT_TRUE(percent);
}

// ---- Task H5: failing identities that were table-builder defects (shared corpus) ----

// The tables of a shared-corpus file, or nullptr when ../shared/corpus is absent.
const std::vector<Table>* SharedTablesOf(const std::string& name) {
  static auto* cache = new std::map<std::string, std::vector<Table>>();
  const std::string dir = testing::SharedCorpusDir();
  if (dir.empty()) return nullptr;
  auto it = cache->find(name);
  if (it == cache->end()) {
    absl::StatusOr<Document> doc = ExtractDocument(dir + "/" + name);
    EXPECT_TRUE(doc.ok()) << doc.status();
    it = cache->emplace(name, doc.ok() ? BuildTables(*doc) : std::vector<Table>()).first;
  }
  return &it->second;
}

const Table* FindOnPage(const std::vector<Table>& tables, TableCode code, int page) {
  for (const Table& t : tables) {
    if (t.code == code && t.title_page == page) return &t;
  }
  return nullptr;
}

int FailingIdentities(const Table& t) {
  int failing = 0;
  for (const IdentityCheck& c : CheckStructuralIdentities(t)) {
    if (c.outcome != Agreement::kConsistent) ++failing;
  }
  return failing;
}

// sh-putuo-wanli-2024-dept-budget.pdf p. 29: the split 类 / 款 columns print `301` `2` and `301`
// `7` (the spreadsheet dropped the leading zero): 30102 津贴补贴 and 30107 绩效工资, items of
// 301, which then adds up.
TEST(TableBuilder, SplitCodePartsMissingTheirLeadingZero) {
  const auto* tables = SharedTablesOf("sh-putuo-wanli-2024-dept-budget.pdf");
  if (tables == nullptr) GTEST_SKIP() << "../shared/corpus is not present";
  const Table* t6 = FindOnPage(*tables, TableCode::kT6, 29);
  ASSERT_NE(t6, nullptr);
  const TableRow* allowances = RowCoded(*t6, "30102");
  ASSERT_NE(allowances, nullptr);
  EXPECT_EQ(allowances->name, "津贴补贴");
  const TableRow* performance = RowCoded(*t6, "30107");
  ASSERT_NE(performance, nullptr);
  EXPECT_EQ(performance->name, "绩效工资");
  EXPECT_EQ(FailingIdentities(*t6), 0);
}

// xa-city-health-2022-dept-final.pdf p. 153 (T4): the lane title `支出` stands over the
// right-aligned figures of the 合计 column, whose own label `合计` (and 栏次 number 2) is
// centred further left in its cell. `合计` labels that column; it is no blank column beside it.
TEST(TableBuilder, LaneTitleOverFiguresDoesNotDisplaceTheColumnLabel) {
  const auto* tables = SharedTablesOf("xa-city-health-2022-dept-final.pdf");
  if (tables == nullptr) GTEST_SKIP() << "../shared/corpus is not present";
  const Table* t4 = FindOnPage(*tables, TableCode::kT4, 153);
  ASSERT_NE(t4, nullptr);
  Strings paths, numbers;
  for (const Column& c : t4->columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != 1) continue;
    paths.push_back(ColumnPathText(c));
    numbers.push_back(c.column_number);
  }
  EXPECT_EQ(paths, (Strings{"支出 › 合计", "支出 › 一般公共预算财政拨款",
                            "支出 › 政府性基金预算财政拨款", "支出 › 国有资本经营预算财政拨款"}));
  EXPECT_EQ(numbers, (Strings{"2", "3", "4", "5"}));
  const TableRow* spending = RowNamed(*t4, "本年支出合计", 1);
  ASSERT_NE(spending, nullptr);
  EXPECT_EQ(Values(*t4, *spending), (Strings{"864099.38", "296047.75", "568051.63", ""}));
  EXPECT_EQ(FailingIdentities(*t4), 0);
}

// xa-city-propaganda-2021-dept-budget.pdf p. 24 (T5): the title wraps inside its bracket
// (`…（按支出功能分类科` / `目-不含上年结转）`); the second line is the title's, not a label over
// the first two columns that would cut 公用经费支出 and 专项业务经费支出 out of the row totals.
TEST(TableBuilder, TitleWrappedInsideItsBracketIsNoHeaderLabel) {
  const auto* tables = SharedTablesOf("xa-city-propaganda-2021-dept-budget.pdf");
  if (tables == nullptr) GTEST_SKIP() << "../shared/corpus is not present";
  const Table* t5 = FindOnPage(*tables, TableCode::kT5, 24);
  ASSERT_NE(t5, nullptr);
  EXPECT_NE(t5->title.find("不含上年结转）"), std::string::npos) << t5->title;
  Strings paths;
  for (const Column& c : t5->columns) {
    if (c.kind == ColumnKind::kAmount) paths.push_back(ColumnPathText(c));
  }
  EXPECT_EQ(paths, (Strings{"合计", "人员经费支出", "公用经费支出", "专项业务经费支出", "备注"}));
  EXPECT_EQ(FailingIdentities(*t5), 0);
}

// xa-city-science-2022-dept-budget.pdf p. 43 (T2): the unit name runs up to the 合计 figure and
// layout returns one segment `西安市硬科技产业发展服务 1153992.13`: the name and the figure
// are split again, the figure in its column.
TEST(TableBuilder, NameRunIntoTheNextFigureIsSplitFromIt) {
  const auto* tables = SharedTablesOf("xa-city-science-2022-dept-budget.pdf");
  if (tables == nullptr) GTEST_SKIP() << "../shared/corpus is not present";
  const Table* t2 = FindOnPage(*tables, TableCode::kT2, 43);
  ASSERT_NE(t2, nullptr);
  const TableRow* unit = RowNamed(*t2, "西安市硬科技产业发展服务");
  ASSERT_NE(unit, nullptr);
  ASSERT_FALSE(Values(*t2, *unit).empty());
  EXPECT_EQ(Values(*t2, *unit)[0], "1153992.13");
  EXPECT_EQ(FailingIdentities(*t2), 0);
}

}  // namespace
}  // namespace fiscalcheck
