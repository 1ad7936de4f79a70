#include "extract/normalize/normalize.h"

#include <string>
#include <vector>

#include "extract/utf8.h"
#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

std::string NormalizeAll(const std::string& text) {
  std::string out;
  for (char32_t c : DecodeUtf8(text)) {
    std::string one;
    AppendUtf8(c, one);
    out += NormalizeGlyphText(one);
  }
  return out;
}

std::string NumberPunctuation(const std::string& text) {
  std::vector<std::string> chars;
  for (char32_t c : DecodeUtf8(text)) {
    std::string one;
    AppendUtf8(c, one);
    chars.push_back(one);
  }
  NormalizeNumberPunctuation(chars);
  std::string out;
  for (const auto& c : chars) out += c;
  return out;
}

TEST(NormalizeTest, KangxiRadicalsBecomeUnifiedIdeographs) {
  // ⼀ (U+2F00), ⼤ (U+2F24), ⽀ (U+2F40), ⾦ (U+2FA6): fonts without ToUnicode maps emit these.
  EXPECT_EQ(NormalizeAll("\u2F00\u822C\u516C\u5171\u670D\u52A1\u2F40\u51FA"), "一般公共服务支出");
  EXPECT_EQ(NormalizeAll("\u2F24"), "大");
  EXPECT_EQ(NormalizeAll("\u2FA6"), "金");
}

TEST(NormalizeTest, RadicalsSupplementMappedExplicitly) {
  // NFKC leaves U+2E80..U+2EFF alone; ⻓⻔⻋⻅⻛⻜⻢⻩⻬⻄ are common in simplified text.
  EXPECT_EQ(NormalizeAll("\u2ED3"), "长");
  EXPECT_EQ(NormalizeAll("\u2ED4"), "门");
  EXPECT_EQ(NormalizeAll("\u2ECB"), "车");
  EXPECT_EQ(NormalizeAll("\u2EC5"), "见");
  EXPECT_EQ(NormalizeAll("\u2EDB"), "风");
  EXPECT_EQ(NormalizeAll("\u2EDC"), "飞");
  EXPECT_EQ(NormalizeAll("\u2EE2"), "马");
  EXPECT_EQ(NormalizeAll("\u2EE9"), "黄");
  EXPECT_EQ(NormalizeAll("\u2EEC"), "齐");
  EXPECT_EQ(NormalizeAll("\u2EC4"), "西");
  EXPECT_EQ(NormalizeAll("公务⽤\u2ECB运⾏费"), "公务用车运行费");
  EXPECT_EQ(RadicalSupplementEquivalent(0x2E80), 0u);  // no equivalent: left and counted
  CharacterCounts counts;
  CountCharacters(NormalizeAll("\u2E80"), counts);
  EXPECT_EQ(counts.unmapped_radicals, 1);
}

TEST(NormalizeTest, CompatibilityIdeographsGoThroughNfkc) {
  EXPECT_EQ(NormalizeAll("\uF900"), "豈");
  EXPECT_EQ(NormalizeAll("\U0002F800"), "丽");
}

TEST(NormalizeTest, FullwidthDigitsAndLettersBecomeAscii) {
  EXPECT_EQ(NormalizeAll("２０２６年ＸＸ局"), "2026年XX局");
}

TEST(NormalizeTest, FullwidthPunctuationIsKeptAsPrinted) {
  EXPECT_EQ(NormalizeAll("其中：人员经费（类），占；"), "其中：人员经费（类），占；");
  EXPECT_EQ(NormalizeAll("４．"), "4．");
  EXPECT_EQ(NormalizeAll("……"), "……");
  EXPECT_EQ(NormalizeAll("①㈠Ⅲ㎡"), "①㈠Ⅲ㎡");
}

TEST(NormalizeTest, InvisibleAndControlCharacters) {
  EXPECT_EQ(NormalizeAll("合\u200B计\u00AD"), "合计");
  EXPECT_EQ(NormalizeAll("\x01"), "\uFFFD");
  EXPECT_EQ(NormalizeAll("\u3000"), " ");
}

TEST(NormalizeTest, NumberPunctuationOnlyInsideNumbers) {
  // Runs after NFKC, so fullwidth digits are already ASCII; on their own they are not figures.
  EXPECT_EQ(NumberPunctuation("合计１２．５０万元"), "合计１２．５０万元");
  EXPECT_EQ(NumberPunctuation("合计12．50万元"), "合计12.50万元");
  EXPECT_EQ(NumberPunctuation("占96.3％"), "占96.3%");
  EXPECT_EQ(NumberPunctuation("比例（％）"), "比例（％）");
  EXPECT_EQ(NumberPunctuation("减少－12.5"), "减少-12.5");
  EXPECT_EQ(NumberPunctuation("1，234.56"), "1,234.56");
  EXPECT_EQ(NumberPunctuation("共3，100人"), "共3，100人");  // no decimal part: left alone
  EXPECT_EQ(NumberPunctuation("第1，2项"), "第1，2项");
}

TEST(NormalizeTest, ListNumberBeforeAYearIsNotADecimal) {
  // Tables of contents in 11 Shanghai files: `4．2026年…` is item 4, year 2026.
  EXPECT_EQ(NumberPunctuation("4．2026年预算单位财政拨款收支预算总表"),
            "4．2026年预算单位财政拨款收支预算总表");
  EXPECT_EQ(NumberPunctuation("  12．2026年"), "  12．2026年");
  EXPECT_EQ(NumberPunctuation("金额 4．20"), "金额 4.20");
}

TEST(NormalizeTest, CountsReplacementAndPrivateUse) {
  CharacterCounts counts;
  CountCharacters("a\uFFFD\uE000\uF8FF\U000F0000", counts);
  EXPECT_EQ(counts.replacement, 1);
  EXPECT_EQ(counts.private_use, 3);
}

}  // namespace
}  // namespace fiscalcheck
