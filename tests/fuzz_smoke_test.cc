// Deterministic fuzzing inside the normal suite (so it also runs under ASan/UBSan in CI): random
// bytes through normalisation, random glyph pages through layout, and byte-mutated real PDFs
// through the whole extraction. Nothing may crash or hang; bad PDFs must come back as errors.
// The coverage-guided versions of the same targets live in fuzz/ (scripts/fuzz.sh).
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "extract/claims/claim_extractor.h"
#include "extract/claims/placeholders.h"
#include "extract/extract.h"
#include "extract/normalize/normalize.h"
#include "extract/utf8.h"
#include "fuzz/glyph_page_from_bytes.h"
#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

std::vector<uint8_t> RandomBytes(std::mt19937& rng, size_t n) {
  std::vector<uint8_t> out(n);
  for (auto& b : out) b = static_cast<uint8_t>(rng());
  return out;
}

TEST(FuzzSmoke, NormalizationSurvivesArbitraryBytes) {
  std::mt19937 rng(20261126);
  for (int i = 0; i < 3000; ++i) {
    const std::vector<uint8_t> bytes = RandomBytes(rng, rng() % 64);
    const std::string text(bytes.begin(), bytes.end());
    std::vector<std::string> chars;
    for (char32_t c : DecodeUtf8(text)) {
      std::string one;
      AppendUtf8(c, one);
      std::string n = NormalizeGlyphText(one);
      ASSERT_EQ(EncodeUtf8(DecodeUtf8(n)), n) << "normalised text must be valid UTF-8";
      chars.push_back(std::move(n));
    }
    const size_t before = chars.size();
    NormalizeNumberPunctuation(chars);
    ASSERT_EQ(chars.size(), before);
  }
}

// Claim patterns over text made of the characters they look for, shuffled: figures, units,
// direction words, brackets, separators. Spans must stay inside their sentence.
TEST(FuzzSmoke, ClaimExtractionSurvivesShuffledWording) {
  const std::vector<std::string> pieces = {
      "1",      "0",      ".",  ",",    "9",        "万元", "元",   "%",    "占",  "其中",
      "：",     "，",     "。", "增长", "下降",     "增加", "减少", "持平", "（",  "）",
      "(",      ")",      "XX", "……",   "年初预算", "决算", "完成", "的",   "比",  "2023年",
      "（类）", "（项）", "辆", "人",   "为",       "；",   "收入", "支出", "合计"};
  std::mt19937 rng(20261127);
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    const std::vector<Claim> claims = ClaimsOfSentence(text, 2024);
    for (const Claim& c : claims) {
      const int length = static_cast<int>(DecodeUtf8(c.source.sentence).size());
      ASSERT_LE(0, c.source.span_begin) << text;
      ASSERT_LE(c.source.span_begin, c.source.span_end) << text;
      ASSERT_LE(c.source.span_end, length) << text;
      for (int link : {c.subject_claim, c.base_claim, c.change_claim}) {
        ASSERT_LT(link, static_cast<int>(claims.size())) << text;
      }
    }
    for (const PlaceholderMatch& m : FindPlaceholders(text)) {
      ASSERT_LE(m.begin, m.end);
      ASSERT_LE(m.end, text.size());
    }
  }
}

TEST(FuzzSmoke, LayoutSurvivesArbitraryGlyphs) {
  std::mt19937 rng(7);
  for (int i = 0; i < 400; ++i) {
    const std::vector<uint8_t> bytes = RandomBytes(rng, 12 * (rng() % 200));
    std::vector<Page> pages;
    pages.push_back(LayoutPage(GlyphPageFromBytes(bytes.data(), bytes.size())));
    pages.push_back(LayoutPage(GlyphPageFromBytes(bytes.data(), bytes.size() / 2)));
    MarkMarginLines(pages);
    for (Page& p : pages) {
      BuildParagraphs(p);
      size_t glyphs = 0;
      for (const Line& l : p.lines) {
        for (const Segment& s : l.segments) glyphs += s.chars.size();
        ASSERT_FALSE(l.segments.empty());
      }
      ASSERT_LE(glyphs, static_cast<size_t>(p.glyph_count));
    }
    LinkParagraphsAcrossPages(pages);
  }
}

TEST(FuzzSmoke, NonFiniteGeometryIsSkipped) {
  RawPage raw;
  raw.width = 100;
  raw.height = 100;
  Glyph g;
  g.text = "合";
  g.font_size = 10;
  g.advance = 10;
  g.origin_x = std::nan("");
  g.origin_y = 50;
  raw.glyphs.push_back(g);
  g.origin_x = 10;
  g.direction = 9;
  raw.glyphs.push_back(g);
  EXPECT_TRUE(LayoutPage(raw).lines.empty());
}

TEST(FuzzSmoke, MutatedPdfsAreReadOrRefused) {
  const std::string source =
      testing::ProjectCorpusFile("js-prov-npcoffice-2019-dept-budget-tables.pdf");
  std::ifstream in(source, std::ios::binary);
  const std::string original(std::istreambuf_iterator<char>(in), {});
  ASSERT_GT(original.size(), 10000u);
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("fiscalcheck-mutant-" + std::to_string(::getpid()) + ".pdf"))
                               .string();
  std::mt19937 rng(42);
  int refused = 0;
  for (int i = 0; i < 40; ++i) {
    std::string mutant = original;
    const int flips = 1 + static_cast<int>(rng() % 64);
    for (int k = 0; k < flips; ++k) mutant[rng() % mutant.size()] = static_cast<char>(rng());
    if (i % 4 == 0) mutant = mutant.substr(0, rng() % mutant.size()) + "\n%%EOF\n";
    std::ofstream(path, std::ios::binary) << mutant;
    absl::StatusOr<Document> doc = ExtractDocument(path);
    if (doc.ok()) {
      EXPECT_LE(doc->pages.size(), 13u);  // never more pages than the original
    } else {
      ++refused;
      EXPECT_EQ(std::string(doc.status().message()).find('\n'), std::string::npos);
    }
  }
  std::filesystem::remove(path);
  EXPECT_GT(refused, 0) << "truncated mutants must be refused";
}

}  // namespace
}  // namespace fiscalcheck
