// Claim forms, each on a real sentence of the corpus (file and page in the comment), plus the
// placeholder forms of DOMAIN.md's "What goes wrong".
#include <string>
#include <vector>

#include "extract/claims/claim_binder.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/narrative_text.h"
#include "extract/claims/placeholders.h"
#include "extract/utf8.h"
#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

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
const Claim* Stating(const std::vector<Claim>& claims, ClaimKind kind, const std::string& number) {
  for (const Claim& c : claims) {
    if (c.kind == kind && c.value && c.value->ToString() == number) return &c;
  }
  return nullptr;
}

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

Column AmountColumn(int index, std::vector<std::string> path) {
  return {index, ColumnKind::kAmount, 0, std::move(path), "", 0, 0};
}

TableRow Row(const std::string& name, const std::vector<std::string>& cells) {
  TableRow row;
  row.name = name;
  row.cells.resize(cells.size() + 1);
  row.cells[0].text = name;
  for (size_t i = 0; i < cells.size(); ++i) {
    row.cells[i + 1].text = cells[i];
    row.cells[i + 1].value = Decimal::Parse(cells[i]);
  }
  return row;
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

}  // namespace
}  // namespace fiscalcheck
