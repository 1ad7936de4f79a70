#include "extract/tables/table_titles.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

std::string CodeOf(const std::string& title) {
  auto m = ClassifyTableTitle(title);
  return m ? std::string(TableCodeName(m->code)) : "-";
}

TEST(TableTitles, DomainTitlesOfBothFamilies) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"收入支出决算总表", "T1"},
      {"收支预算总表", "T1"},
      {"部门财务收支预算总表", "T1"},
      {"收支总体情况表", "T1"},
      {"2026年部门收支总体情况表", "T1"},
      {"收入决算表", "T2"},
      {"部门收入预算总表", "T2"},
      {"收入总体情况表", "T2"},
      {"支出决算表", "T3"},
      {"市级部门支出预算总表", "T3"},
      {"支出总表", "T3"},
      {"财政拨款收入支出决算总表", "T4"},
      {"财政拨款收支预算总表", "T4"},
      {"部门综合预算财政拨款收支总表", "T4"},
      {"一般公共预算财政拨款支出决算表", "T5"},
      {"部门一般公共预算支出功能分类预算表", "T5"},
      {"一般公共预算支出情况表", "T5"},
      {"财政拨款支出预算表", "T5"},
      {"一般公共预算财政拨款基本支出决算表", "T6"},
      {"部门一般公共预算基本支出部门预算经济分类预算表", "T6"},
      {"财政拨款基本支出预算表", "T6"},
      {"基本支出总表", "T6"},
      {"一般公共预算财政拨款“三公”经费支出决算表", "T7"},
      {"部门“三公”经费和机关运行经费预算表", "T7"},
      {"政府性基金预算财政拨款收入支出决算表", "T8"},
      {"部门政府性基金预算支出功能分类预算表", "T8"},
      {"国有资本经营预算财政拨款支出决算表", "T9"},
      {"国有资本经营预算财政拨款收入支出决算表", "T9"},
      {"项目支出预算表", "T10"},
      {"2025年项目支出绩效目标表", "-"},  // a form of indicators, left out (see table_titles.cc)
      {"政府采购预算表", "T11"},
      {"十二、政府采购支出预算表", "T11"},
      {"一般公共预算机关运行经费支出预算表", "T12"},
  };
  for (const auto& [title, code] : cases) EXPECT_EQ(CodeOf(title), code) << title;
}

TEST(TableTitles, NumberingAndPrefixes) {
  auto m = ClassifyTableTitle("（表1）收入支出决算总表");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->title, "收入支出决算总表");
  EXPECT_EQ(m->numbering, "（表1）");
  m = ClassifyTableTitle("收入支出决算总表（表1）");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->numbering, "（表1）");
  EXPECT_EQ(CodeOf("表一 收支预算总表"), "T1");
  EXPECT_EQ(CodeOf("附表3 支出预算总表"), "T3");
  EXPECT_EQ(CodeOf("公开表一收支预算总表"), "T1");
  EXPECT_EQ(CodeOf("收支总表（预算表1）"), "T1");  // cc-city-petition-2026
  EXPECT_EQ(CodeOf("本年一般公共预算基本支出表(预算表6)"), "T6");
  EXPECT_EQ(CodeOf("2022部门综合预算财政拨款结转资金支出表"), "-");
  // xa-city-science-2022: qualifiers after the title, one cut off by the line break.
  EXPECT_EQ(CodeOf("2022年部门综合预算一般公共预算支出明细表（按功能科目分）"), "T5");
  EXPECT_EQ(CodeOf("2022年部门综合预算一般公共预算支出明细表（按经济分类科目"), "T6");
  EXPECT_EQ(CodeOf("四、财政拨款收支预算总表"), "T4");
  EXPECT_EQ(CodeOf("5． 2025年预算单位一般公共预算支出功能分类预算表"), "T5");
  EXPECT_EQ(CodeOf("上海市普陀区财政局2024年度一般公共预算财政拨款支出决算表"), "T5");
  EXPECT_EQ(CodeOf("收 入 支 出 决 算 总 表"), "T1");  // letter-spaced
}

TEST(TableTitles, SentencesAndContentsAreNotTitles) {
  for (const char* text :
       {"一、关于部门收支总表的说明", "收入支出决算总表.................5",
        "本表反映部门本年度的总收支和年末结转结余情况。", "部门整体支出绩效目标表",
        "第二部分2026年部门预算表", "五、单位预算表", "详见单位的项目绩效目标表",
        "收入支出决算总表…………5", "本年收入合计", ""}) {
    EXPECT_FALSE(ClassifyTableTitle(text).has_value()) << text;
  }
}

TEST(TableTitles, CodesRoundTrip) {
  for (int i = 1; i <= 12; ++i) {
    const auto code = static_cast<TableCode>(i);
    EXPECT_EQ(ParseTableCode(TableCodeName(code)), code);
  }
  EXPECT_FALSE(ParseTableCode("T13").has_value());
}

}  // namespace
}  // namespace fiscalcheck
