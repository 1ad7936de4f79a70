// Claim forms, each on a real sentence of the corpus (file and page in the comment), plus the
// placeholder forms of DOMAIN.md's "What goes wrong".
#include <string>
#include <vector>

#include "extract/claims/claim_binder.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/derived_facts.h"
#include "extract/claims/narrative.h"
#include "extract/claims/narrative_text.h"
#include "extract/claims/placeholders.h"
#include "extract/utf8.h"
#include "gtest/gtest.h"
#include "tests/claim_fixtures.h"

namespace fiscalcheck {
namespace {

using ::fiscalcheck::testing::AmountColumn;
using ::fiscalcheck::testing::Row;
using ::fiscalcheck::testing::Stating;

std::vector<Claim> Of(ClaimKind kind, const std::vector<Claim>& claims) {
  std::vector<Claim> out;
  for (const Claim& c : claims) {
    if (c.kind == kind) out.push_back(c);
  }
  return out;
}

// sh-putuo-planning-2024-final.pdf p. 20.
TEST(ClaimForms, AmountShareAndCompositionInOneSentence) {
  const auto claims =
      ClaimsOfSentence("本年收入合计9746.50万元，其中：财政拨款收入9746.50万元，占100.00%。", 2024);
  const auto amounts = Of(ClaimKind::kAmount, claims);
  ASSERT_EQ(amounts.size(), 2u);
  EXPECT_EQ(amounts[0].subject, "本年收入合计");
  EXPECT_TRUE(amounts[0].value->IdenticalTo(Decimal(974650, 2)));
  EXPECT_EQ(amounts[0].unit, Unit::kWanYuan);
  EXPECT_EQ(amounts[1].subject, "财政拨款收入");
  const auto shares = Of(ClaimKind::kShare, claims);
  ASSERT_EQ(shares.size(), 1u);
  EXPECT_TRUE(shares[0].value->IdenticalTo(Decimal(10000, 2)));
  EXPECT_EQ(shares[0].subject_claim, amounts[1].id);
  EXPECT_EQ(shares[0].base_claim, amounts[0].id);
  EXPECT_EQ(shares[0].base, "本年收入合计");
  const auto compositions = Of(ClaimKind::kComposition, claims);
  ASSERT_EQ(compositions.size(), 1u);
  EXPECT_EQ(compositions[0].subject_claim, amounts[0].id);
  EXPECT_EQ(compositions[0].parts, std::vector<int>{amounts[1].id});
}

// sh-putuo-planning-2024-final.pdf p. 20.
TEST(ClaimForms, ChangeAndGrowthAgainstAnEarlierYear) {
  const auto claims =
      ClaimsOfSentence("与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。", 2024);
  const auto changes = Of(ClaimKind::kChange, claims);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].direction, Direction::kUp);
  EXPECT_EQ(changes[0].subject, "收入支出总计");
  EXPECT_EQ(changes[0].compared_year, 2023);
  const auto growth = Of(ClaimKind::kGrowth, claims);
  ASSERT_EQ(growth.size(), 1u);
  EXPECT_EQ(growth[0].direction, Direction::kUp);
  EXPECT_EQ(growth[0].change_claim, changes[0].id);
  EXPECT_TRUE(growth[0].value->IdenticalTo(Decimal(1208, 2)));
}

// sh-putuo-planning-2024-final.pdf p. 27.
TEST(ClaimForms, DecreaseWithItsAmount) {
  const auto claims =
      ClaimsOfSentence("机关运行经费支出142.80万元，比2023年度减少13.52万元，下降8.65%。", 2024);
  ASSERT_EQ(Of(ClaimKind::kAmount, claims).size(), 1u);
  const auto change = Of(ClaimKind::kChange, claims);
  ASSERT_EQ(change.size(), 1u);
  EXPECT_EQ(change[0].direction, Direction::kDown);
  EXPECT_EQ(change[0].subject, "机关运行经费支出");
  EXPECT_EQ(change[0].subject_claim, 0);
  const auto growth = Of(ClaimKind::kGrowth, claims);
  ASSERT_EQ(growth.size(), 1u);
  EXPECT_EQ(growth[0].direction, Direction::kDown);
  EXPECT_EQ(growth[0].subject_claim, 0);
}

// sh-putuo-planning-2024-final.pdf p. 21.
TEST(ClaimForms, CompletionWithBudgetAndFinal) {
  const auto claims = ClaimsOfSentence(
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95."
      "45%。",
      2024);
  const auto amounts = Of(ClaimKind::kAmount, claims);
  ASSERT_EQ(amounts.size(), 2u);
  EXPECT_EQ(amounts[0].measure, Measure::kInitialBudget);
  EXPECT_EQ(amounts[1].measure, Measure::kFinal);
  EXPECT_EQ(amounts[1].subject, "一般公共预算财政拨款支出");
  const auto completion = Of(ClaimKind::kCompletion, claims);
  ASSERT_EQ(completion.size(), 1u);
  EXPECT_EQ(completion[0].subject_claim, amounts[1].id);
  EXPECT_EQ(completion[0].base_claim, amounts[0].id);
  EXPECT_TRUE(completion[0].value->IdenticalTo(Decimal(9545, 2)));
}

// sh-putuo-planning-2024-final.pdf p. 22.
TEST(ClaimForms, FinalVersusBudgetDirection) {
  const auto claims =
      ClaimsOfSentence("决算数小于预算数的主要原因：年中社会保险缴费基数变更导致。", 2024);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, ClaimKind::kCompletion);
  EXPECT_EQ(claims[0].direction, Direction::kDown);
  EXPECT_FALSE(claims[0].value.has_value());
  const auto flat = ClaimsOfSentence("决算数同预算数持平。", 2024);
  ASSERT_EQ(flat.size(), 1u);
  EXPECT_EQ(flat[0].direction, Direction::kFlat);
}

// cq-city-commerce-2026-dept-budget.pdf p. 4: `与上年持平`, amounts without decimals.
TEST(ClaimForms, FlatAgainstLastYear) {
  const auto claims = ClaimsOfSentence(
      "其中：因公出国(境)费用552万元，与上年持平；公务接待费121.07万元，与上年持平。", 2026);
  const auto amounts = Of(ClaimKind::kAmount, claims);
  ASSERT_EQ(amounts.size(), 2u);
  EXPECT_TRUE(amounts[0].value->IdenticalTo(Decimal(552, 0)));
  const auto growth = Of(ClaimKind::kGrowth, claims);
  ASSERT_EQ(growth.size(), 2u);
  EXPECT_EQ(growth[0].direction, Direction::kFlat);
  EXPECT_EQ(growth[0].compared_year, 2025);
  EXPECT_EQ(growth[0].subject_claim, amounts[0].id);
  EXPECT_EQ(growth[1].subject_claim, amounts[1].id);
}

// cq-city-commerce-2026-dept-budget.pdf p. 3: thousands separators and one decimal kept as shown.
TEST(ClaimForms, DisplayedPrecisionIsKept) {
  const auto claims =
      ClaimsOfSentence("收入比2025年减少86,685.29万元，主要是事业收入增加423.5万元。", 2026);
  const auto changes = Of(ClaimKind::kChange, claims);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_TRUE(changes[0].value->IdenticalTo(Decimal(8668529, 2)));
  EXPECT_EQ(changes[0].compared_year, 2025);
  EXPECT_TRUE(changes[1].value->IdenticalTo(Decimal(4235, 1)));
  EXPECT_EQ(changes[1].subject, "事业收入");
}

// cq-city-commerce-2026-dept-budget.pdf p. 5.
TEST(ClaimForms, Counts) {
  const auto claims =
      ClaimsOfSentence("截至2025年12月，所属各预算单位共有车辆41辆，其中业务用车12辆。", 2026);
  const auto counts = Of(ClaimKind::kCount, claims);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].count_unit, "辆");
  EXPECT_TRUE(counts[0].value->IdenticalTo(Decimal(41, 0)));
  EXPECT_EQ(counts[1].subject, "业务用车");
}

// sh-putuo-planning-2024-final.pdf p. 21: an explicit base.
TEST(ClaimForms, ShareOfANamedBase) {
  const auto claims =
      ClaimsOfSentence("一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.86%。", 2024);
  const auto shares = Of(ClaimKind::kShare, claims);
  ASSERT_EQ(shares.size(), 1u);
  EXPECT_EQ(shares[0].base, "本年支出合计");
  EXPECT_EQ(shares[0].subject, "一般公共预算财政拨款支出");
}

// sh-putuo-planning-2024-final.pdf p. 25: `下降（增长）` left from the template.
TEST(Placeholders, AlternativeLeftInText) {
  const auto claims = ClaimsOfSentence(
      "2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降（增长）27.78%。", 2024);
  const auto residue = Of(ClaimKind::kPlaceholder, claims);
  ASSERT_EQ(residue.size(), 1u);
  EXPECT_EQ(residue[0].text, "下降（增长）");
}

TEST(Placeholders, DomainForms) {
  auto kinds = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : FindPlaceholders(text)) out.push_back(m.kind);
    return out;
  };
  EXPECT_EQ(kinds("XX局2019年部门决算"), std::vector<std::string>{"mask"});
  EXPECT_EQ(kinds("××单位"), std::vector<std::string>{"mask"});
  EXPECT_EQ(kinds("年末公务用车保有量辆。"), std::vector<std::string>{"empty-slot"});
  EXPECT_EQ(kinds("比上年增加(减少)5万元"), std::vector<std::string>{"alternative"});
  EXPECT_EQ(kinds("主要用于……等方面"), std::vector<std::string>{"ellipsis"});
  EXPECT_EQ(kinds("（请根据实际情况填写原因）"), std::vector<std::string>{"instruction"});
  // Not residue: a table of contents leader, a unit line, a Latin word.
  EXPECT_TRUE(kinds("一、收入支出决算总表…………………5").empty());
  EXPECT_TRUE(kinds("单位为万元").empty());
  EXPECT_TRUE(kinds("X光机2台").empty());
}

TEST(NumericTokens, MoneyAndPercentOnly) {
  const auto tokens = NumericTokens(DecodeUtf8("2026年收入174,900.64万元，增长3.5%，共41辆"));
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].first, 7);
}

TEST(Sentences, IcuBreaksAfterFullStopsNotInsideDecimals) {
  const auto s = SplitSentences(DecodeUtf8("收入12.08万元。支出3.5万元！合计？"));
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], std::make_pair(0, 10));
}

TEST(Sections, HeadingsMapToTables) {
  EXPECT_EQ(SectionTable(DecodeUtf8("七、“三公”经费支出决算情况说明")), TableCode::kT7);
  EXPECT_EQ(SectionTable(DecodeUtf8("二、收入决算情况说明")), TableCode::kT2);
  EXPECT_EQ(SectionTable(DecodeUtf8("四、财政拨款收入支出决算总体情况说明")), TableCode::kT4);
  EXPECT_EQ(SectionTable(DecodeUtf8("五、一般公共预算财政拨款支出决算情况说明")), TableCode::kT5);
  EXPECT_EQ(SectionTable(DecodeUtf8("一、收入支出决算总体情况说明")), TableCode::kT1);
  EXPECT_FALSE(SectionTable(DecodeUtf8("八、预算绩效情况说明")).has_value());
}

TEST(ClaimForms, NoCrashOnArbitraryText) {
  const std::vector<std::string> inputs = {"",
                                           "。",
                                           "万元",
                                           "%",
                                           "占%",
                                           "其中：",
                                           "1,",
                                           ",,,万元",
                                           "99999999999999999999999万元",
                                           "增长.5%",
                                           "（（（（",
                                           "其中其中其中",
                                           "决算数大于预算数大于"};
  for (const std::string& s : inputs) {
    const auto claims = ClaimsOfSentence(s, 2024);
    for (const Claim& c : claims) {
      EXPECT_LE(c.source.span_begin, c.source.span_end) << s;
    }
  }
}

// The claim of `claims` stating `number` (as displayed) of `kind`, or nullptr.
// huzhou-city-health-2026-dept-budget.pdf p. 7: the list's shares are of the 收入预算 total
// stated in the sentence before, not of the list's first item; the rates after `主要是` belong
// to the sub-clause's own subjects, not to 收入.
TEST(ClaimLinks, ShareBaseIsTheStatedTotalAndSubClauseRatesAreTheirOwn) {
  const auto claims = ClaimsOfSentence(
      "湖州市卫生健康委员会2026年收入预算515313.35万元，比上年执行数减少10087.38万元，下降1.9%，"
      "主要是政府性基金预算收入较上年执行数下降45.9%，一般公共预算收入较上年执行数下降23.9%，"
      "事业收入较上年执行数增长7.6%。其中：一般公共预算拨款收入37018.75万元，占7.2%；"
      "政府性基金收入27600.00万元，占5.4%；事业收入436671.20万元，占84.7%；其他收入14023.40万元，"
      "占2.7%。",
      2026);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "515313.35");
  ASSERT_NE(total, nullptr);
  for (const std::string share : {"7.2", "5.4", "84.7", "2.7"}) {
    const Claim* c = Stating(claims, ClaimKind::kShare, share);
    ASSERT_NE(c, nullptr) << share;
    EXPECT_EQ(c->base_claim, total->id) << share;
  }
  const Claim* other = Stating(claims, ClaimKind::kShare, "2.7");
  EXPECT_EQ(claims[other->subject_claim].subject, "其他收入");
  const Claim* change = Stating(claims, ClaimKind::kChange, "10087.38");
  ASSERT_NE(change, nullptr);
  const Claim* main_rate = Stating(claims, ClaimKind::kGrowth, "1.9");
  ASSERT_NE(main_rate, nullptr);
  EXPECT_EQ(main_rate->change_claim, change->id);
  for (const std::string rate : {"45.9", "23.9", "7.6"}) {
    const Claim* c = Stating(claims, ClaimKind::kGrowth, rate);
    ASSERT_NE(c, nullptr) << rate;
    EXPECT_EQ(c->change_claim, -1) << rate;
    EXPECT_NE(c->subject_claim, total->id) << rate;
    EXPECT_NE(c->subject, "收入") << rate;
  }
  EXPECT_EQ(Stating(claims, ClaimKind::kGrowth, "45.9")->subject, "政府性基金预算收入");
  EXPECT_EQ(Stating(claims, ClaimKind::kGrowth, "7.6")->direction, Direction::kUp);
}

// huzhou-city-health-2026-dept-budget.pp. 7–8: 项目支出's 10.1% is of the 支出预算 total two
// sentences before (the 功能分类 list between states no total), not of 人员支出.
TEST(ClaimLinks, ShareBaseSkipsListSentences) {
  const auto claims = ClaimsOfSentence(
      "湖州市卫生健康委员会2026年支出预算515313.35万元，比上年执行数减少10087.38万元，下降1.9%。"
      "按支出功能分类，包括科学技术支出1140.61万元、社会保障和就业支出22232.40万元。"
      "按支出用途分类，包括人员支出212605.27万元，占41.3%；日常公用支出250851.67万元，占48.7%；"
      "项目支出51856.41万元，占10.1%。",
      2026);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "515313.35");
  ASSERT_NE(total, nullptr);
  for (const std::string share : {"41.3", "48.7", "10.1"}) {
    const Claim* c = Stating(claims, ClaimKind::kShare, share);
    ASSERT_NE(c, nullptr) << share;
    EXPECT_EQ(c->base_claim, total->id) << share;
  }
}

// huzhou-city-health-2026-dept-budget.pdf pp. 8–9: under `（五）`, the `2.…结构情况` list's shares
// are of the 一般公共预算当年拨款 stated under `1.…规模变化情况`.
TEST(ClaimLinks, ShareBaseIsTheEnclosingPartsTotal) {
  std::vector<Section> sections(3);
  sections[0].level = 2;
  sections[0].heading = "（五）关于湖州市卫生健康委员会2026年一般公共预算当年拨款情况说明";
  sections[1].level = 3;
  sections[1].parent = 0;
  sections[1].heading = "1.一般公共预算当年拨款规模变化情况。";
  sections[2].level = 3;
  sections[2].parent = 0;
  sections[2].heading = "2.一般公共预算当年拨款结构情况。";
  auto block = [](const std::string& text, int section) {
    NarrativeBlock b;
    b.text = DecodeUtf8(text);
    b.positions.resize(b.text.size());
    b.section = section;
    return b;
  };
  std::vector<Claim> claims;
  ExtractClaims(
      {block("湖州市卫生健康委员会2026年一般公共预算当年拨款37018.75万元，比上年执行数减少"
             "11688.70万元，下降23.9%。",
             1),
       block("科学技术（类）支出1140.61万元，占3.1%；社会保障和就业（类）支出11871.20万元，"
             "占32.1%；卫生健康（类）支出23268.50万元，占62.9%；住房保障（类）支出738.45万元，"
             "占2.0%。",
             2)},
      2026, claims, &sections);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "37018.75");
  ASSERT_NE(total, nullptr);
  const Claim* housing = Stating(claims, ClaimKind::kShare, "2.0");
  ASSERT_NE(housing, nullptr);
  EXPECT_EQ(housing->base_claim, total->id);
  EXPECT_EQ(Stating(claims, ClaimKind::kShare, "3.1")->base_claim, total->id);
}

// A base smaller than the part is no base: left unset rather than guessed.
TEST(ClaimLinks, NoShareBaseSmallerThanThePart) {
  const auto claims = ClaimsOfSentence(
      "年终结转结余0万元。按支出用途分类，包括人员支出2906.80万元，占49.4%；日常公用支出838."
      "27万元，"
      "占14.3%。",
      2026);
  EXPECT_EQ(Stating(claims, ClaimKind::kShare, "14.3")->base_claim, -1);
}

// Performance indicators, asset thresholds and bare percentages are set apart as not table
// facts; a table figure beside a share is not.
TEST(ClaimScope, PerformanceAndAssetFiguresAreNotTableFacts) {
  // cs-city-police-2025-dept-budget.pdf, performance target tables.
  auto c = ClaimsOfSentence("满意度指标服务对象满意度指标≥95%", 2025);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].not_table_fact, "performance");
  EXPECT_FALSE(IsBindableKind(c[0]));
  c = ClaimsOfSentence("产出指标质量指标项目验收合格率=100%", 2025);
  EXPECT_EQ(c[0].not_table_fact, "performance");
  c = ClaimsOfSentence("老促会培训参训学员满意度≥90%", 2025);
  EXPECT_EQ(c[0].not_table_fact, "performance");
  // sh-city-police-forensic-2026-unit-budget.pdf, 国有资产占用情况.
  c = ClaimsOfSentence("单价100万元（含）以上设备（不含车辆）0台（套）。", 2026);
  EXPECT_EQ(Stating(c, ClaimKind::kAmount, "100")->not_table_fact, "asset");
  // A percentage in a sentence with no amount, no wording tying it to one.
  c = ClaimsOfSentence("指标7：资金使用合规性100%", 2025);
  EXPECT_FALSE(c[0].not_table_fact.empty());
  c = ClaimsOfSentence("资金使用合规性100%", 2025);
  EXPECT_EQ(c[0].not_table_fact, "bare percentage");
  // Table figures stay table figures.
  c = ClaimsOfSentence("本年收入合计9746.50万元，其中：财政拨款收入9746.50万元，占100.00%。", 2024);
  for (const Claim& x : c) EXPECT_EQ(x.not_table_fact, "") << x.source.sentence;
  c = ClaimsOfSentence("与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。", 2024);
  for (const Claim& x : c) EXPECT_EQ(x.not_table_fact, "");
}

// Everything under a 绩效 heading is a performance figure (xa-city-health-2022-dept-final.pdf
// 十三、预算绩效情况说明).
TEST(ClaimScope, PerformanceSections) {
  std::vector<Section> sections(1);
  sections[0].level = 1;
  sections[0].heading = "十三、预算绩效情况说明";
  NarrativeBlock b;
  b.text = DecodeUtf8(
      "西安市中心血站无偿献血者用血返还报销项目绩效自评综述：全年预算数350万元，"
      "执行数322.15万元，完成预算的92.04%。");
  b.positions.resize(b.text.size());
  b.section = 0;
  std::vector<Claim> claims;
  ExtractClaims({b}, 2022, claims, &sections);
  ASSERT_FALSE(claims.empty());
  for (const Claim& c : claims) EXPECT_EQ(c.not_table_fact, "performance");
}

TEST(Sections, MultiTopicHeadingsExplainNoSingleTable) {
  EXPECT_FALSE(SectionTable(DecodeUtf8("八、机关运行经费、政府采购和国有资产占用情况说明")));
  EXPECT_FALSE(SpecificSectionTable(DecodeUtf8("（二）机关运行经费、政府采购情况")));
  EXPECT_EQ(SectionTable(DecodeUtf8("（六）“三公”经费和机关运行经费预算情况说明")), TableCode::kT7);
  EXPECT_EQ(SectionTable(DecodeUtf8("十、机关运行经费安排情况说明")), TableCode::kT12);
}

// Budget wording for a table's total (hz-city-meteorology-2026-dept-budget.pdf p. 4,
// cq-city-govoffice-2026-dept-budget.pdf p. 3): `收支总预算` is T1's 收入总计, not its 本年收入
// 合计; `“三公”经费预算` is T7's 合计 of the report's year, never the previous year's column.
TEST(ClaimBinding, TotalsByBudgetWording) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "收支预算总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, AmountColumn(1, {"收入", "预算数"})};
  t1.rows = {Row("本年收入合计", {"5800.00"}), Row("收入总计", {"5876.67"})};
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "一般公共预算“三公”经费支出预算表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {{0, ColumnKind::kName, 0, {"单位"}, "", 0, 0},
                AmountColumn(1, {"2025年预算数", "合计"}),
                AmountColumn(2, {"2026年预算数", "合计"})};
  t7.rows = {Row("合计", {"396.97", "394.49"})};
  std::vector<Claim> claims = ClaimsOfSentence("杭州市气象局2026年收支总预算5,876.67万元。", 2026);
  const auto more =
      ClaimsOfSentence("2026年“三公”经费预算394.49万元，较2025年减少2.48万元。", 2026);
  for (Claim c : more) {
    c.id = static_cast<int>(claims.size());
    if (c.subject_claim >= 0) c.subject_claim += 1;
    claims.push_back(c);
  }
  BindClaims({t1, t7}, {}, claims, 2026);
  ASSERT_TRUE(claims[0].fact.has_value()) << claims[0].unbound_reason;
  EXPECT_EQ(claims[0].fact->row, 1);  // 收入总计
  ASSERT_TRUE(claims[1].fact.has_value()) << claims[1].unbound_reason;
  EXPECT_EQ(claims[1].fact->code, TableCode::kT7);
  EXPECT_EQ(claims[1].fact->column, 2);  // 2026年预算数
}

// hz-city-transport-2026-dept-budget.pdf p. 7: a sentence with no subject of its own is about
// the one amount of the sentence before.
TEST(ClaimLinks, SubjectCarriedFromTheSentenceBefore) {
  const auto claims = ClaimsOfSentence(
      "（1）一般公共服务支出（类）社会工作事务（款）其他社会工作事务支出（项）1."
      "98万元，主要用于两新"
      "组织党建工作经费。比上年执行数增加0.98万元，增长98.0%，主要原因是两新组织党建工作经费2026年"
      "度计划支出增加。",
      2026);
  const Claim* amount = Stating(claims, ClaimKind::kAmount, "1.98");
  ASSERT_NE(amount, nullptr);
  const Claim* change = Stating(claims, ClaimKind::kChange, "0.98");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->subject_claim, amount->id);
  const Claim* growth = Stating(claims, ClaimKind::kGrowth, "98.0");
  ASSERT_NE(growth, nullptr);
  EXPECT_EQ(growth->change_claim, change->id);
  EXPECT_EQ(growth->subject_claim, amount->id);
}

// sh-putuo-justice-2026-unit-budget.pdf p. 7: `（06项）` is the subject's level, not a count, and
// the next sentence's `2026年预算安排78.62万元` is about the same subject.
TEST(ClaimLinks, LevelCodesAreNoCountsAndBudgetArrangementsCarryTheSubject) {
  const auto claims = ClaimsOfSentence(
      "9、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项"
      "）"
      "78.62万元。2025年当年预算执行数为66.74万元，2026年预算安排78.62万元，比2025年预算执行数增加"
      "17.80%。",
      2026);
  EXPECT_TRUE(Of(ClaimKind::kCount, claims).empty());
  const auto amounts = Of(ClaimKind::kAmount, claims);
  ASSERT_EQ(amounts.size(), 3u);
  const std::string subject =
      "社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项）";
  EXPECT_EQ(amounts[0].subject, subject);
  EXPECT_EQ(amounts[1].year, 2025);  // last year's execution: bound to nothing
  EXPECT_EQ(amounts[2].subject, subject);
  EXPECT_EQ(amounts[2].year, 2026);
}

// xa-city-science-2022-dept-budget.pdf p.35 and T5 p.46: `培训费29.45万元` is the economic item
// (30216), not the functional 项 `培训支出` (2050803) of T5 — `…费` and `…支出` never meet by their
// stems (the mutation report re-bound it there once T7 was dropped). A T7 row printed as
// `（一）因公出国（境）支出` still names `因公出国（境）费` (gz-city-statistics-2026 p.23).
TEST(ClaimBinding, EconomicFeeIsNoFunctionalSpendingOfTheSameStem) {
  Table t5;
  t5.code = TableCode::kT5;
  t5.title = "一般公共预算支出明细表（按功能科目分）";
  t5.unit = Unit::kWanYuan;
  t5.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0}, AmountColumn(1, {"合计"})};
  t5.rows = {Row("合计", {"9000.00"}), Row("培训支出", {"29.44"})};
  t5.rows[1].code = "2050803";
  t5.rows[1].level = 3;
  auto claims = ClaimsOfSentence("培训费29.45万元，比上年减少2.00万元。", 2022);
  BindClaims({t5}, {}, claims, 2022);
  ASSERT_FALSE(claims.empty());
  EXPECT_FALSE(claims[0].fact.has_value()) << claims[0].fact->row;

  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "一般公共预算“三公”经费支出预算表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, AmountColumn(1, {"合计"})};
  t7.rows = {Row("合计", {"11.70"}), Row("（一）因公出国（境）支出", {"5.00"})};
  claims = ClaimsOfSentence("其中：因公出国（境）费5万元，比上年减少15万元，下降75%。", 2026);
  BindClaims({t7}, {}, claims, 2026);
  ASSERT_FALSE(claims.empty());
  ASSERT_TRUE(claims[0].fact.has_value()) << claims[0].unbound_reason;
  EXPECT_EQ(claims[0].fact->row, 1);
}

// js-prov-highcourt-2018-dept-budget.pdf p. 19: `法院（款）行政运行（项）支出` names the 行政运行
// row under 法院; the trailing `支出` is no level of its own (it once bound T1's 支出合计).
TEST(ClaimBinding, QualifiedChainWithATrailingWord) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "收支预算总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, AmountColumn(1, {"支出", "金额"})};
  t1.rows = {Row("支出合计", {"33172.15"})};
  Table t5;
  t5.code = TableCode::kT5;
  t5.title = "财政拨款支出预算表";
  t5.unit = Unit::kWanYuan;
  t5.columns = {{0, ColumnKind::kName, 0, {"科目"}, "", 0, 0}, AmountColumn(1, {"金额"})};
  t5.rows = {Row("合计", {"33172.15"}), Row("法院", {"25000.00"}), Row("行政运行", {"14857.61"})};
  t5.rows[1].level = 2;
  t5.rows[2].level = 3;
  auto claims = ClaimsOfSentence(
      "法院（款）行政运行（项）支出14857.61万元，与上年相比增加3070.69万元。", 2018);
  BindClaims({t1, t5}, {}, claims, 2018);
  ASSERT_TRUE(claims[0].fact.has_value()) << claims[0].unbound_reason;
  EXPECT_EQ(claims[0].fact->code, TableCode::kT5);
  EXPECT_EQ(claims[0].fact->row, 2);
}

// xa-city-health-2022-dept-final.pdf p. 21: a T7 printed with one row per measure; the budget
// figure reads the 预算数 row, the final figure the 决算数 row.
TEST(ClaimBinding, SanGongByMeasureRows) {
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "财政拨款“三公”经费及会议费、培训费支出决算表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
                AmountColumn(1, {"财政拨款安排的“三公”经费", "小计"}),
                AmountColumn(2, {"财政拨款安排的“三公”经费", "公务接待费"}),
                AmountColumn(3, {"会议费"})};
  t7.rows = {Row("预算数", {"593.46", "1.86", "86.81"}),
             Row("决算数", {"587.55", "0.11", "86.81"})};
  auto claims = ClaimsOfSentence(
      "2022年度财政拨款安排“三公”经费支出预算593.46万元，支出决算587.55万元，完成预算的99%。",
      2022);
  BindClaims({t7}, {}, claims, 2022);
  const Claim* budget = Stating(claims, ClaimKind::kAmount, "593.46");
  const Claim* final_figure = Stating(claims, ClaimKind::kAmount, "587.55");
  ASSERT_TRUE(budget->fact.has_value()) << budget->unbound_reason;
  EXPECT_EQ(budget->fact->row, 0);
  EXPECT_EQ(budget->fact->column, 1);
  ASSERT_TRUE(final_figure->fact.has_value()) << final_figure->unbound_reason;
  EXPECT_EQ(final_figure->fact->row, 1);
  EXPECT_EQ(final_figure->fact->column, 1);
}

// The claims of several sentences, as one report's list (ids and links renumbered), each in
// section `section`.
std::vector<Claim> ClaimsOfSentences(const std::vector<std::string>& sentences, int year,
                                     int section = -1);

// Appends `more` (one report's list of its own) to `claims`, renumbering ids and links.
void Append(std::vector<Claim>& claims, std::vector<Claim> more) {
  const int offset = static_cast<int>(claims.size());
  for (Claim& c : more) {
    c.id += offset;
    for (int* link : {&c.subject_claim, &c.base_claim, &c.change_claim}) {
      if (*link >= 0) *link += offset;
    }
    for (int& part : c.parts) part += offset;
    claims.push_back(std::move(c));
  }
}

std::vector<Claim> ClaimsOfSentences(const std::vector<std::string>& sentences, int year,
                                     int section) {
  std::vector<Claim> claims;
  for (const std::string& sentence : sentences) {
    std::vector<Claim> more = ClaimsOfSentence(sentence, year);
    for (Claim& c : more) c.source.section = section;
    Append(claims, std::move(more));
  }
  return claims;
}

// sh-city-audit-2026-unit-budget.pdf p. 19-20: T7's `公务用车购置及运行费 › 购置费/运行费` are
// the 公务用车购置费/运行费 of the text, and its `机关运行经费预算数` column is the
// `财政拨款的机关运行经费` (the report has no T12).
TEST(ClaimBinding, SanGongItemsUnderTheirVehicleHeadingAndOperatingCosts) {
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "2026年单位“三公”经费和机关运行经费预算表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {AmountColumn(0, {"“三公”经费预算数", "合计"}),
                AmountColumn(1, {"“三公”经费预算数", "因公出国(境)费"}),
                AmountColumn(2, {"“三公”经费预算数", "公务接待费"}),
                AmountColumn(3, {"“三公”经费预算数", "公务用车购置及运行费", "小计"}),
                AmountColumn(4, {"“三公”经费预算数", "公务用车购置及运行费", "购置费"}),
                AmountColumn(5, {"“三公”经费预算数", "公务用车购置及运行费", "运行费"}),
                AmountColumn(6, {"机关运行经费预算数"})};
  TableRow row = Row("", {"237.92", "201.80", "8.12", "28.00", "", "28.00", "2,180.26"});
  row.cells.erase(row.cells.begin());  // no name column
  t7.rows = {row};
  std::vector<Section> sections(2);
  sections[0].table = TableCode::kT7;
  sections[1].table = TableCode::kT12;
  auto claims =
      ClaimsOfSentences({"其中：公务用车购置费0.00万元，与2025年预算持平；公务用车运行费28."
                         "00万元，与2025年预算持平。"},
                        2026, 0);
  Append(claims, ClaimsOfSentences({"2026年上海市审计局财政拨款的机关运行经费预算为2,180.26万元。"},
                                   2026, 1));
  BindClaims({t7}, sections, claims, 2026);
  const Claim* purchase = Stating(claims, ClaimKind::kAmount, "0.00");
  const Claim* running = Stating(claims, ClaimKind::kAmount, "28.00");
  const Claim* operating = Stating(claims, ClaimKind::kAmount, "2180.26");
  ASSERT_TRUE(purchase && running && operating);
  ASSERT_TRUE(purchase->fact.has_value()) << purchase->unbound_reason;
  EXPECT_EQ(purchase->fact->column, 4);
  ASSERT_TRUE(running->fact.has_value()) << running->unbound_reason;
  EXPECT_EQ(running->fact->column, 5);
  ASSERT_TRUE(operating->fact.has_value()) << operating->unbound_reason;
  EXPECT_EQ(operating->fact->column, 6);
}

// js-prov-highcourt-2018-dept-budget.pdf p. 22-23 (tables p. 14-15): budget wording around the
// item (`…费预算支出`, `一般公共预算机关运行经费预算支出`) names T7's columns and T12's 合计; the
// 培训费 of the 三公 part is never T6's 培训费 row (basic expenditure only: 45.37 against
// 1666.25), and T7's merged `会议费培训费` header names neither.
TEST(ClaimBinding, SanGongBudgetWordingAndNoBasicExpenditureRow) {
  Table t6;
  t6.code = TableCode::kT6;
  t6.title = "2018年度江苏省高级人民法院财政拨款基本支出预算表";
  t6.unit = Unit::kWanYuan;
  t6.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0}, AmountColumn(1, {"金额"})};
  t6.rows = {Row("合计", {"18,570.82"}), Row("培训费", {"45.37"})};
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "2018年江苏省高级人民法院“三公”经费、会议费、培训费支出预算表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {AmountColumn(0, {"合计"}),
                AmountColumn(1, {"“三公”经费", "小计"}),
                AmountColumn(2, {"“三公”经费", "因公出国（境）费"}),
                AmountColumn(3, {"“三公”经费", "公务用车购置及运行维护费", "小计"}),
                AmountColumn(4, {"“三公”经费", "公务用车购置及运行维护费", "公务用车购置费"}),
                AmountColumn(5, {"“三公”经费", "公务用车购置及运行维护费", "公务用车运行维护费"}),
                AmountColumn(6, {"“三公”经费", "公务接待费"}),
                AmountColumn(7, {"会议费培训费"}),
                AmountColumn(8, {"会议费培训费"})};
  TableRow row = Row(
      "", {"2,558.26", "620.75", "170.00", "266.80", "", "266.80", "183.95", "271.26", "1,666.25"});
  row.cells.erase(row.cells.begin());
  t7.rows = {row};
  Table t12;
  t12.code = TableCode::kT12;
  t12.title = "2018年度江苏省高级人民法院一般公共预算机关运行经费支出预算表";
  t12.unit = Unit::kWanYuan;
  t12.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
                 AmountColumn(1, {"机关运行经费支出"})};
  t12.rows = {Row("合计", {"3,407.38"}), Row("商品和服务支出", {"3,407.38"}),
              Row("培训费", {"45.37"})};
  std::vector<Section> sections(3);
  sections[0].table = TableCode::kT7;
  sections[1].table = TableCode::kT12;
  sections[2].table = TableCode::kT6;
  auto claims = ClaimsOfSentences(
      {"因公出国（境）费预算支出170万元，比上年预算减少10万元，主要原因是2018年度因公出国（境）费支"
       "出"
       "预算的减少。",
       "（2）公务用车运行维护费预算支出266.8万元，比上年预算减少37.6万元。",
       "江苏省高级人民法院2018年度一般公共预算拨款安排的培训费预算支出1666.25万元，比上年预算减少35"
       "万元。"},
      2018, 0);
  Append(claims,
         ClaimsOfSentences({"2018年本部门一般公共预算机关运行经费预算支出3407.38万元，与上年"
                            "相比减少5786.02万元。"},
                           2018, 1));
  Append(claims,
         ClaimsOfSentences({"江苏省高级人民法院2018年度财政拨款基本支出预算18570.82万元，其中："},
                           2018, 2));
  BindClaims({t6, t7, t12}, sections, claims, 2018);
  const Claim* abroad = Stating(claims, ClaimKind::kAmount, "170");
  const Claim* running = Stating(claims, ClaimKind::kAmount, "266.8");
  const Claim* training = Stating(claims, ClaimKind::kAmount, "1666.25");
  const Claim* operating = Stating(claims, ClaimKind::kAmount, "3407.38");
  const Claim* basic = Stating(claims, ClaimKind::kAmount, "18570.82");
  ASSERT_TRUE(abroad && running && training && operating && basic);
  ASSERT_TRUE(abroad->fact.has_value()) << abroad->unbound_reason;
  EXPECT_EQ(abroad->fact->code, TableCode::kT7);
  EXPECT_EQ(abroad->fact->column, 2);
  ASSERT_TRUE(running->fact.has_value()) << running->unbound_reason;
  EXPECT_EQ(running->fact->column, 5);
  EXPECT_FALSE(training->fact.has_value());
  ASSERT_TRUE(operating->fact.has_value()) << operating->unbound_reason;
  EXPECT_EQ(operating->fact->code, TableCode::kT12);
  EXPECT_EQ(operating->fact->row, 0);
  ASSERT_TRUE(basic->fact.has_value()) << basic->unbound_reason;
  EXPECT_EQ(basic->fact->code, TableCode::kT6);
  EXPECT_EQ(basic->fact->row, 0);
}

// yt-city-finance-2026-dept-budget.pdf p. 29 (table p. 21): a T7 printed for 2025 and 2026 side
// by side; the 2026 report's `因公出国（境）费` is the 2026 column, never 2025's.
TEST(ClaimBinding, SanGongColumnOfTheReportsYear) {
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "一般公共预算“三公”经费支出情况表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {AmountColumn(0, {"2025年预算数", "合计"}),
                AmountColumn(1, {"2025年预算数", "因公出国（境）经费"}),
                AmountColumn(2, {"2026年预算数", "合计"}),
                AmountColumn(3, {"2026年预算数", "因公出国（境）经费"})};
  TableRow row = Row("", {"10.40", "", "23.40", "13.00"});
  row.cells.erase(row.cells.begin());
  t7.rows = {row};
  auto claims = ClaimsOfSentences({"因公出国（境）费13万元，比上年增加13万元，增长100%。"}, 2026);
  BindClaims({t7}, {}, claims, 2026);
  const Claim* abroad = Stating(claims, ClaimKind::kAmount, "13");
  ASSERT_TRUE(abroad != nullptr);
  ASSERT_TRUE(abroad->fact.has_value()) << abroad->unbound_reason;
  EXPECT_EQ(abroad->fact->column, 3);
}

// sh-putuo-planning-2024-final.pdf p. 25: in a 决算, a figure shown alike under 预算数 and 决算数
// is the final one.
TEST(ClaimBinding, FinalReportReadsTheFinalColumnOfEqualFigures) {
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "2024年度财政拨款“三公”经费支出决算表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {AmountColumn(0, {"财政拨款“三公”经费", "因公出国（境）费", "预算数"}),
                AmountColumn(1, {"财政拨款“三公”经费", "因公出国（境）费", "决算数"})};
  TableRow row = Row("", {"0.00", "0.00"});
  row.cells.erase(row.cells.begin());
  t7.rows = {row};
  auto claims = ClaimsOfSentences({"1、因公出国（境）费支出0.00万元。"}, 2024);
  BindClaims({t7}, {}, claims, 2024);
  ASSERT_TRUE(claims[0].fact.has_value()) << claims[0].unbound_reason;
  EXPECT_EQ(claims[0].fact->column, 1);
}

// sh-putuo-finance-2025-dept-budget.pdf p. 7: `政府性基金拨款支出预算0万元` where the T8 is
// printed without figures stays unbound, saying so; fz-city-civilaffairs-2026-unit-budget.pdf
// p. 26: a T6 of all spending by economic class holds no 基本支出 total.
TEST(ClaimBinding, EmptyFundTableAndNoBasicTotalInAnAllSpendingTable) {
  Table t8;
  t8.code = TableCode::kT8;
  t8.title = "2025年部门政府性基金预算支出功能分类预算表";
  t8.insufficient_data = "no rows with figures under the title";
  Table t6;
  t6.code = TableCode::kT6;
  t6.title = "2026年度一般公共预算支出经济分类情况表";
  t6.unit = Unit::kWanYuan;
  t6.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0}, AmountColumn(1, {"预算数"})};
  t6.rows = {Row("合计", {"2144.92"})};
  auto claims =
      ClaimsOfSentences({"财政拨款支出预算中，政府性基金拨款支出预算0万元，与2024年预算持平。",
                         "2026年一般公共预算拨款基本支出1451.64万元。"},
                        2025);
  BindClaims({t8, t6}, {}, claims, 2025);
  const Claim* fund = Stating(claims, ClaimKind::kAmount, "0");
  const Claim* basic = Stating(claims, ClaimKind::kAmount, "1451.64");
  ASSERT_TRUE(fund && basic);
  EXPECT_FALSE(fund->fact.has_value());
  EXPECT_NE(fund->unbound_reason.find("T8"), std::string::npos) << fund->unbound_reason;
  EXPECT_NE(fund->unbound_reason.find("empty"), std::string::npos) << fund->unbound_reason;
  EXPECT_FALSE(basic->fact.has_value());
}

// sz-city-portoffice-2026-dept-budget.pdf p. 5: `部门预算收入` names T1's 本年收入合计 and its
// 收入总计; the figure settles which (here the grand total; amounts simplified).
TEST(ClaimBinding, DepartmentBudgetIncomeIsATotalOfT1) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "收支总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
                AmountColumn(1, {"收入", "2026年预算数"})};
  t1.rows = {Row("本年收入合计", {"50,000.00"}), Row("收入总计", {"55,884.67"})};
  auto claims = ClaimsOfSentences(
      {"2026年深圳市人民政府口岸办公室部门预算收入55,884.67万元，较2025年年初预算增加2,757.53万元，"
       "增长5.2%。"},
      2026);
  BindClaims({t1}, {}, claims, 2026);
  const Claim* income = Stating(claims, ClaimKind::kAmount, "55884.67");
  ASSERT_TRUE(income != nullptr);
  ASSERT_TRUE(income->fact.has_value()) << income->unbound_reason;
  EXPECT_EQ(income->fact->row, 1);
}

// xa-city-science-2022-dept-budget.pdf p. 22: `（三）一般公共预算拨款支出明细情况` under a generic
// `五、2022年部门预算收支说明` explains T5 (a lower-level heading names T5 by these words).
TEST(Sections, GeneralBudgetSpendingHeadingAtAnyLevel) {
  EXPECT_EQ(SpecificSectionTable(DecodeUtf8("（三）一般公共预算拨款支出明细情况")), TableCode::kT5);
  EXPECT_EQ(SpecificSectionTable(DecodeUtf8("（二）一般公共预算基本支出情况")), std::nullopt);
  EXPECT_EQ(SpecificSectionTable(DecodeUtf8("（一）一般公共预算收入支出情况")), std::nullopt);
}

// xa-city-propaganda-2021-dept-budget.pdf p. 8 (abridged; table p. 43 in 元): the T5 prints its
// codes after their class (`2052050803` for 2050803); a part opened by `专项业务经费：` states
// each row's 专项业务经费 column, not its 合计.
TEST(ClaimBinding, DoubledClassCodeAndExpenditureTypeColumn) {
  Table t5;
  t5.code = TableCode::kT5;
  t5.title = "2021年部门综合预算一般公共预算支出明细表（按功能科目分）";
  t5.unit = Unit::kYuan;
  t5.columns = {{0, ColumnKind::kName, 0, {"功能科目名称"}, "", 0, 0},
                AmountColumn(1, {"合计"}),
                AmountColumn(2, {"人员经费支出"}),
                AmountColumn(3, {"公用经费支出"}),
                AmountColumn(4, {"专项业务经费支出"})};
  t5.rows = {Row("一般行政管理事务", {"30,964,000.00", "0", "0", "30,964,000.00"}),
             Row("培训支出", {"1,096,000.00", "0", "20,000.00", "1,076,000.00"})};
  t5.rows[0].code = "2012013302";
  t5.rows[1].code = "2052050803";
  std::vector<Section> sections(1);
  sections[0].table = TableCode::kT5;
  auto claims = ClaimsOfSentences(
      {"（3）专项业务经费：①一般行政管理事务（2013302）3096.4万元，较上年减少28.98万元；②培训支出"
       "（2050803）107.6万元，较上年增加107.6万元。"},
      2021, 0);
  BindClaims({t5}, sections, claims, 2021);
  const Claim* training = Stating(claims, ClaimKind::kAmount, "107.6");
  ASSERT_TRUE(training != nullptr);
  ASSERT_TRUE(training->fact.has_value()) << training->unbound_reason;
  EXPECT_EQ(training->fact->row, 1);
  EXPECT_EQ(training->fact->column, 4);  // 专项业务经费支出, not 合计 (109.6)
}

// A T6 class row (`301 工资福利支出`) with its figure in column 1.
TableRow ClassRow(const std::string& code, const std::string& name, const std::string& figure) {
  TableRow row = Row(name, {figure});
  row.code = code;
  row.level = 1;
  return row;
}

// js-prov-highcourt-2018-dept-budget.pdf p. 21-22 (T6 pp. 11-12, printed twice: 财政拨款 and
// 一般公共预算 基本支出预算表): no cell prints 人员经费 or 公用经费; they are T6's 301 + 303 and
// 302 (DOMAIN.md's T6 identity), each from the copy the section's heading names.
TEST(ClaimBinding, PersonnelAndPublicFundsAreDerivedFromT6Classes) {
  auto t6 = [](const std::string& title) {
    Table t;
    t.code = TableCode::kT6;
    t.title = title;
    t.unit = Unit::kWanYuan;
    t.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0}, AmountColumn(1, {"金额"})};
    t.rows = {Row("合计", {"18,570.82"}), ClassRow("301", "工资福利支出", "13,747.87"),
              ClassRow("302", "商品和服务支出", "3,407.38"),
              ClassRow("303", "对个人和家庭的补助", "1,415.57")};
    return t;
  };
  const std::vector<Table> tables = {t6("2018年度江苏省高级人民法院财政拨款基本支出预算表"),
                                     t6("2018年度江苏省高级人民法院一般公共预算基本支出预算表")};
  std::vector<Section> sections(2);
  sections[0].heading = "六、财政拨款基本支出预算情况说明";
  sections[0].table = TableCode::kT6;
  sections[1].heading = "八、一般公共预算基本支出预算情况说明";
  sections[1].table = TableCode::kT6;
  auto claims =
      ClaimsOfSentences({"（一）人员经费15163.44万元。", "（二）公用经费3407.38万元。"}, 2018, 0);
  Append(claims, ClaimsOfSentences({"（一）人员经费15163.44万元。"}, 2018, 1));
  BindClaims(tables, sections, claims, 2018);
  ASSERT_EQ(claims.size(), 3u);
  for (const Claim& c : claims) {
    EXPECT_TRUE(c.Bound()) << c.subject << ": " << c.unbound_reason;
    EXPECT_FALSE(c.fact.has_value());
  }
  ASSERT_EQ(claims[0].fact_terms.size(), 2u);
  EXPECT_EQ(claims[0].derivation, "301+303");
  EXPECT_EQ(claims[0].fact_terms[0].table, 0);  // 财政拨款 heading: the 财政拨款 copy
  EXPECT_EQ(claims[0].fact_terms[0].row, 1);
  EXPECT_EQ(claims[0].fact_terms[1].row, 3);
  EXPECT_EQ(claims[1].derivation, "302");
  EXPECT_EQ(claims[2].fact_terms[0].table, 1);  // 一般公共预算 heading: that copy
  EXPECT_EQ(*DerivedSum(tables, claims[0].fact_terms, Unit::kWanYuan), *Decimal::Parse("15163.44"));
}

// Only the whole 人员经费/公用经费 of a part explaining T6 is derived: `在职人员经费`
// (sz-city-finance-2026-dept-budget.pdf p. 7) and `日常公用经费` (xa-city-science-2022 p. 32) are
// narrower; a part explaining T3 may state every fund's (sz-city-portoffice-2026 p. 6); a T6
// without its 303 row gives no 人员经费; a T6 with a 人员经费 column is read there, not summed
// (cq-city-commerce-2026 p. 10 prints 303 split between both parts). A rate of a derived amount
// carries its terms (sz-city-portoffice-2026 p. 6, the change sentence after the amount).
TEST(ClaimBinding, DerivedFactsOnlyForTheWholePartsOfAT6Section) {
  Table t6;
  t6.code = TableCode::kT6;
  t6.title = "一般公共预算基本支出预算表";
  t6.unit = Unit::kWanYuan;
  t6.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0}, AmountColumn(1, {"金额"})};
  t6.rows = {Row("合计", {"9,964.07"}), ClassRow("301", "工资福利支出", "8,009.83"),
             ClassRow("302", "商品和服务支出", "919.20"),
             ClassRow("303", "对个人和家庭的补助", "1,035.04")};
  std::vector<Section> sections(2);
  sections[0].table = TableCode::kT6;
  sections[1].table = TableCode::kT3;
  auto claims = ClaimsOfSentences(
      {"（一）在职人员经费8,009.83万元，主要是在职人员工资福利和社保缴费等相关支出。",
       "2022年专项业务费806.10万元，交通补贴81.08万元，日常公用经费109.15万元。",
       "（二）公用经费919.20万元，主要包括公用综合定额经费、水电费、物业管理费、工会经费和职工福利"
       "费等公用经费。",
       "较2025年年初预算增加28.21万元，增幅3.2%。"},
      2026, 0);
  Append(claims, ClaimsOfSentences({"（二）公用经费919.20万元，主要包括公用综合定额经费、水电费、物"
                                    "业管理费、工会经费和职工福利费等公用经费。"},
                                   2026, 1));
  const Claim* in_service = Stating(claims, ClaimKind::kAmount, "8009.83");
  const Claim* daily = Stating(claims, ClaimKind::kAmount, "109.15");
  Claim* change = const_cast<Claim*>(Stating(claims, ClaimKind::kChange, "28.21"));
  ASSERT_TRUE(in_service && daily && change);
  // As the report's extractor links it (the change sentence follows its amount).
  const Claim* in_t6_part = nullptr;
  for (const Claim& c : claims) {
    if (c.kind == ClaimKind::kAmount && c.value && c.value->ToString() == "919.20" && !in_t6_part) {
      in_t6_part = &c;
    }
  }
  ASSERT_TRUE(in_t6_part);
  change->subject_claim = in_t6_part->id;
  BindClaims({t6}, sections, claims, 2026);
  EXPECT_FALSE(in_service->Bound());
  EXPECT_FALSE(daily->Bound());
  EXPECT_EQ(in_t6_part->derivation, "302");
  EXPECT_EQ(change->fact_terms, in_t6_part->fact_terms);
  EXPECT_EQ(change->derivation, "302");
  EXPECT_FALSE(claims.back().Bound()) << claims.back().derivation;  // the T3 part's

  Table no_303 = t6;
  no_303.rows.pop_back();
  auto personnel = ClaimsOfSentences({"（一）人员经费15163.44万元。"}, 2026, 0);
  BindClaims({no_303}, sections, personnel, 2026);
  EXPECT_FALSE(personnel[0].Bound());
  EXPECT_NE(personnel[0].unbound_reason.find("303"), std::string::npos)
      << personnel[0].unbound_reason;

  Table split;
  split.code = TableCode::kT6;
  split.title = "2026年一般公共预算基本支出情况表";
  split.unit = Unit::kWanYuan;
  split.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
                   AmountColumn(1, {"基本支出", "总计"}),
                   AmountColumn(2, {"基本支出", "人员经费"}),
                   AmountColumn(3, {"基本支出", "公用经费"})};
  split.rows = {Row("合计", {"43,436.09", "34,411.11", "9,024.98"}),
                ClassRow("301", "工资福利支出", "32,959.79"),
                ClassRow("303", "对个人和家庭的补助", "1,532.07")};
  personnel = ClaimsOfSentences({"（一）人员经费34411.11万元。"}, 2026, 0);
  BindClaims({split}, sections, personnel, 2026);
  ASSERT_TRUE(personnel[0].fact.has_value()) << personnel[0].unbound_reason;
  EXPECT_EQ(personnel[0].fact->column, 2);
  EXPECT_TRUE(personnel[0].fact_terms.empty());
}

// js-prov-highcourt-2018-dept-budget.pdf p. 19: the subject of a change in a `主要原因是…`
// sub-clause is the thing that changed, without the lead-in (it was `主要原因是基本支出`).
TEST(ClaimSubjects, ReasonLeadInIsNotPartOfTheSubject) {
  const auto changes =
      Of(ClaimKind::kChange,
         ClaimsOfSentence("主要原因是基本支出增加1447.63万元、项目支出安排减少200万元、"
                          "单位预留机动经费增加3075.14万元。",
                          2018));
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].subject, "基本支出");
  EXPECT_EQ(changes[1].subject, "项目支出");
  EXPECT_EQ(changes[2].subject, "单位预留机动经费");
}

// xa-city-science-2022-dept-budget.pdf p. 22: a cause between the subject and its verb
// (`公用经费因人员增加正常增加`) is not part of the subject.
TEST(ClaimSubjects, CauseBetweenSubjectAndVerb) {
  const auto changes =
      Of(ClaimKind::kChange,
         ClaimsOfSentence("（2）行政运行（2060101）支出1187.60万元，比上年减少117.05万元，"
                          "原因是局机关2022年人员绩效增量标准降低人员经费减少139.51万元；"
                          "公用经费因人员增加正常增加22.46万元。",
                          2022));
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[2].subject, "公用经费");
  // `因公出国（境）费` keeps its `因`.
  const auto trip = Of(ClaimKind::kChange, ClaimsOfSentence("因公出国（境）费减少15万元。", 2026));
  ASSERT_EQ(trip.size(), 1u);
  EXPECT_EQ(trip[0].subject, "因公出国（境）费");
}

// xa-city-science-2022-dept-budget.pdf p. 20: `一般公共预算` is a fund's name, not a subject
// followed by the measure `预算` (it was cut to `一般公`); the change after the list closed by `；`
// is the sentence total's, not the last item's (`上年实户资金余额`).
TEST(ClaimSubjects, FundNameAndChangeOfTheTotalAfterAList) {
  const auto claims = ClaimsOfSentence(
      "2022年本部门预算收入94386.49万元，其中：一般公共预算拨款收入93664.78万元，上年实户资金余额"
      "721.71万元；比2021年增加33752.30万元，主要原因是：一般公共预算增加33030.59万元，上年实户资"
      "金余额增加721.71万元。",
      2022);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "94386.49");
  const Claim* change = Stating(claims, ClaimKind::kChange, "33752.30");
  const Claim* fund = Stating(claims, ClaimKind::kChange, "33030.59");
  ASSERT_TRUE(total && change && fund);
  EXPECT_EQ(change->subject_claim, total->id);
  EXPECT_EQ(fund->subject, "一般公共预算");
}

// cq-city-govoffice-2026-dept-budget.pdf p. 3: `…住房保障支出539.91万元；支出比2025年增加` is
// the change of the expenditure total, never of the list's last item.
TEST(ClaimSubjects, BareSideWordAfterAListIsTheTotal) {
  const auto claims = ClaimsOfSentence(
      "2026年年初预算数19,230.18万元，其中：一般公共服务支出15,958.96万元，教育支出15."
      "26万元，社会保"
      "障和就业支出1,595.94万元，卫生健康支出446.95万元，资源勘探工业信息等支出673.17万元，住房保障"
      "支出539.91万元；支出比2025年增加2,784.38万元，主要是基本支出增加362.10万元，项目支出增加2,"
      "422.28万元。",
      2026);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "19230.18");
  const Claim* change = Stating(claims, ClaimKind::kChange, "2784.38");
  ASSERT_TRUE(total && change);
  EXPECT_EQ(change->subject, "支出");
  EXPECT_EQ(change->subject_claim, total->id);
}

// xa-city-commerce-2022-dept-budget.pdf p. 30: `较上年增加了1.91万元` is about the amount before
// it (the verb's `了` once left `增` as the subject).
TEST(ClaimSubjects, VerbWithTrailingParticle) {
  const auto claims = ClaimsOfSentence(
      "2022年本部门一般公共预算培训费预算支出21.39万元，较上年增加了1.91万元（9.80%）。", 2022);
  const Claim* amount = Stating(claims, ClaimKind::kAmount, "21.39");
  const Claim* change = Stating(claims, ClaimKind::kChange, "1.91");
  ASSERT_TRUE(amount && change);
  EXPECT_EQ(change->subject, amount->subject);
  EXPECT_EQ(change->subject_claim, amount->id);
}

// js-prov-highcourt-2018-dept-budget.pdf p. 17: `收、支预算总计各增加` changes the
// `收入、支出预算总计` stated before it; the sub-clause of the next sentence explains that total's
// change, so its items are the report's rows (T1's 基本支出, 项目支出).
TEST(ClaimBinding, SubClauseOfATotalsChangeNamesTheReportsRows) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "收支预算总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, AmountColumn(1, {"金额"})};
  t1.rows = {Row("收入合计", {"33172.15"}), Row("一、基本支出", {"18570.82"}),
             Row("二、项目支出", {"11343.27"})};
  std::vector<Section> sections(1);
  sections[0].table = TableCode::kT1;
  auto claims = ClaimsOfSentences(
      {"江苏省高级人民法院2018年度收入、支出预算总计33172.15万元，与上年相比收、支预算总计各增加"
       "4322.77万元，增长14.98%。",
       "主要原因是基本支出增加1447.63万元、项目支出安排减少200万元、单位预留机动经费增加3075."
       "14万元。"},
      2018, 0);
  BindClaims({t1}, sections, claims, 2018);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "33172.15");
  const Claim* change = Stating(claims, ClaimKind::kChange, "4322.77");
  const Claim* growth = Stating(claims, ClaimKind::kGrowth, "14.98");
  const Claim* basic = Stating(claims, ClaimKind::kChange, "1447.63");
  const Claim* reserve = Stating(claims, ClaimKind::kChange, "3075.14");
  ASSERT_TRUE(total && change && growth && basic && reserve);
  EXPECT_EQ(change->subject_claim, total->id);
  EXPECT_EQ(growth->subject_claim, total->id);
  ASSERT_TRUE(basic->fact.has_value()) << basic->unbound_reason;
  EXPECT_EQ(basic->fact->row, 1);
  EXPECT_FALSE(reserve->Bound());  // no row of that name
}

// xa-city-science-2022-dept-budget.pdf p. 22: a sub-clause explaining one row's change names
// parts of that row (`人员经费` of 行政运行), never the report's column of that name.
TEST(ClaimBinding, SubClauseOfARowsChangeStaysUnbound) {
  Table t5;
  t5.code = TableCode::kT5;
  t5.title = "一般公共预算支出表";
  t5.unit = Unit::kWanYuan;
  t5.columns = {{0, ColumnKind::kName, 0, {"科目"}, "", 0, 0},
                AmountColumn(1, {"合计"}),
                AmountColumn(2, {"人员经费"}),
                AmountColumn(3, {"公用经费"})};
  t5.rows = {Row("合计", {"93664.78", "5000.00", "800.00"}),
             Row("行政运行", {"1187.60", "1000.00", "187.60"})};
  t5.rows[1].code = "2060101";
  std::vector<Section> sections(1);
  sections[0].table = TableCode::kT5;
  auto claims = ClaimsOfSentences(
      {"（2）行政运行（2060101）支出1187.60万元，比上年减少117.05万元，原因是局机关2022年人员绩效增"
       "量标准降低人员经费减少139.51万元；公用经费因人员增加正常增加22.46万元。"},
      2022, 0);
  BindClaims({t5}, sections, claims, 2022);
  const Claim* row_change = Stating(claims, ClaimKind::kChange, "117.05");
  const Claim* running = Stating(claims, ClaimKind::kChange, "22.46");
  ASSERT_TRUE(row_change && running);
  ASSERT_TRUE(row_change->fact.has_value()) << row_change->unbound_reason;
  EXPECT_EQ(running->subject, "公用经费");
  EXPECT_FALSE(running->Bound());
}

// js-prov-highcourt-2018-dept-budget.pdf p. 17-18 (T1 p. 9, T4 p. 11): budget wording names a
// side's total of T1 that the Jiangsu template prints as `当年收入小计` (the year's) and
// `收入合计`/`支出合计` (the grand totals, no 总计 row); `财政拨款收入预算总计` is T4's.
TEST(ClaimBinding, SideTotalsByBudgetWordingInATemplateWithoutZongji) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "2018年度江苏省高级人民法院收支预算总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
                AmountColumn(1, {"收入", "金额"}),
                {2, ColumnKind::kAmount, 1, {"支出", "支出用途", "金额"}, "", 0, 0}};
  auto spent = [](const std::string& name, const std::string& figure) {
    TableRow row = Row(name, {"", figure});
    row.lane = 1;
    return row;
  };
  t1.rows = {Row("一、财政拨款", {"33172.15"}), Row("当年收入小计", {"33172.15"}),
             Row("上年结转资金", {"10.00"}),    Row("收入合计", {"33182.15"}),
             spent("当年支出小计", "33172.15"), spent("支出合计", "33182.15")};
  Table t4;
  t4.code = TableCode::kT4;
  t4.title = "2018年度江苏省高级人民法院财政拨款收支预算总表";
  t4.unit = Unit::kWanYuan;
  t4.columns = t1.columns;
  t4.rows = {Row("一、一般公共预算", {"33172.15"}), Row("收入合计", {"33172.15"}),
             spent("支出合计", "33172.15")};
  auto claims = ClaimsOfSentences(
      {"（二）支出预算总计33182.15万元。", "江苏省高级人民法院本年收入预算合计33172.15万元，其中：",
       "江苏省高级人民法院本年支出预算合计33172.15万元，其中：",
       "财政拨款收入预算总计33172.15万元。"},
      2018);
  BindClaims({t1, t4}, {}, claims, 2018);
  const Claim* grand = Stating(claims, ClaimKind::kAmount, "33182.15");
  ASSERT_TRUE(grand && grand->fact.has_value()) << (grand ? grand->unbound_reason : "");
  EXPECT_EQ(grand->fact->code, TableCode::kT1);
  EXPECT_EQ(grand->fact->row, 5);  // 支出合计
  std::vector<const Claim*> year;
  for (const Claim& c : claims) {
    if (c.kind == ClaimKind::kAmount && c.value && c.value->ToString() == "33172.15") {
      year.push_back(&c);
    }
  }
  ASSERT_EQ(year.size(), 3u);
  for (const Claim* c : year) ASSERT_TRUE(c->fact.has_value()) << c->subject << c->unbound_reason;
  EXPECT_EQ(year[0]->fact->row, 1);  // 当年收入小计
  EXPECT_EQ(year[1]->fact->row, 4);  // 当年支出小计
  EXPECT_EQ(year[2]->fact->code, TableCode::kT4);
  EXPECT_EQ(year[2]->fact->row, 1);  // T4's 收入合计
}

// huzhou-city-health-2026-dept-budget.pdf p. 7-8 (T1 p. 25): a fund's allocation as income
// (`一般公共预算拨款收入`, `政府性基金当年拨款收入`) is T1's income item printed with the fund's
// name alone; suzhou-city-audit-2026-dept-budget.pdf p. 24: `本年附属单位上缴收入` is T1's
// `附属单位上缴收入`; cq-city-commerce-2026-dept-budget.pdf p. 4: an expenditure is never read
// from T1's income side (`一般公共预算财政拨款支出` is T4's 支出合计 × 一般公共预算).
TEST(ClaimBinding, FundAllocationIncomeAndSides) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "2026年市级部门收支预算总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, AmountColumn(1, {"收入", "预算数"})};
  t1.rows = {Row("一、财政拨款", {"64618.75"}), Row("一般公共预算", {"37018.75"}),
             Row("政府性基金预算", {"27600.00"}), Row("六、附属单位上缴收入", {"0.00"})};
  Table t4;
  t4.code = TableCode::kT4;
  t4.title = "2026年市级部门财政拨款收支预算总表";
  t4.unit = Unit::kWanYuan;
  t4.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0},
                AmountColumn(1, {"支出", "合计"}),
                AmountColumn(2, {"支出", "一般公共预算"})};
  t4.rows = {Row("支出合计", {"64618.75", "37018.75"})};
  auto claims = ClaimsOfSentences(
      {"其中：一般公共预算拨款收入37018.75万元，占7.2%；政府性基金收入27600.00万元，占5.4%。",
       "收入包括：一般公共预算当年拨款收入37018.75万元、政府性基金当年拨款收入27600.00万元。",
       "本年附属单位上缴收入0万元，占0%；", "2026年一般公共预算财政拨款支出37018.75万元。"},
      2026);
  BindClaims({t1, t4}, {}, claims, 2026);
  int income_items = 0;
  for (const Claim& c : claims) {
    if (c.kind != ClaimKind::kAmount) continue;
    ASSERT_TRUE(c.fact.has_value()) << c.subject << ": " << c.unbound_reason;
    if (c.subject.find("支出") != std::string::npos) {
      EXPECT_EQ(c.fact->code, TableCode::kT4) << c.subject;
      EXPECT_EQ(c.fact->column, 2) << c.subject;
      continue;
    }
    ++income_items;
    EXPECT_EQ(c.fact->code, TableCode::kT1) << c.subject;
    const int row = c.subject.find("附属") != std::string::npos         ? 3
                    : c.subject.find("政府性基金") != std::string::npos ? 2
                                                                        : 1;
    EXPECT_EQ(c.fact->row, row) << c.subject;
  }
  EXPECT_EQ(income_items, 5);
}

// yt-city-statistics-2026-dept-budget.pdf p. 27 (T7 p. 21, a header read with `小计` run into its
// neighbour: `公务用车购置小计经费`); sz-city-finance-2026-dept-budget.pdf p. 10 (T7 split by
// fund under each item); cc-city-petition-2026-dept-budget.pdf p. 18 (`对个人和家庭补助支出` is
// T6's `对个人和家庭的补助`).
TEST(ClaimBinding, SanGongSubtotalsFundSplitsAndClassWithoutDe) {
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "一般公共预算“三公”经费支出情况表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {
      AmountColumn(0, {"2026年预算数", "合计"}),
      AmountColumn(1, {"2026年预算数", "因公出国（境）经费"}),
      AmountColumn(2, {"2026年预算数", "公务用车购置及运行维护费", "公务用车购置小计经费"}),
      AmountColumn(3, {"2026年预算数", "公务用车购置及运行维护费", "公务用车运行维护费"}),
      AmountColumn(4, {"2026年预算数", "公务接待费"}),
      AmountColumn(5, {"公务用车购置费", "一般公共预算"}),
      AmountColumn(6, {"公务用车购置费", "政府性基金预算"})};
  TableRow row = Row("", {"14.30", "", "12.50", "12.50", "1.80", "0.00", "0.00"});
  row.cells.erase(row.cells.begin());
  t7.rows = {row};
  Table t6;
  t6.code = TableCode::kT6;
  t6.title = "一般公共预算基本支出表";
  t6.unit = Unit::kWanYuan;
  t6.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0}, AmountColumn(1, {"合计"})};
  t6.rows = {Row("对个人和家庭的补助", {"85.98"})};
  t6.rows[0].code = "303";
  std::vector<Section> sections(2);
  sections[0].table = TableCode::kT7;
  sections[1].table = TableCode::kT6;
  auto claims = ClaimsOfSentences(
      {"2026年通过一般公共预算财政拨款安排的“三公”经费预算共14.3万元，与上年基本持平。",
       "公务用车购置及运行费12.5万元。",
       "公务用车购置费2026年预算数0.00万元，较2025年年初预算减少12.00万元。"},
      2026, 0);
  Append(claims,
         ClaimsOfSentences({"（三）对个人和家庭补助支出85.98万元，占支出预算的5.11%；"}, 2026, 1));
  BindClaims({t7, t6}, sections, claims, 2026);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "14.3");
  const Claim* vehicles = Stating(claims, ClaimKind::kAmount, "12.5");
  const Claim* purchase = Stating(claims, ClaimKind::kAmount, "0.00");
  const Claim* family = Stating(claims, ClaimKind::kAmount, "85.98");
  ASSERT_TRUE(total && vehicles && purchase && family);
  ASSERT_TRUE(total->fact.has_value()) << total->unbound_reason;
  EXPECT_EQ(total->fact->column, 0);
  ASSERT_TRUE(vehicles->fact.has_value()) << vehicles->unbound_reason;
  EXPECT_EQ(vehicles->fact->column, 2);
  ASSERT_TRUE(purchase->fact.has_value()) << purchase->unbound_reason;
  EXPECT_EQ(purchase->fact->column, 5);
  ASSERT_TRUE(family->fact.has_value()) << family->unbound_reason;
  EXPECT_EQ(family->fact->code, TableCode::kT6);
}

// A page of body paragraphs, one line each, as the layout stage gives them.
Page PageOfParagraphs(int number, const std::vector<std::string>& paragraphs) {
  Page page;
  page.number = number;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    Line line;
    line.text = paragraphs[i];
    line.segments.push_back({paragraphs[i], {}, {}});
    page.lines.push_back(line);
    Paragraph para;
    para.text = paragraphs[i];
    para.first_line = para.last_line = static_cast<int>(i);
    page.paragraphs.push_back(para);
  }
  return page;
}

// js-prov-procuratorate-2018-dept-budget.pdf p. 26: the layout splits one paragraph at its widely
// spaced lines (`…与上年相` / `比增加…`); the narrative joins them again, but never a heading to
// what follows it.
TEST(NarrativeBlocks, ParagraphSplitInsideAClauseIsJoined) {
  Document doc;
  doc.pages.push_back(PageOfParagraphs(
      26, {"（一）公共安全支出（类）", "检察（款）: 2018年预算支出合计16,444.36万元。其中：",
           "1．行政运行（项）支出 10,883.36 万元，与上年相",
           "比增加 2,915.22 万元，增长 36.58 %。主要原因是员", "额制检察官工资改革等政策性调增。",
           "3．公诉、审判、侦查、执行等检察监督支出（项）1,895",
           "万元，与上年相比减少 134 万元，降幅 0.66 %。"}));
  const std::vector<NarrativeBlock> blocks = NarrativeBlocks(doc, 0, {});
  std::string texts;
  for (const NarrativeBlock& b : blocks) texts += EncodeUtf8(b.text) + "\n";
  ASSERT_EQ(blocks.size(), 4u) << texts;
  EXPECT_EQ(EncodeUtf8(blocks[0].text), "（一）公共安全支出（类）");
  EXPECT_EQ(EncodeUtf8(blocks[2].text),
            "1．行政运行（项）支出10,883.36万元，与上年相比增加2,915.22万元，增长36.58%。主要原因"
            "是员额制检察官工资改革等政策性调增。");
  std::vector<Claim> claims;
  std::vector<NarrativeBlock> copy = blocks;
  std::vector<Section> sections;
  AssignSections(copy, sections);
  ExtractClaims(copy, 2018, claims, &sections);
  const Claim* amount = Stating(claims, ClaimKind::kAmount, "1895");
  const Claim* change = Stating(claims, ClaimKind::kChange, "134");
  ASSERT_TRUE(amount && change);
  EXPECT_EQ(change->subject_claim, amount->id);
  EXPECT_EQ(change->subject, "公诉、审判、侦查、执行等检察监督支出（项）");
}

// fz-city-civilaffairs-2026-unit-budget.pdf p. 27 (a heading on its own line names the figure
// below it) and cq-city-planning-2026-dept-budget.pdf p. 4 (`（二）支出预算：2026年年初预算数
// 583,429.56万元。` then a list of classes, then the change of the total).
TEST(ClaimsSubjects, HeadingNamesTheFigureBelowAndListsKeepTheTotalCarried) {
  std::vector<NarrativeBlock> blocks(3);
  blocks[0].text = DecodeUtf8("（一）因公出国（境）经费");
  blocks[1].text = DecodeUtf8("2026年预算安排7.05万元，与上年持平。主要是保障外出交流学习需要。");
  blocks[2].text = DecodeUtf8(
      "（二）支出预算：2026年年初预算数583,429.56万元。按支出功能分类，包括教育支出54.94万元，"
      "社会保障和就业支出25,763.40万元。比2025年减少29,815.76万元，主要是基本支出增加9,481."
      "64万元，项目支出减少39,297.4万元。");
  for (NarrativeBlock& b : blocks) b.positions.resize(b.text.size());
  std::vector<Section> sections;
  AssignSections(blocks, sections);
  std::vector<Claim> claims;
  ExtractClaims(blocks, 2026, claims, &sections);
  const Claim* travel = Stating(claims, ClaimKind::kAmount, "7.05");
  const Claim* total = Stating(claims, ClaimKind::kAmount, "583429.56");
  const Claim* change = Stating(claims, ClaimKind::kChange, "29815.76");
  ASSERT_TRUE(travel && total && change);
  EXPECT_EQ(travel->subject, "因公出国（境）经费");
  EXPECT_EQ(total->subject, "支出");
  EXPECT_EQ(change->subject_claim, total->id);
}

// sz-city-portoffice-2026-dept-budget.pdf p. 6-7: a total and its list carry the total to the
// change after them, and `减幅` is a rate; gz-city-statistics-2026-dept-budget.pdf p. 23: a list
// whose items state changes of their own carries nothing (the change after it is an item's).
TEST(ClaimsSubjects, ListTotalCarriedOnlyWhenTheListStatesNoChange) {
  auto claims = ClaimsOfSentence(
      "2.口岸管理业务40,000.70万元,主要包括：口岸管养工作38,297.20万元，用于管理维护工作；资产清查"
      "盘点工作17.91万元，用于口岸现场资产盘点项目。较2025年年初预算增加569.63万元，增幅1.4%。",
      2026);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "40000.70");
  const Claim* change = Stating(claims, ClaimKind::kChange, "569.63");
  ASSERT_TRUE(total && change);
  EXPECT_EQ(change->subject_claim, total->id);
  auto decrease = ClaimsOfSentence(
      "（四）增人增资371.58万元，主要用于增人及晋级增资需求。较2025年"
      "年初预算减少28.42万元，减幅7.1%。",
      2026);
  const Claim* rate = Stating(decrease, ClaimKind::kGrowth, "7.1");
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->direction, Direction::kDown);
  auto items = ClaimsOfSentence(
      "2026年本部门财政拨款安排“三公”经费19.86万元，比上年减少22.65万元，下降53.3%。其中：因公出国"
      "（境）费5万元，比上年减少15万元；公务用车运行维护费6.7万元，比上年减少2.3万元。）比上年减少"
      "2.3万元，下降25.6%。",
      2026);
  const Claim* sangong = Stating(items, ClaimKind::kAmount, "19.86");
  ASSERT_NE(sangong, nullptr);
  for (const Claim& c : items) {
    if (c.kind == ClaimKind::kGrowth && c.value && c.value->ToString() == "25.6") {
      EXPECT_NE(c.subject_claim, sangong->id);
    }
  }
}

// xa-city-ndrc-2019-dept-budget.pdf p. 26: a percentage in brackets right after a change is its
// rate.
TEST(ClaimsSubjects, BracketedRateAfterAChange) {
  auto claims = ClaimsOfSentence(
      "公务接待费8.6万元，较上年增加1.5万元（1.21%），主要原因工作任务增加；公务用车运行维护费10"
      "万元，较上年减少1万元（1.1%），主要原因是压缩了车辆运行维护经费。",
      2019);
  const Claim* up = Stating(claims, ClaimKind::kGrowth, "1.21");
  const Claim* down = Stating(claims, ClaimKind::kGrowth, "1.1");
  ASSERT_TRUE(up && down);
  EXPECT_EQ(up->direction, Direction::kUp);
  EXPECT_EQ(down->direction, Direction::kDown);
  EXPECT_EQ(up->change_claim, Stating(claims, ClaimKind::kChange, "1.5")->id);
}

// sh-putuo-commerce-2025-dept-budget.pdf p. 6: `政府性基金拨款支出预算0万元` where T8 is printed
// without figures states that the unit has no such funds: set apart, no cell invented; a figure
// other than zero stays unbound and bindable.
TEST(ClaimsBinding, ZeroTotalOfAnEmptyFundTableIsSetApart) {
  Table t8;
  t8.code = TableCode::kT8;
  t8.title = "2025年部门政府性基金预算支出功能分类预算表";
  t8.insufficient_data = "no rows with figures under the title";
  auto claims =
      ClaimsOfSentences({"财政拨款支出预算中，政府性基金拨款支出预算0万元，与2024年预算持平。",
                         "政府性基金拨款支出预算12万元。"},
                        2025);
  BindClaims({t8}, {}, claims, 2025);
  const Claim* zero = Stating(claims, ClaimKind::kAmount, "0");
  const Claim* twelve = Stating(claims, ClaimKind::kAmount, "12");
  ASSERT_TRUE(zero && twelve);
  EXPECT_FALSE(zero->Bound());
  EXPECT_EQ(zero->not_table_fact, "empty table");
  EXPECT_FALSE(IsBindableKind(*zero));
  EXPECT_TRUE(twelve->not_table_fact.empty());
  EXPECT_TRUE(IsBindableKind(*twelve));
}

// xa-city-science-2022-dept-budget.pdf p. 21: `其中一般公共预算支出93664.78万元，比2021年增加
// 33030.59万元` is T5's total; the reasons in the sentence after it name its columns.
TEST(ClaimsBinding, ReasonsAfterATotalChangeStatedInAnInSubClause) {
  Table t5;
  t5.code = TableCode::kT5;
  t5.title = "一般公共预算支出表";
  t5.unit = Unit::kWanYuan;
  t5.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
                AmountColumn(1, {"合计"}),
                AmountColumn(2, {"人员经费支出"}),
                AmountColumn(3, {"公用经费支出"})};
  t5.rows = {Row("合计", {"93664.78", "4353.69", "360.10"})};
  std::vector<Section> sections(1);
  auto claims = ClaimsOfSentences(
      {"2022年本部门财政拨款支出93664.78万元，其中一般公共预算支出93664.78万元，比2021年增加"
       "33030.59万元。",
       "主要原因是：人员经费减少337.26万元，公用经费增加36.31万元。"},
      2022, 0);
  BindClaims({t5}, sections, claims, 2022);
  const Claim* personnel = Stating(claims, ClaimKind::kChange, "337.26");
  ASSERT_NE(personnel, nullptr);
  ASSERT_TRUE(personnel->fact.has_value()) << personnel->unbound_reason;
  EXPECT_EQ(personnel->fact->column, 2);
}

}  // namespace
}  // namespace fiscalcheck

// ---- Task H2: economic-classification subjects of the xa-city budgets ----
namespace fiscalcheck {
namespace {

using ::fiscalcheck::testing::AmountColumn;
using ::fiscalcheck::testing::Row;
using ::fiscalcheck::testing::Stating;

// An xa-city T6 by economic class (abbreviated from xa-city-finance-2026-dept-budget.pdf p. 31
// and p. 35): each detail row joins the department's class, item and the government's item code
// (`301` + `30101` + `50101`), with 合计 and the three expenditure-type columns.
Table XaEconomicT6(const std::string& title, bool basic) {
  Table t;
  t.code = TableCode::kT6;
  t.title = title;
  t.unit = Unit::kYuan;
  t.columns = {{0, ColumnKind::kName, 0, {"部门经济科目名称"}, "", 0, 0},
               AmountColumn(1, {"合计"}),
               AmountColumn(2, {"人员经费支出"}),
               AmountColumn(3, {"公用经费支出"}),
               AmountColumn(4, {"专项业务经费支出"})};
  t.rows = {
      Row("合计", {basic ? "24,399,204.54" : "77,851,540.54", "17,327,973.60", "1,105,520.00",
                   basic ? "5,965,710.94" : "59,418,046.94"}),
      Row("工资福利支出", {"17,327,973.60", "17,327,973.60", "", ""}, "301"),
      Row("基本工资工资奖金津补贴", {"14,755,885.20", "14,755,885.20", "", ""}, "3013010150101"),
      Row("基本工资工资福利支出", {"2,572,088.40", "2,572,088.40", "", ""}, "3013010150501"),
      Row("商品和服务支出",
          {basic ? "7,072,230.94" : "60,523,566.94", "", "1,105,520.00",
           basic ? "5,966,710.94" : "59,418,046.94"},
          "302"),
      Row("办公费办公经费",
          {basic ? "6,929,710.94" : "60,291,546.94", "", "963,000.00",
           basic ? "5,966,710.94" : "59,328,546.94"},
          "3023020150201"),
      Row("办公费商品和服务支出",
          {basic ? "142,520.00" : "232,020.00", "", "142,520.00", basic ? "" : "89,500.00"},
          "3023020150502"),
  };
  return t;
}

// xa-city-finance-2026-dept-budget.pdf p. 14: `商品和服务支出（302）` under `七、一般公共预算拨款
// 支出明细情况说明` (its T5 by function has no 302 row) is the 302 row of the T6 of all
// 一般公共预算 spending (p. 31, 6,052.36万元), not of the 基本支出 one (p. 35, 707.22万元): the
// titles settle it. Under a 基本支出 heading it is the 基本支出 table's.
TEST(ClaimBinding, EconomicClassRowOfTheTableTheSectionsScopeNames) {
  Table t5;
  t5.code = TableCode::kT5;
  t5.title = "部门综合预算一般公共预算支出明细表（按支出功能分类科目）";
  t5.unit = Unit::kYuan;
  t5.columns = {{0, ColumnKind::kName, 0, {"功能科目名称"}, "", 0, 0}, AmountColumn(1, {"合计"})};
  t5.rows = {Row("合计", {"303,312,586.17"}), Row("行政运行", {"20,000.00"}, "2010601")};
  const std::vector<Table> tables = {
      t5, XaEconomicT6("部门综合预算一般公共预算支出明细表（按支出经济分类科目）", false),
      XaEconomicT6("部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）", true)};
  std::vector<Section> sections(3);
  sections[0].heading = "七、一般公共预算拨款支出明细情况说明";
  sections[0].table = TableCode::kT5;
  sections[1].heading = "（三）支出按经济科目分类的明细情况";
  sections[1].parent = 0;
  sections[1].table = TableCode::kT5;
  sections[2].heading = "八、一般公共预算基本支出情况说明";
  sections[2].table = TableCode::kT5;  // a T5 part by its wording, 基本支出 by its heading
  auto claims = ClaimsOfSentences(
      {"（2）商品和服务支出（302）6,052.36万元，较上年减少258.98万元，下降4.10%，下降的主要原因是："
       "严格落实过紧日子要求。"},
      2026, 1);
  Append(claims, ClaimsOfSentences({"（2）商品和服务支出（302）707.22万元。"}, 2026, 2));
  BindClaims(tables, sections, claims, 2026);
  const Claim* whole = Stating(claims, ClaimKind::kAmount, "6052.36");
  const Claim* basic = Stating(claims, ClaimKind::kAmount, "707.22");
  ASSERT_TRUE(whole && basic);
  ASSERT_TRUE(whole->fact.has_value()) << whole->unbound_reason;
  EXPECT_EQ(whole->fact->table, 1);
  EXPECT_EQ(whole->fact->row, 4);
  ASSERT_TRUE(basic->fact.has_value()) << basic->unbound_reason;
  EXPECT_EQ(basic->fact->table, 2);
}

// xa-city-finance-2026-dept-budget.pdf p. 15 (`机关工资福利支出（501）`), xa-city-science-2022
// p. 31 (`①机关工资福利支出（501）`, a circled list marker) and xa-city-propaganda-2021 p. 10
// (`②公用经费：商品和服务支出（502）126.00万元`, the 公用经费 column): a government economic class
// is the sum of the T6 detail rows whose government code is of that class, in the table of the
// section's scope; a table whose class rows are not the sums of their items is never summed.
TEST(ClaimBinding, GovernmentEconomicClassIsDerivedFromTheGovernmentCodes) {
  EXPECT_EQ(MatchKey("①机关工资福利支出（501）"), "机关工资福利支出(501)");
  EXPECT_EQ(MatchKey("⑥对企业补助支出（312）"), "对企业补助支出(312)");
  EXPECT_EQ(GovernmentClassOf("对事业单位经常性补助（505）"), "505");
  EXPECT_EQ(GovernmentClassOf("商品和服务支出（302）"), "");
  EXPECT_EQ(GovernmentCodeOf(Row("基本工资", {}, "3013010150501")), "50501");
  EXPECT_EQ(GovernmentCodeOf(Row("基本工资", {}, "3010150101")), "50101");
  EXPECT_EQ(GovernmentCodeOf(Row("行政运行", {}, "2012010101")), "");

  const std::vector<Table> tables = {
      XaEconomicT6("部门综合预算一般公共预算支出明细表（按支出经济分类科目）", false),
      XaEconomicT6("部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）", true)};
  std::vector<Section> sections(1);
  sections[0].heading = "七、一般公共预算拨款支出明细情况说明";
  sections[0].table = TableCode::kT5;
  auto claims = ClaimsOfSentences(
      {"（1）机关工资福利支出（501）5,977.55万元，较上年增加90.80万元，增长1.54%。",
       "①机关工资福利支出（501）1349.07万元，较上年减少912.27万元。",
       "（4）对事业单位经常性补助（505）4,267.48万元，较上年减少4.78万元，下降0.11%。",
       "②公用经费：商品和服务支出（502）126.00万元，较上年减少53.42万元，原因是2020年其他交通费"
       "列入公用经费。"},
      2026, 0);
  BindClaims(tables, sections, claims, 2026);
  const Claim* wages = Stating(claims, ClaimKind::kAmount, "5977.55");
  const Claim* circled = Stating(claims, ClaimKind::kAmount, "1349.07");
  const Claim* institutions = Stating(claims, ClaimKind::kAmount, "4267.48");
  const Claim* public_funds = Stating(claims, ClaimKind::kAmount, "126.00");
  ASSERT_TRUE(wages && circled && institutions && public_funds);
  ASSERT_EQ(wages->fact_terms.size(), 1u) << wages->unbound_reason;
  EXPECT_EQ(wages->fact_terms[0].table, 0);  // all spending, as the heading says
  EXPECT_EQ(wages->fact_terms[0].row, 2);
  EXPECT_EQ(wages->fact_terms[0].column, 1);
  EXPECT_EQ(wages->derivation, "Σ501xx");
  EXPECT_EQ(circled->fact_terms, wages->fact_terms);
  ASSERT_EQ(institutions->fact_terms.size(), 2u) << institutions->unbound_reason;
  EXPECT_EQ(institutions->fact_terms[0].row, 3);
  EXPECT_EQ(institutions->fact_terms[1].row, 6);
  ASSERT_EQ(public_funds->fact_terms.size(), 1u) << public_funds->unbound_reason;
  EXPECT_EQ(public_funds->fact_terms[0].row, 5);     // 50201, not 50502 (a class 505 item)
  EXPECT_EQ(public_funds->fact_terms[0].column, 3);  // 公用经费支出
  EXPECT_EQ(*DerivedSum(tables, public_funds->fact_terms, Unit::kWanYuan), *Decimal::Parse("96.3"));
  // The change beside the amount carries its terms.
  const Claim* change = Stating(claims, ClaimKind::kChange, "90.80");
  ASSERT_TRUE(change);
  EXPECT_EQ(change->fact_terms, wages->fact_terms);

  // A table that lost a cell (class 301 no longer the sum of its items) is not summed.
  std::vector<Table> broken = tables;
  broken[0].rows[2].cells[1] = Cell{};
  auto again = ClaimsOfSentences(
      {"（1）机关工资福利支出（501）5,977.55万元，较上年增加90.80万元，增长1.54%。"}, 2026, 0);
  BindClaims(broken, sections, again, 2026);
  EXPECT_FALSE(again[0].Bound());
  EXPECT_NE(again[0].unbound_reason.find("does not add up"), std::string::npos)
      << again[0].unbound_reason;
}

// ---- Task H3: the report's department named before a subject, and as the total ----

// central-nationalpetition-2026-dept-budget.pdf pp. 17, 20, 23: the department's own name before
// the subject (after the year or before it) is no part of the subject.
TEST(ClaimsDepartment, OwnDepartmentBeforeTheSubjectIsRemoved) {
  const std::string department = "国家信访局";
  auto subject_of = [&](const std::string& sentence, const std::string& number) {
    const auto claims = ClaimsOfSentence(sentence, 2026, department);
    const Claim* c = Stating(claims, ClaimKind::kAmount, number);
    return c ? c->subject : std::string("<none>");
  };
  EXPECT_EQ(
      subject_of("国家信访局2026年一般公共预算基本支出9,880.88万元，其中：人员经费7,504.62万元。",
                 "9880.88"),
      "一般公共预算基本支出");
  EXPECT_EQ(subject_of("2026年国家信访局收入预算总计50,616.94万元，其中，一般公共预算拨款收入"
                       "16,474.82万元，占32.55%。",
                       "50616.94"),
            "收入预算总计");
  EXPECT_EQ(subject_of("国家信访局2026年一般公共预算当年财政拨款16,474.82万元,比2025年执行数减少"
                       "20,766.6万元，减幅55.76%。",
                       "16474.82"),
            "一般公共预算当年财政拨款");
  EXPECT_EQ(subject_of("国家信访局2026年“三公”经费财政拨款预算数为112.61万元。", "112.61"),
            "“三公”经费财政拨款");
  // The sentence keeps the name as printed.
  const auto claims =
      ClaimsOfSentence("国家信访局2026年“三公”经费财政拨款预算数为112.61万元。", 2026, department);
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims[0].source.sentence.rfind("国家信访局", 0), 0u);
}

// sz-city-portoffice-2026-dept-budget.pdf p. 6, sz-city-civilaffairs-2026-dept-budget.pdf p. 7:
// the department's name alone is the subject, with its scope where the department's own name
// carries it; a scope it does not carry names a unit and is kept whole.
TEST(ClaimsDepartment, DepartmentNameAloneIsTheSubject) {
  auto first_amount = [](const std::vector<Claim>& claims) {
    for (const Claim& c : claims) {
      if (c.kind == ClaimKind::kAmount) return c.subject;
    }
    return std::string("<none>");
  };
  EXPECT_EQ(first_amount(ClaimsOfSentence(
                "深圳市人民政府口岸办公室预算55,884.67万元，包括在职人员经费3,098.93万元、公用经费"
                "919.20万元。",
                2026, "深圳市人民政府口岸办公室")),
            "深圳市人民政府口岸办公室");
  const std::string civil =
      "深圳市民政局（本级）预算28,283.46万元，包括在职人员经费3,738.92万元、公用经费976.21万元。";
  EXPECT_EQ(first_amount(ClaimsOfSentence(civil, 2026, "深圳市民政局（本级）")),
            "深圳市民政局（本级）");
  EXPECT_EQ(first_amount(ClaimsOfSentence(civil, 2026, "深圳市民政局")), "深圳市民政局（本级）");
}

// sz-city-portoffice-2026-dept-budget.pdf p. 6 (T1 p. 16: 收入总计 = 支出总计 = 55,884.67): the
// department's name as the subject is its whole budget, T1's 收入总计; where the two totals
// differ and the sentence states no side, it is ambiguous; a unit of the department is neither.
TEST(ClaimsDepartment, DepartmentNameIsTheReportTotal) {
  Table t1;
  t1.code = TableCode::kT1;
  t1.title = "收支总表";
  t1.unit = Unit::kWanYuan;
  t1.columns = {{0, ColumnKind::kName, 0, {"项目"}, "", 0, 0}, AmountColumn(1, {"2026年预算数"})};
  t1.rows = {Row("本年收入合计", {"53,000.00"}), Row("收入总计", {"55,884.67"}),
             Row("支出总计", {"55,884.67"})};
  const std::string department = "深圳市人民政府口岸办公室";
  const std::string sentence =
      "深圳市人民政府口岸办公室预算55,884.67万元，包括在职人员经费3,098.93万元、公用经费919."
      "20万元。";
  auto claims = ClaimsOfSentence(sentence, 2026, department);
  BindClaims({t1}, {}, claims, 2026, department);
  const Claim* total = Stating(claims, ClaimKind::kAmount, "55884.67");
  ASSERT_TRUE(total != nullptr);
  ASSERT_TRUE(total->fact.has_value()) << total->unbound_reason;
  EXPECT_EQ(total->fact->row, 1);
  EXPECT_EQ(total->fact->column, 1);

  Table unequal = t1;
  unequal.rows[2] = Row("支出总计", {"55,000.00"});
  auto again = ClaimsOfSentence(sentence, 2026, department);
  BindClaims({unequal}, {}, again, 2026, department);
  const Claim* ambiguous = Stating(again, ClaimKind::kAmount, "55884.67");
  ASSERT_TRUE(ambiguous != nullptr);
  EXPECT_FALSE(ambiguous->Bound());
  EXPECT_EQ(ambiguous->candidates.size(), 2u);

  auto unit = ClaimsOfSentence("深圳市民政局（本级）预算55,884.67万元。", 2026, "深圳市民政局");
  BindClaims({t1}, {}, unit, 2026, "深圳市民政局");
  ASSERT_FALSE(unit.empty());
  EXPECT_FALSE(unit[0].Bound());
}

// ---- Task H1: tables of one row per period (T7 printed with one row per year, Shenzhen) ----

// sz-city-portoffice-2026-dept-budget.pdf T7 p. 31 (财政拨款“三公”经费支出表): one row per year
// (`2025年`, `2026年`) and the difference (`增减变化金额`), each item split by fund.
Table ShenzhenYearRowT7() {
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "财政拨款“三公”经费支出表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {{0, ColumnKind::kName, 0, {"年度"}, "", 0, 0}};
  const std::vector<std::vector<std::string>> items = {
      {"总计"},
      {"因公出国(境)费"},
      {"公务接待费"},
      {"公务用车购置及运行维护费", "小计"},
      {"公务用车购置及运行维护费", "公务用车购置费"},
      {"公务用车购置及运行维护费", "公务用车运行维护费"}};
  for (const auto& item : items) {
    for (const char* fund : {"一般公共预算", "政府性基金预算", "国有资本经营预算"}) {
      std::vector<std::string> path = item;
      path.push_back(fund);
      t7.columns.push_back(AmountColumn(static_cast<int>(t7.columns.size()), path));
    }
  }
  auto by_fund = [](const std::vector<std::string>& general) {
    std::vector<std::string> cells;
    for (const std::string& v : general) cells.insert(cells.end(), {v, "0.00", "0.00"});
    return cells;
  };
  t7.rows = {Row("2025年", by_fund({"37.77", "17.88", "1.89", "18.00", "12.00", "6.00"})),
             Row("2026年", by_fund({"43.79", "36.14", "1.65", "6.00", "0.00", "6.00"})),
             Row("增减变化金额", by_fund({"6.02", "18.26", "-0.24", "-12.00", "-12.00", "0.00"}))};
  return t7;
}

// An amount claim of the 三公 part with the subject the extractor gives a figure under a heading
// (`3.公务用车购置和运行维护费。2026年预算数6.00万元，其中：`, sz-city-portoffice-2026 p. 9).
Claim HeadingAmount(const std::string& subject, const std::string& number, int id) {
  Claim c;
  c.id = id;
  c.kind = ClaimKind::kAmount;
  c.subject = subject;
  c.value = Decimal::Parse(number);
  c.unit = Unit::kWanYuan;
  c.measure = Measure::kBudget;
  c.year = 2026;
  c.source.section = 0;
  c.source.sentence = "2026年预算数" + number + "万元，其中：";
  return c;
}

// sz-city-portoffice-2026-dept-budget.pdf p. 9 against T7 p. 31: every figure of 2026 reads the
// `2026年` row (never `2025年`, never `增减变化金额`); `“三公”经费` is its 总计, `公务用车购置和
// 运行维护费` its `公务用车购置及运行维护费 › 小计`, each in the 一般公共预算 column (the other
// funds' cells are 0.00, so that cell is the item's figure of all funds).
TEST(ClaimBinding, SanGongByYearRows) {
  const Table t7 = ShenzhenYearRowT7();
  std::vector<Section> sections(1);
  sections[0].table = TableCode::kT7;
  auto claims = ClaimsOfSentences(
      {"2026年财政拨款“三公”经费预算43.79万元，较2025年年初预算增加6.02万元。",
       "公务用车购置费2026年预算数0.00万元，较2025年年初预算减少12.00万元，主要是我办现有在编"
       "车辆2辆。",
       "公务用车运行维护费2026年预算数6.00万元，较2025年年初预算增加0.00万元，主要是用于公务用车"
       "维修、油料、保险等支出。"},
      2026, 0);
  claims.push_back(
      HeadingAmount("公务用车购置和运行维护费", "6.00", static_cast<int>(claims.size())));
  claims.push_back(HeadingAmount("因公出国（境）费用", "36.14", static_cast<int>(claims.size())));
  claims.push_back(HeadingAmount("公务接待费", "1.65", static_cast<int>(claims.size())));
  BindClaims({t7}, sections, claims, 2026);
  struct Expected {
    const char* number;
    int column;
  };
  for (const Expected& e :
       {Expected{"43.79", 1}, Expected{"0.00", 13}, Expected{"36.14", 4}, Expected{"1.65", 7}}) {
    const Claim* c = Stating(claims, ClaimKind::kAmount, e.number);
    ASSERT_TRUE(c != nullptr) << e.number;
    ASSERT_TRUE(c->fact.has_value()) << e.number << ": " << c->unbound_reason;
    EXPECT_EQ(c->fact->row, 1) << e.number;
    EXPECT_EQ(c->fact->column, e.column) << e.number;
  }
  // 6.00 twice: the vehicle item's 小计 (column 10) and its 运行维护费 (column 16).
  std::vector<int> six;
  for (const Claim& c : claims) {
    if (c.kind != ClaimKind::kAmount || !c.value || c.value->ToString() != "6.00") continue;
    ASSERT_TRUE(c.fact.has_value()) << c.subject << ": " << c.unbound_reason;
    EXPECT_EQ(c.fact->row, 1) << c.subject;
    six.push_back(c.fact->column);
  }
  EXPECT_EQ(six, (std::vector<int>{16, 10}));
  // The change binds through its amount: the 2026 row, not the difference row.
  const Claim* change = Stating(claims, ClaimKind::kChange, "6.02");
  ASSERT_TRUE(change != nullptr && change->fact.has_value());
  EXPECT_EQ(change->fact->row, 1);
}

// The same table and sentence where no row is of the figure's year (a report of 2027), a figure
// of 2025 (the p. 9 sentence restated for 2025), and a total whose funds both hold figures (no
// one cell is the total of all funds; the 一般公共预算 part is still named by its fund).
TEST(ClaimBinding, SanGongYearRowsNeverAnotherYearsRowNorThePartOfOneFund) {
  const Table t7 = ShenzhenYearRowT7();
  std::vector<Section> sections(1);
  sections[0].table = TableCode::kT7;
  auto later = ClaimsOfSentences({"2027年财政拨款“三公”经费预算43.79万元。"}, 2027, 0);
  BindClaims({t7}, sections, later, 2027);
  ASSERT_FALSE(later.empty());
  EXPECT_FALSE(later[0].Bound());
  EXPECT_NE(later[0].unbound_reason.find("rows of 2025, 2026 only"), std::string::npos)
      << later[0].unbound_reason;

  auto earlier = ClaimsOfSentences({"2025年财政拨款“三公”经费预算37.77万元。"}, 2026, 0);
  BindClaims({t7}, sections, earlier, 2026);
  ASSERT_FALSE(earlier.empty());
  ASSERT_TRUE(earlier[0].fact.has_value()) << earlier[0].unbound_reason;
  EXPECT_EQ(earlier[0].fact->row, 0);
  EXPECT_EQ(earlier[0].fact->column, 1);

  Table funds = t7;
  funds.rows[1] =
      Row("2026年", {"43.79", "1.00", "0.00", "36.14", "1.00", "0.00", "1.65", "0.00", "0.00",
                     "6.00", "0.00", "0.00", "0.00", "0.00", "0.00", "6.00", "0.00", "0.00"});
  auto both = ClaimsOfSentences({"2026年财政拨款“三公”经费预算43.79万元。",
                                 "2026年一般公共预算财政拨款“三公”经费预算43.79万元。"},
                                2026, 0);
  BindClaims({funds}, sections, both, 2026);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_FALSE(both[0].Bound());
  ASSERT_TRUE(both[1].fact.has_value()) << both[1].unbound_reason;
  EXPECT_EQ(both[1].fact->row, 1);
  EXPECT_EQ(both[1].fact->column, 1);
}

// central-nationalpetition-2026-dept-budget.pdf p. 25 (T6 p. 13: 委托业务费 220.00, basic
// expenditure only): the appropriation's whole 委托业务费 (1,391.68) is not T6's row, once the
// department's name no longer hides the item's name.
TEST(ClaimsDepartment, AppropriationItemIsNotTheBasicExpenditureRow) {
  Table t6;
  t6.code = TableCode::kT6;
  t6.title = "一般公共预算基本支出表";
  t6.unit = Unit::kWanYuan;
  t6.columns = {{0, ColumnKind::kName, 0, {"科目名称"}, "", 0, 0},
                AmountColumn(1, {"2026年基本支出", "合计"})};
  t6.rows = {Row("委托业务费", {"220.00"}, "30227"), Row("合计", {"9,880.88"})};
  auto claims = ClaimsOfSentence(
      "国家信访局2026年委托业务费财政拨款预算1,391.68万元，比2025年预算增加333.83万元，"
      "增长31.35%。",
      2026, "国家信访局");
  BindClaims({t6}, {}, claims, 2026, "国家信访局");
  const Claim* amount = Stating(claims, ClaimKind::kAmount, "1391.68");
  ASSERT_TRUE(amount != nullptr);
  EXPECT_EQ(amount->subject, "委托业务费财政拨款");
  EXPECT_FALSE(amount->Bound());
  EXPECT_NE(amount->unbound_reason.find("basic expenditure only"), std::string::npos)
      << amount->unbound_reason;
}

// ---- Lead: name forms of the 三公 items ----

// sh-putuo-wanli-2023-dept-budget.pdf p. 29: `公务车购置及运行费`, and the slip `公务车用车运行费`,
// are T7's 公务用车 items.
TEST(ClaimBinding, ShortVehicleNamesAreTheVehicleItems) {
  Table t7;
  t7.code = TableCode::kT7;
  t7.title = "2023年部门“三公”经费预算表";
  t7.unit = Unit::kWanYuan;
  t7.columns = {AmountColumn(0, {"合计"}),
                AmountColumn(1, {"因公出国(境)费"}),
                AmountColumn(2, {"公务接待费"}),
                AmountColumn(3, {"公务用车购置及运行费", "小计"}),
                AmountColumn(4, {"公务用车购置及运行费", "购置费"}),
                AmountColumn(5, {"公务用车购置及运行费", "运行费"})};
  TableRow row = Row("", {"23.06", "0.00", "1.50", "21.56", "0.00", "21.56"});
  row.cells.erase(row.cells.begin());  // no name column
  t7.rows = {row};
  std::vector<Section> sections(1);
  sections[0].table = TableCode::kT7;
  auto claims = ClaimsOfSentences(
      {"（二）、公务车购置及运行费21.56万元，其中：公务用车购置费0万元，比2022年预算持平，主要原因"
       "是公务用车购置费保持不变；公务车用车运行费21.56万元，比2022年预算持平。"},
      2023, 0);
  BindClaims({t7}, sections, claims, 2023);
  int subtotal = 0, running = 0;
  for (const Claim& c : claims) {
    if (c.kind != ClaimKind::kAmount || !c.value || c.value->ToString() != "21.56") continue;
    ASSERT_TRUE(c.fact.has_value()) << c.subject << " " << c.unbound_reason;
    if (c.fact->column == 3) ++subtotal;
    if (c.fact->column == 5) ++running;
  }
  EXPECT_EQ(subtotal, 1);
  EXPECT_EQ(running, 1);
}

// ---- Task H4: table-like text (tables no parsed table covers) is no narrative ----

// One body line at `top` (9 pt tall) of cells separated by column gaps, each cell 40 pt wide from
// `left`, the way the layout gives a table row; a paragraph of its own.
void AddCellsLine(Page& page, double top, double left, const std::vector<std::string>& cells) {
  Line line;
  double x = left;
  for (const std::string& cell : cells) {
    const double width = cell.size() > 12 ? 200.0 : 40.0;
    line.segments.push_back({cell, {x, top, x + width, top + 9}, {}});
    line.box.Extend({x, top, x + width, top + 9});
    line.text += (line.text.empty() ? "" : kSegmentSeparator) + cell;
    x += width + 20;
  }
  line.font_size = 9;
  page.lines.push_back(line);
  Paragraph para;
  para.text = line.text;
  para.box = line.box;
  para.first_line = para.last_line = static_cast<int>(page.lines.size()) - 1;
  page.paragraphs.push_back(para);
}

std::string BlockTexts(const std::vector<NarrativeBlock>& blocks) {
  std::string out;
  for (const NarrativeBlock& b : blocks) out += EncodeUtf8(b.text) + "\n";
  return out;
}

// xa-city-science-2022-dept-budget.pdf p. 26: a 2022-vs-2021 comparison by functional subject
// (no parsed table) with a `主要原因` text column; its rows, the subject's wrapped name between
// them and the text cells are set apart, the prose above and below is kept.
TEST(NarrativeTableLike, RunOfUnruledRowsIsSetApart) {
  Document doc;
  Page page;
  page.number = 26;
  AddCellsLine(page, 146, 76,
               {"（24）2021年在行政单位离退休25.89，事业单位离退休11.36，对机关事业单位职业年"
                "金的补助4.53，2022年未列支。"});
  AddCellsLine(page, 318, 200,
               {"2022", "1187.6", "1086.45", "101.15", "0", "0",
                "人员经费主要是局机关2022人员绩效增量标准降低"});
  AddCellsLine(page, 326, 107, {"行政运行（科学"});
  AddCellsLine(page, 334, 200,
               {"2021", "1304.65", "1225.96", "78.69", "0", "0",
                "而减少139.51万元；公用经费因人员增加正常增加"});
  AddCellsLine(page, 342, 107, {"技术管理事务）"});
  AddCellsLine(page, 350, 184,
               {"2022比2021", "-117.05", "-139.51", "22.46", "0", "0", "22.46万元。"});
  AddCellsLine(page, 420, 76, {"3.支出按经济科目分类的明细情况"});
  doc.pages.push_back(page);
  std::vector<TableLikeRegion> set_apart;
  const std::vector<NarrativeBlock> blocks = NarrativeBlocks(doc, 0, {}, &set_apart);
  ASSERT_EQ(blocks.size(), 2u) << BlockTexts(blocks);
  EXPECT_EQ(EncodeUtf8(blocks[1].text), "3.支出按经济科目分类的明细情况");
  ASSERT_EQ(set_apart.size(), 1u);
  EXPECT_EQ(set_apart[0].page, 26);
  EXPECT_FALSE(set_apart[0].ruled);
  EXPECT_EQ(set_apart[0].lines, 5);
}

// xa-city-science-2022-dept-budget.pdf p. 33: the same comparison by economic class in a ruled
// grid; its header (no figures) and its text cells above and below a row are set apart with it,
// and a line with only one or two figure cells (a list or contents line) is no table row.
TEST(NarrativeTableLike, RuledGridIsSetApartWhole) {
  Document doc;
  Page page;
  page.number = 33;
  AddCellsLine(page, 208, 72, {"力中心增加16.95万元，硬科技中心增加2.24万元。"});
  AddCellsLine(page, 260, 155, {"经济分类科目", "2022年", "2021年", "主要原因"});
  AddCellsLine(page, 284, 173, {"合计", "93,664.77", "60,634.18", "33,030.59"});
  AddCellsLine(page, 302, 421,
               {"西安市社会科学院2021年度工资福利支出822.92万元2021年度工资福利支"});
  AddCellsLine(page, 310, 117, {"(1)机关工资福利支出（501）", "1,349.07", "2261.34", "-912.27"});
  AddCellsLine(page, 318, 421,
               {"出及社会保障经费列入501科目开支，2022年局机关绩效标准降低经费减少。"});
  AddCellsLine(page, 540, 72, {"一、部门主要职责", "3"});
  const double rules[][4] = {{110, 247, 731, 248}, {110, 502, 731, 503}, {110, 247, 111, 503},
                             {253, 247, 254, 503}, {415, 247, 416, 503}, {730, 247, 731, 503}};
  for (const auto& r : rules) {
    page.rulings.push_back({{r[0], r[1], r[2], r[3]}, r[3] - r[1] < 2});
  }
  doc.pages.push_back(page);
  std::vector<TableLikeRegion> set_apart;
  const std::vector<NarrativeBlock> blocks = NarrativeBlocks(doc, 0, {}, &set_apart);
  ASSERT_EQ(blocks.size(), 2u) << BlockTexts(blocks);
  EXPECT_EQ(EncodeUtf8(blocks[0].text), "力中心增加16.95万元，硬科技中心增加2.24万元。");
  EXPECT_EQ(EncodeUtf8(blocks[1].text), "一、部门主要职责3");
  ASSERT_EQ(set_apart.size(), 1u);
  EXPECT_TRUE(set_apart[0].ruled);
  EXPECT_EQ(set_apart[0].lines, 5);
  EXPECT_EQ(set_apart[0].first_line, "经济分类科目  2022年  2021年  主要原因");
}

// ---- Lead: template residue in tables set apart from the narrative ----

// template-sh-dept-final-2024-blank.pdf prints `XX` for the unit's name in its tables; in a table
// no parsed table covers (set apart from the narrative) the residue is still a placeholder claim,
// located on its page, and no other claim is read from the table's lines.
TEST(NarrativeTableLike, ResidueInASetApartTableIsStillFound) {
  Document doc;
  Page page;
  page.number = 7;
  AddCellsLine(page, 100, 76, {"一、收入支出情况说明"});
  AddCellsLine(page, 140, 100, {"XX单位", "12.00", "34.50", "46.50"});
  AddCellsLine(page, 150, 100, {"合计", "12.00", "34.50", "46.50"});
  doc.pages.push_back(page);
  const Narrative n = ExtractNarrative({doc}, {}, {}, 2024);
  ASSERT_EQ(n.table_like.size(), 1u);
  int residue = 0;
  for (const Claim& c : n.claims) {
    EXPECT_EQ(c.kind, ClaimKind::kPlaceholder) << c.subject << " " << c.source.sentence;
    if (c.kind == ClaimKind::kPlaceholder && c.text == "XX") {
      ++residue;
      EXPECT_EQ(c.source.page, 7);
      EXPECT_EQ(c.source.section, -1);
    }
  }
  EXPECT_EQ(residue, 1);
}

}  // namespace
}  // namespace fiscalcheck
