// Claim forms, each on a real sentence of the corpus (file and page in the comment), plus the
// placeholder forms of DOMAIN.md's "What goes wrong".
#include <string>
#include <vector>

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

}  // namespace
}  // namespace fiscalcheck
