// Stage 3: glyphs become lines, segments and paragraphs in reading order.
//
// Contract:
// - Lines are built from exact baselines (Glyph::origin), never from box tops, so producers
//   whose boxes mislead (ONLYOFFICE: CJK runs ~3 pt tall, digit-led runs ~22 pt) still give the
//   right order; glyphs on one baseline form one line, ordered along the reading direction, and
//   lines whose baselines tie keep content-stream order.
// - Runs of glyphs drawn consecutively in the content stream stay together, so a number that a
//   producer draws as `174,900` and `.64` overlapping on one baseline is joined, never
//   interleaved.
// - Gaps are resolved by geometry, not by the space characters in the text: letter-spaced CJK
//   (`本 年 收 入 合 计`) is one word; a drawn vertical rule or a wide gap splits a line into
//   segments (cells); two numbers are never joined.
// - Overprinted duplicate glyphs (fake bold) are dropped and counted.
// - Paragraphs re-join lines across soft breaks (Chinese wraps without spaces). Headers, footers
//   and page numbers are recognised across the document and kept out of paragraphs.
// Every threshold is a named field of LayoutSettings, in units of the font size (em).
#ifndef FISCALCHECK_EXTRACT_LAYOUT_LAYOUT_H_
#define FISCALCHECK_EXTRACT_LAYOUT_LAYOUT_H_

#include <vector>

#include "extract/document.h"
#include "extract/pdf/pdf_reader.h"

namespace fiscalcheck {

struct LayoutSettings {
  // Two glyphs are the same line when their baselines differ by less than this.
  double baseline_tolerance_em = 0.3;
  // Overprinted copies: same text with origins closer than this on both axes.
  double duplicate_tolerance_em = 0.12;
  // A glyph continues the previous glyph's run (drawn just before it in the content stream) when
  // it starts at least this far ahead of that glyph's start...
  double run_min_step_em = 0.05;
  // ...and no further ahead than this past the run's end.
  double run_gap_em = 0.6;
  // Between digits or Latin letters, a gap wider than this is a word space.
  double word_space_em = 0.16;
  // Between a CJK character and anything, a gap up to this is no space at all.
  double cjk_join_em = 0.5;
  // Letter-spaced CJK: a gap between two CJK characters up to this is still one word.
  double letter_spacing_max_em = 2.0;
  // Any gap at least this wide separates segments (cells).
  double column_gap_em = 2.0;
  // Between two figures (digits), a gap at least this wide separates segments.
  double number_column_gap_em = 0.9;
  // Header and footer zones, as a fraction of the page height.
  double margin_zone = 0.12;
  // A repeated margin line is a header/footer when it occurs on at least this share of pages
  // (and on at least 3 pages).
  double repeated_margin_share = 0.3;
  // Paragraph joining: the next baseline lies within [min, max] em below.
  double paragraph_min_leading_em = 0.9;
  double paragraph_max_leading_em = 2.4;
  // The line must end within this distance of the text block's right edge...
  double paragraph_right_slack_em = 2.5;
  // ...or of this, when the line does not end with sentence punctuation (。！？：；).
  double paragraph_open_right_slack_em = 6.0;
  // ...and the next line must start within this distance of its left edge.
  double paragraph_indent_em = 1.2;
};

// Lays out one page. The page's lines get LineRole::kBody; margins are settled by
// MarkMarginLines once every page is laid out, and paragraphs by BuildParagraphs after that.
Page LayoutPage(const RawPage& raw, const LayoutSettings& settings = {});

// Marks headers, footers and page numbers across the document's pages.
void MarkMarginLines(std::vector<Page>& pages, const LayoutSettings& settings = {});

// Re-joins the page's body lines into paragraphs.
void BuildParagraphs(Page& page, const LayoutSettings& settings = {});

// Marks a page's first paragraph as continuing the previous page's last one when the page break
// falls inside a sentence (same tests as a soft line break: the last line runs to the right edge
// without ending the sentence, the next starts at the left edge without a heading or list marker).
void LinkParagraphsAcrossPages(std::vector<Page>& pages, const LayoutSettings& settings = {});

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_LAYOUT_LAYOUT_H_
