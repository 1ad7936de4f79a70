#include "extract/utf8.h"

#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

TEST(Utf8Test, RoundTripsCjkAndAstralCharacters) {
  const std::string text = "本年收入合计1,204.56万元𠀀";
  EXPECT_EQ(EncodeUtf8(DecodeUtf8(text)), text);
  EXPECT_EQ(DecodeUtf8(text).size(), 17u);
}

TEST(Utf8Test, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(DecodeUtf8("a\xFF"
                       "b"),
            U"a\uFFFDb");
  EXPECT_EQ(DecodeUtf8("\xE4\xB8"), U"\uFFFD\uFFFD");            // truncated sequence
  EXPECT_EQ(DecodeUtf8("\xC0\xAF"), U"\uFFFD\uFFFD");            // overlong '/'
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80"), U"\uFFFD\uFFFD\uFFFD");  // surrogate
}

TEST(Utf8Test, EncodesSurrogatesAsReplacement) {
  std::string out;
  AppendUtf8(0xD800, out);
  EXPECT_EQ(out, "\uFFFD");
}

}  // namespace
}  // namespace fiscalcheck
