// Layout on constructed pages: each test builds glyphs the way a producer draws them.
#include "extract/layout/layout.h"

#include <string>
#include <vector>

#include "extract/utf8.h"
#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

class PageBuilder {
 public:
  PageBuilder() {
    page_.number = 1;
    page_.width = 595;
    page_.height = 842;
  }

  // Draws `text` one glyph per character from (x, baseline), each `advance` wide, then `step`
  // further to the next (step defaults to advance), in content-stream order.
  PageBuilder& Text(const std::string& text, double x, double baseline, double size = 12,
                    double advance = 0, double step = 0) {
    const std::u32string chars = DecodeUtf8(text);
    last_count_ = static_cast<int>(chars.size());
    for (char32_t c : chars) {
      const bool wide = c >= 0x2E80;
      const double adv = advance > 0 ? advance : (wide ? size : size * 0.5);
      Glyph g;
      AppendUtf8(c, g.text);
      g.origin_x = x;
      g.origin_y = baseline;
      g.advance = adv;
      g.font_size = size;
      g.is_space = c == ' ';
      g.stream_index = next_index_++;
      g.box = {x, baseline - 0.88 * size, x + adv, baseline + 0.12 * size};
      page_.glyphs.push_back(g);
      x += step > 0 ? step : adv;
    }
    return *this;
  }

  PageBuilder& VerticalRule(double x, double y0, double y1) {
    page_.rulings.push_back({{x - 0.25, y0, x + 0.25, y1}, false});
    return *this;
  }

  // Draws `text` so that it ends at `right` (CJK glyphs 1 em wide, others 0.5 em).
  PageBuilder& TextEndingAt(const std::string& text, double right, double baseline,
                            double size = 12) {
    double width = 0;
    for (char32_t c : DecodeUtf8(text)) width += c >= 0x2E80 ? size : size * 0.5;
    return Text(text, right - width, baseline, size);
  }

  // Overrides the boxes of the last Text() call's glyphs, as a producer with bad font metrics
  // would.
  PageBuilder& DistortLastBoxes(double top, double bottom) {
    for (int i = 0; i < last_count_; ++i) {
      Glyph& g = page_.glyphs[page_.glyphs.size() - 1 - i];
      g.box.y0 = top;
      g.box.y1 = bottom;
    }
    return *this;
  }

  Page Layout() const { return LayoutPage(page_); }
  const RawPage& raw() const { return page_; }

 private:
  RawPage page_;
  int next_index_ = 0;
  int last_count_ = 0;
};

std::vector<std::string> LineTexts(const Page& page) {
  std::vector<std::string> out;
  for (const Line& l : page.lines) out.push_back(l.text);
  return out;
}

TEST(LayoutTest, LinesFollowBaselinesNotBoxTops) {
  // ONLYOFFICE: CJK runs come back ~3 pt tall, digit-led runs ~22 pt tall and higher up, so the
  // digit-led end of line 1 has a box top above line 0's.
  PageBuilder b;
  b.Text("本年支出合计2940.05万元，其中：基本支出", 72, 100);
  b.DistortLastBoxes(97, 100);
  b.Text("项目支出", 72, 114);
  b.DistortLastBoxes(111, 114);
  b.Text("603.14万元，占20.51%；", 120, 114);
  b.DistortLastBoxes(80, 102);
  const Page page = b.Layout();
  EXPECT_EQ(LineTexts(page), (std::vector<std::string>{"本年支出合计2940.05万元，其中：基本支出",
                                                       "项目支出603.14万元，占20.51%；"}));
}

TEST(LayoutTest, LetterSpacedCjkIsOneWord) {
  PageBuilder b;
  b.Text("本年收入合计", 72, 100, 10, 10, 20);  // one glyph every 2 em... minus 1 em of glyph
  const Page page = b.Layout();
  ASSERT_EQ(page.lines.size(), 1u);
  EXPECT_EQ(page.lines[0].text, "本年收入合计");
  EXPECT_EQ(page.lines[0].segments.size(), 1u);
}

TEST(LayoutTest, SpaceGlyphsBetweenCjkDoNotSplitWords) {
  PageBuilder b;
  b.Text("本 年 收 入", 72, 100, 10, 10, 12);
  EXPECT_EQ(b.Layout().lines[0].text, "本年收入");
}

TEST(LayoutTest, RuledCellsStaySeparate) {
  // 类 款 项 in three narrow header cells, as uniformly spaced as letter-spacing would be.
  PageBuilder b;
  b.Text("类款项", 72, 100, 10, 10, 20);
  b.VerticalRule(87, 85, 105).VerticalRule(107, 85, 105);
  const Page page = b.Layout();
  ASSERT_EQ(page.lines.size(), 1u);
  EXPECT_EQ(page.lines[0].segments.size(), 3u);
  EXPECT_EQ(page.lines[0].text, "类  款  项");
}

TEST(LayoutTest, WideGapSplitsCells) {
  PageBuilder b;
  b.Text("一般公共服务支出", 72, 100, 10).Text("236.63", 300, 100, 10).Text("236.64", 400, 100, 10);
  const Page page = b.Layout();
  ASSERT_EQ(page.lines.size(), 1u);
  EXPECT_EQ(page.lines[0].text, "一般公共服务支出  236.63  236.64");
  EXPECT_EQ(page.lines[0].segments.size(), 3u);
}

TEST(LayoutTest, TwoNumbersAreNeverJoined) {
  // Right-aligned amounts in adjacent narrow columns, 3 pt apart.
  PageBuilder b;
  b.Text("174,900.64", 100, 100, 10).Text("101,833.84", 153, 100, 10);
  const Page page = b.Layout();
  ASSERT_EQ(page.lines.size(), 1u);
  EXPECT_EQ(page.lines[0].text, "174,900.64  101,833.84");
}

TEST(LayoutTest, OverwideAdvancesDoNotHideGaps) {
  // cq-city-commerce-2026 p. 9: digits with 0.92 em font widths placed 0.47 em apart by TJ.
  PageBuilder b;
  b.Text("174,900.64", 290, 100, 10, 9.2, 4.66);
  b.Text("101,833.84", 341.4, 100, 10, 9.2, 4.66);
  EXPECT_EQ(b.Layout().lines[0].text, "174,900.64  101,833.84");
}

TEST(LayoutTest, NumberDrawnInTwoOverlappingPiecesIsJoined) {
  // cq-city-commerce-2026: `174,900` and `.64` on one baseline, the second overlapping the first.
  PageBuilder b;
  b.Text("预算数", 40, 100, 10);
  b.Text("174,900", 100, 100, 10);
  b.Text(".64", 132, 100, 10);  // starts 3 pt before the end of "174,900"
  const Page page = b.Layout();
  ASSERT_EQ(page.lines.size(), 1u);
  EXPECT_EQ(page.lines[0].text, "预算数  174,900.64");
}

TEST(LayoutTest, OverprintedDuplicatesAreDropped) {
  PageBuilder b;
  b.Text("合计", 72, 100, 10).Text("合计", 72.3, 100.2, 10);  // fake bold
  const Page page = b.Layout();
  EXPECT_EQ(page.lines[0].text, "合计");
  EXPECT_EQ(page.duplicate_glyphs_dropped, 2);
}

TEST(LayoutTest, BaselineTiesKeepStreamOrder) {
  PageBuilder b;
  b.Text("第二行", 72, 130).Text("第一行", 72, 100);
  EXPECT_EQ(LineTexts(b.Layout()), (std::vector<std::string>{"第一行", "第二行"}));
}

TEST(LayoutTest, WordSpacesBetweenLatinAndFigures) {
  PageBuilder b;
  b.Text("ICCA 2022", 72, 100, 10);
  EXPECT_EQ(b.Layout().lines[0].text, "ICCA 2022");
}

TEST(LayoutTest, ParagraphsRejoinSoftBreaksWithoutSpaces) {
  // A 72..522 text block; the first line indented, the second wrapping inside a figure (as
  // ONLYOFFICE does), the third ending the paragraph; then a heading.
  PageBuilder b;
  b.TextEndingAt("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.7", 522, 100);
  b.TextEndingAt("9%；其他收入6.2万元，占0.21%；合计数与上年相比基本持平，不做说明的", 522, 115);
  b.Text("内容。", 72, 130);
  b.Text("三、支出决算情况说明", 96, 160);
  Page page = b.Layout();
  BuildParagraphs(page);
  ASSERT_EQ(page.paragraphs.size(), 2u);
  EXPECT_EQ(page.paragraphs[0].text,
            "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，"
            "占0.21%；合计数与上年相比基本持平，不做说明的内容。");
  EXPECT_EQ(page.paragraphs[0].first_line, 0);
  EXPECT_EQ(page.paragraphs[0].last_line, 2);
  EXPECT_EQ(page.paragraphs[1].text, "三、支出决算情况说明");
}

TEST(LayoutTest, ShortLineEndingASentenceEndsTheParagraph) {
  PageBuilder b;
  b.TextEndingAt("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与上年相比", 522, 100);
  b.Text("财政拨款收入支出总计持平。主要原因：", 72, 115);
  b.TextEndingAt("基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因", 522, 143);
  Page page = b.Layout();
  BuildParagraphs(page);
  ASSERT_EQ(page.paragraphs.size(), 2u);
  EXPECT_EQ(page.paragraphs[1].first_line, 2);
}

TEST(LayoutTest, ListItemsStartNewParagraphs) {
  PageBuilder b;
  b.Text("主要用于以下方面：一般公共服务支出占比最高的部分在这里作为一行长文字出现，", 72, 100, 12);
  b.Text("1、一般公共服务支出（类）财政事务（款）行政运行（项）。", 72, 115, 12);
  Page page = b.Layout();
  BuildParagraphs(page);
  EXPECT_EQ(page.paragraphs.size(), 2u);
}

TEST(LayoutTest, PageNumbersAndRepeatedFootersAreMarked) {
  std::vector<Page> pages;
  for (int i = 1; i <= 4; ++i) {
    PageBuilder b;
    b.Text("上海市普陀区财政局2024年度部门决算", 150, 40, 9);
    b.Text("正文内容", 72, 300, 12);
    b.Text("- " + std::to_string(i) + " -", 280, 800, 9);
    pages.push_back(b.Layout());
  }
  MarkMarginLines(pages);
  for (const Page& p : pages) {
    ASSERT_EQ(p.lines.size(), 3u);
    EXPECT_EQ(p.lines[0].role, LineRole::kHeader);
    EXPECT_EQ(p.lines[1].role, LineRole::kBody);
    EXPECT_EQ(p.lines[2].role, LineRole::kPageNumber);
  }
}

TEST(LayoutTest, AmountInBottomMarginIsNotAPageNumber) {
  std::vector<Page> pages;
  PageBuilder b;
  b.Text("合计", 72, 790, 9).Text("1668.14", 300, 790, 9);
  pages.push_back(b.Layout());
  MarkMarginLines(pages);
  EXPECT_EQ(pages[0].lines[0].role, LineRole::kBody);
}

TEST(LayoutTest, RotatedTextFormsItsOwnLines) {
  // Text running downwards (direction 1) on an upright page: one line in its own frame.
  RawPage raw;
  raw.width = 595;
  raw.height = 842;
  const std::u32string chars = U"单位：万元";
  for (size_t i = 0; i < chars.size(); ++i) {
    Glyph g;
    AppendUtf8(chars[i], g.text);
    g.direction = 1;
    g.origin_x = 300;
    g.origin_y = 100 + 10.0 * static_cast<double>(i);
    g.advance = 10;
    g.font_size = 10;
    g.stream_index = static_cast<int>(i);
    g.box = {291.2, g.origin_y, 301.2, g.origin_y + 10};
    raw.glyphs.push_back(g);
  }
  const Page page = LayoutPage(raw);
  ASSERT_EQ(page.lines.size(), 1u);
  EXPECT_EQ(page.lines[0].text, "单位：万元");
  EXPECT_EQ(page.lines[0].direction, 1);
}

}  // namespace
}  // namespace fiscalcheck
