// The note-identity parser on every form DOMAIN.md lists, and on random and mutated strings.
#include "audit/note_identity.h"

#include <random>
#include <string>

#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

std::vector<int> Numbers(const NoteIdentity& id) {
  std::vector<int> out;
  for (const NoteTerm& t : id.terms) out.push_back(t.sign * t.number);
  return out;
}

TEST(NoteIdentity, RowSumHalfwidth) {
  const auto ids = ParseNoteIdentities("24行 = (1+2+3+4+5+6+7) 行； 27行 = (24+25+26) 行；");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0].axis, NoteIdentity::Axis::kRows);
  EXPECT_EQ(ids[0].target, 24);
  EXPECT_EQ(Numbers(ids[0]), (std::vector<int>{1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(ids[1].target, 27);
  EXPECT_EQ(Numbers(ids[1]), (std::vector<int>{24, 25, 26}));
}

TEST(NoteIdentity, RangesWithDotsAndEllipsis) {
  auto ids = ParseNoteIdentities("51行 = (28+29+...+49) 行； 54行 = (51+52+53) 行。");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0].terms.size(), 22u);
  EXPECT_EQ(ids[0].terms.front().number, 28);
  EXPECT_EQ(ids[0].terms.back().number, 49);
  ids = ParseNoteIdentities("53行=（30+31+…+51）行；58行=（53+54）行。");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0].target, 53);
  EXPECT_EQ(ids[0].terms.size(), 22u);
  EXPECT_EQ(Numbers(ids[1]), (std::vector<int>{53, 54}));
}

TEST(NoteIdentity, FullwidthRows) {
  const auto ids = ParseNoteIdentities("24行=（1+2）行；25行=（26+27）行；29行=（24+25）行；");
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[2].target, 29);
  EXPECT_EQ(Numbers(ids[2]), (std::vector<int>{24, 25}));
}

TEST(NoteIdentity, ColumnsOnEveryRow) {
  auto ids = ParseNoteIdentities("1栏各行 = (2+3+4+5+6+7) 栏各行。");
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(ids[0].axis, NoteIdentity::Axis::kColumns);
  EXPECT_EQ(ids[0].target, 1);
  EXPECT_EQ(Numbers(ids[0]), (std::vector<int>{2, 3, 4, 5, 6, 7}));
  ids = ParseNoteIdentities("1栏=（2+3+6）栏；3栏=（4+5）栏；7栏=（8+9+12）栏；9栏=（10+11）栏。");
  ASSERT_EQ(ids.size(), 4u);
  EXPECT_EQ(ids[3].target, 9);
  EXPECT_EQ(Numbers(ids[3]), (std::vector<int>{10, 11}));
}

TEST(NoteIdentity, SignedTerms) {
  const auto ids = ParseNoteIdentities("6栏各行 = (1+2-3) 栏各行；3栏各行 = (4+5) 栏各行。");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0].target, 6);
  EXPECT_EQ(Numbers(ids[0]), (std::vector<int>{1, 2, -3}));
  EXPECT_EQ(Numbers(ids[1]), (std::vector<int>{4, 5}));
}

TEST(NoteIdentity, ProseAndMalformedAreSkipped) {
  EXPECT_TRUE(ParseNoteIdentities("注：本表反映部门本年度的总收支和年末结转结余情况。").empty());
  EXPECT_TRUE(ParseNoteIdentities("24行 = (1+2) 栏").empty());      // 行 against 栏
  EXPECT_TRUE(ParseNoteIdentities("24行 = (1++2) 行").empty());     // empty term
  EXPECT_TRUE(ParseNoteIdentities("24行 = (9+...+3) 行").empty());  // backward range
  EXPECT_TRUE(ParseNoteIdentities("24行 = (1+2 行").empty());       // unbalanced bracket
}

TEST(NoteIdentity, FuzzNeverCrashes) {
  const std::string alphabet[] = {"行", "栏", "各行", "=",    "＝",  "(",    ")",  "（",
                                  "）", "+",  "-",    "－",   "...", "…",    "……", "1",
                                  "2",  "9",  "0",    "99",   "999", "1234", " ",  "；",
                                  "。", "注", "\xff", "\xe4", ""};
  std::mt19937 rng(20240601);
  const std::string base = "24行 = (1+2+...+7) 行；6栏各行 = (1+2-3) 栏各行";
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    if (i % 2 == 0) {
      const int n = static_cast<int>(rng() % 40);
      for (int k = 0; k < n; ++k) s += alphabet[rng() % std::size(alphabet)];
    } else {
      s = base;
      const int edits = 1 + static_cast<int>(rng() % 5);
      for (int k = 0; k < edits && !s.empty(); ++k) {
        const size_t at = rng() % s.size();
        if (rng() % 2) {
          s.erase(at, 1 + rng() % 3);
        } else {
          s.insert(at, alphabet[rng() % std::size(alphabet)]);
        }
      }
    }
    for (const NoteIdentity& id : ParseNoteIdentities(s)) {
      EXPECT_FALSE(id.terms.empty());
      EXPECT_LE(static_cast<int>(id.terms.size()), kMaxNoteTerms);
    }
  }
}

}  // namespace
}  // namespace fiscalcheck
