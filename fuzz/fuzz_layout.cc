// libFuzzer target: arbitrary glyph geometry (including degenerate and overlapping glyphs,
// every direction, rules) through layout, margin marking and paragraph building.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "extract/layout/layout.h"
#include "fuzz/glyph_page_from_bytes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<fiscalcheck::Page> pages;
  pages.push_back(fiscalcheck::LayoutPage(fiscalcheck::GlyphPageFromBytes(data, size)));
  pages.push_back(fiscalcheck::LayoutPage(fiscalcheck::GlyphPageFromBytes(data, size / 2)));
  fiscalcheck::MarkMarginLines(pages);
  for (auto& p : pages) fiscalcheck::BuildParagraphs(p);
  fiscalcheck::LinkParagraphsAcrossPages(pages);
  return 0;
}
