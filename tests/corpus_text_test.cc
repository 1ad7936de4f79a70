// Exact lines and paragraphs from real reports of the bundled corpus, one producer per test
// group, each checked by hand against the PDF rendered by pdftoppm and against pdftotext.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

using ::fiscalcheck::testing::ProjectCorpusFile;

const Document& Doc(const std::string& name) {
  static auto* cache = new std::map<std::string, std::unique_ptr<Document>>();
  auto it = cache->find(name);
  if (it == cache->end()) {
    absl::StatusOr<Document> doc = ExtractDocument(ProjectCorpusFile(name));
    EXPECT_TRUE(doc.ok()) << doc.status();
    auto owned = std::make_unique<Document>(doc.ok() ? *std::move(doc) : Document());
    it = cache->emplace(name, std::move(owned)).first;
  }
  return *it->second;
}

const Page& PageOf(const std::string& name, int number) {
  const Document& doc = Doc(name);
  static const Page kEmpty;
  if (number < 1 || number > static_cast<int>(doc.pages.size())) return kEmpty;
  return doc.pages[number - 1];
}

// Index of the paragraph with exactly this text on the page, or -1.
int FindParagraph(const Page& page, const std::string& text) {
  for (size_t i = 0; i < page.paragraphs.size(); ++i) {
    if (page.paragraphs[i].text == text) return static_cast<int>(i);
  }
  return -1;
}

int FindLine(const Page& page, const std::string& text) {
  for (size_t i = 0; i < page.lines.size(); ++i) {
    if (page.lines[i].text == text) return static_cast<int>(i);
  }
  return -1;
}

std::string Dump(const Page& page) {
  std::string out;
  for (const Line& l : page.lines) out += "  | " + l.text + "\n";
  return out;
}

#define EXPECT_PARAGRAPH(file, page, text) \
  EXPECT_GE(FindParagraph(PageOf(file, page), text), 0) << Dump(PageOf(file, page))
#define EXPECT_LINE(file, page, text) \
  EXPECT_GE(FindLine(PageOf(file, page), text), 0) << Dump(PageOf(file, page))

// ---- ONLYOFFICE: CJK boxes ~3 pt tall, digit-led boxes ~22 pt tall (pages 20-25) ----
constexpr char kOnlyOffice[] = "sh-putuo-finance-2024-final.pdf";

TEST(CorpusText, OnlyOfficeEmptyTableAndItsStatement) {
  EXPECT_LINE(kOnlyOffice, 20, "国有资本经营预算财政拨款收入支出决算表");
  EXPECT_LINE(kOnlyOffice, 20, "科目编码  科目名称  小计  基本支出  项目支出");
  EXPECT_LINE(kOnlyOffice, 20, "类  款  项");
  EXPECT_PARAGRAPH(kOnlyOffice, 20,
                   "注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。");
}

TEST(CorpusText, OnlyOfficeDigitLedRunsStayInTheirSentences) {
  const Page& page = PageOf(kOnlyOffice, 21);
  const int income = FindParagraph(
      page,
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，"
      "占0.21%；");
  const int heading = FindParagraph(page, "三、支出决算情况说明");
  const int spending = FindParagraph(
      page,
      "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，"
      "占20.51%；");
  const int next_heading = FindParagraph(page, "四、财政拨款收入支出决算总体情况说明");
  EXPECT_GE(income, 0) << Dump(page);
  EXPECT_LT(income, heading);
  EXPECT_LT(heading, spending);
  EXPECT_LT(spending, next_heading);
  EXPECT_PARAGRAPH(kOnlyOffice, 21,
                   "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）"
                   "2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康"
                   "支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%；");
}

TEST(CorpusText, OnlyOfficeWrappedListItems) {
  EXPECT_PARAGRAPH(kOnlyOffice, 22,
                   "5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要"
                   "用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万元。决算数小于预"
                   "算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。");
  EXPECT_PARAGRAPH(kOnlyOffice, 23, "上海市普陀区财政局2024年度无“三公”经费财政拨款支出。");
  EXPECT_PARAGRAPH(kOnlyOffice, 24, "（三）国有资产占有使用情况说明");
  EXPECT_PARAGRAPH(kOnlyOffice, 25,
                   "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取"
                   "得的收入。");
}

// ---- 生产者 (cq-city-commerce-2026): decimals drawn as `174,900` + `.64`; over-wide digits ----
constexpr char kChongqing[] = "cq-city-commerce-2026-dept-budget.pdf";

TEST(CorpusText, SplitDecimalsAreJoinedAndCellsKeptApart) {
  EXPECT_LINE(kChongqing, 8, "2026年部门收支总体情况表");
  EXPECT_LINE(kChongqing, 8, "合计  174,900.64  合计  174,900.64");
  EXPECT_LINE(kChongqing, 9,
              "合计  174,900.64  101,833.84  41,534.73  22,070.82  2,461.25  6,282.98  717.01");
  EXPECT_LINE(kChongqing, 9, "2011301  行政运行  6,231.54  6,231.54");
}

TEST(CorpusText, ChongqingNarrativeAcrossLines) {
  const Page& page = PageOf(kChongqing, 3);
  bool found = false;
  for (const Paragraph& p : page.paragraphs) {
    if (p.text.rfind("(一)收入预算:2026年年初预算数174,900.64万元,其中:一般公共预算拨款"
                     "101,833.84万元,政府性基金预算拨款41,534.73万元,",
                     0) == 0 &&
        p.last_line > p.first_line) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << Dump(page);
}

// ---- iText (cs-city-police-2025): letter-spaced cells and a letter-spaced title ----
constexpr char kChangsha[] = "cs-city-police-2025-dept-budget.pdf";

TEST(CorpusText, LetterSpacedCellsAndTitle) {
  EXPECT_LINE(kChangsha, 2, "目录");  // printed 目   录
  EXPECT_LINE(kChangsha, 13, "本年收入合计  68,632.12  本年支出合计  68,632.12");
}

// ---- Word 2010 (fs-city-railtransit-2019 决算): 行次 columns; page numbers ----
constexpr char kFoshan[] = "fs-city-railtransit-2019-dept-final.pdf";

TEST(CorpusText, RowNumberColumnsAndPageNumbers) {
  EXPECT_LINE(kFoshan, 5, "项目  行次  决算数  项目  行次  决算数");
  EXPECT_LINE(kFoshan, 5,
              "一、一般公共预算财政拨款收入  1  1668.14  一、一般公共服务支出  27  0.00");
  EXPECT_LINE(kFoshan, 5, "七、其他收入  7  0.01  七、文化旅游体育与传媒支出  33  0.00");
  const Page& page = PageOf(kFoshan, 5);
  const int number = FindLine(page, "5");
  ASSERT_GE(number, 0);
  EXPECT_EQ(page.lines[number].role, LineRole::kPageNumber);
  EXPECT_EQ(FindParagraph(page, "5"), -1);
}

// ---- iText (sz-city-finance-2026): a subject name wrapped above and below its amounts ----
TEST(CorpusText, WrappedCellLinesKeepTheirOrder) {
  const Page& page = PageOf("sz-city-finance-2026-dept-budget.pdf", 24);
  const int above = FindLine(page, "机关事业单位基本养老保险缴");
  ASSERT_GE(above, 0) << Dump(page);
  ASSERT_LT(above + 2, static_cast<int>(page.lines.size()));
  EXPECT_EQ(page.lines[above + 1].text,
            "596.89  596.89  596.89  0.00  0.00  0.00  0.00  0.00  0.00  0.00  0.00  0.00");
  EXPECT_EQ(page.lines[above + 2].text, "费");
}

// ---- Acrobat Distiller (js-prov-npcoffice-2019 tables): /Rotate 90 pages ----
TEST(CorpusText, RotatedPagesAreReadUpright) {
  const Page& page = PageOf("js-prov-npcoffice-2019-dept-budget-tables.pdf", 1);
  EXPECT_EQ(page.rotation, 90);
  EXPECT_GT(page.width, page.height);
  EXPECT_EQ(page.lines.front().text, "收支预算总表");
  EXPECT_GE(FindLine(page,
                     "一、财政拨款  18,330.37  一、一般公共服务支出  13,907.78  一、基本支出  "
                     "9,312.90"),
            0)
      << Dump(page);
  for (const Line& l : page.lines) EXPECT_EQ(l.direction, 0) << l.text;
}

// ---- Excel 2007 (sh-city-finance-2025): fullwidth list numbers in the contents ----
TEST(CorpusText, ListNumbersKeepTheirFullwidthPoint) {
  EXPECT_PARAGRAPH("sh-city-finance-2025-unit-budget.pdf", 2,
                   "5． 2025年预算单位一般公共预算支出功能分类预算表");
  EXPECT_PARAGRAPH("sh-city-finance-2025-unit-budget.pdf", 2, "1.  2025年预算单位财务收支预算总表");
}

// ---- 原点财通 (hz-city-meteorology-2026) ----
TEST(CorpusText, YuandianNarrative) {
  EXPECT_PARAGRAPH("hz-city-meteorology-2026-dept-budget.pdf", 4,
                   "其中：一般公共预算拨款收入5,753.07万元，占97.9%；其他收入123.61万元，占2.1%。");
}

// ---- Acrobat PDFMaker for Word (js-prov-partyoffice-2017): a sentence across a page break ----
TEST(CorpusText, ParagraphContinuedOnTheNextPage) {
  const std::string file = "js-prov-partyoffice-2017-dept-budget.pdf";
  const Page& page = PageOf(file, 6);
  ASSERT_FALSE(page.paragraphs.empty());
  EXPECT_TRUE(page.paragraphs.front().continues_previous_page);
  EXPECT_EQ(page.paragraphs.front().text.rfind("10.87%。主要原因是政策性调资", 0), 0u);
  const Page& previous = PageOf(file, 5);
  EXPECT_NE(previous.paragraphs.back().text.find("增长"), std::string::npos);
}

// ---- Adobe PDF Library (xa-city-commerce-2022): every glyph drawn twice (fake bold) ----
TEST(CorpusText, FakeBoldDuplicatesAreDropped) {
  const Document& doc = Doc("xa-city-commerce-2022-dept-budget.pdf");
  int dropped = 0;
  for (const Page& p : doc.pages) dropped += p.duplicate_glyphs_dropped;
  EXPECT_GT(dropped, 1000);
  const Page& page = PageOf("xa-city-commerce-2022-dept-budget.pdf", 21);
  ASSERT_FALSE(page.paragraphs.empty());
  EXPECT_EQ(page.paragraphs.front().text.rfind("收入726.23万元，上年实户资金0万元，", 0), 0u)
      << Dump(page);
}

// ---- WPS (blank Shanghai template): placeholders survive normalisation ----
TEST(CorpusText, TemplatePlaceholdersAreKept) {
  EXPECT_PARAGRAPH(
      "template-sh-dept-final-2024-blank.pdf", 21,
      "截至2024年12月31日，XX部门（单位）共有车辆XX辆，其中：部级领导干部用车XX辆、主要"
      "领导干部用车XX辆、机要通信用车XX辆、应急保障用车XX辆、执法执勤用车XX辆、特种专业"
      "技术用车XX辆、离退休干部用车XX辆、其他用车XX辆。单价100万元（含）以上设备（不含"
      "车辆）XX台（套）。");
}

// ---- Suwell OFD convertor (sz-city-civilaffairs-2026) and Aspose (fz-city-medinsurance-2026) --
TEST(CorpusText, OfdAndAsposeProducers) {
  EXPECT_PARAGRAPH("sz-city-civilaffairs-2026-dept-budget.pdf", 7,
                   "（一）在职人员经费3,738.92万元，主要是在职人员工资福利和社保缴费等相关支出。");
  EXPECT_LINE("fz-city-medinsurance-2026-dept-budget.pdf", 10,
              "本年收入合计  351904.90  本年支出合计  351904.90");
}

}  // namespace
}  // namespace fiscalcheck
