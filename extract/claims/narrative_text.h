// Stage 5a: the narrative as text blocks with a position for every character, its sections and
// its sentences. Claims (claim_extractor.h) are read from these sentences.
//
// Contract:
// - A block is one body paragraph outside every table region (title to last row, and the header
//   area above a table continued from an earlier page), joined with the paragraph it continues
//   across a page break, and on the same page with a paragraph that continues a clause the
//   layout split at a widely spaced line (the block ends in prose without a stop or a closing
//   bracket, and the next paragraph opens no heading). Page headers, footers and page numbers
//   are never narrative.
// - Tables that no parsed table covers are no narrative either. A line is a table row when it
//   holds at least three figure cells, segments (layout.h) whose whole text is one figure
//   (`-117.05`, `0`, `2022`, `96.3%`): prose never leaves a figure alone between column gaps.
//   (A line with one or two, such as a performance table's `指标值` or a fee schedule's item
//   number, does not count.) A table-like region is
//   - a ruled grid (connected rulings with at least three vertical rules) holding a table row:
//     the whole grid, its header, names and text cells;
//   - elsewhere, a run of table rows less than three em apart: from the first row to the last,
//     with every line between them.
//   Every body line of such a region is set apart, the table's text cells too (a `主要原因`
//   column's prose, a project description): it restates the table, not the narrative, and the
//   lines between its rows cannot be put back into sentences. Nothing is dropped silently: the
//   regions are returned (TableLikeRegion, claim.h), kept in Narrative::table_like, listed in
//   `extract --format json` and counted by claim_report.
// - Block text is "compact": the normalised paragraph text with every space removed except one
//   between two Latin letters, so `占 55.10%` and `9746.50 万元` read `占55.10%` and
//   `9746.50万元`. Each code point keeps the page and box of the glyph it came from.
// - A heading (`第三部分`, `一、`, `（一）`, `1.`/`1、`) opens a section; the section names the
//   standard table its part of the report explains when its words say so.
#ifndef FISCALCHECK_EXTRACT_CLAIMS_NARRATIVE_TEXT_H_
#define FISCALCHECK_EXTRACT_CLAIMS_NARRATIVE_TEXT_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/document.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

// The glyph a code point of block text came from; page 0 when it came from no glyph.
struct GlyphPosition {
  int page = 0;
  BBox box;
};

struct NarrativeBlock {
  int file = 0;
  int page = 0;                          // page of the first character
  std::u32string text;                   // compact text
  std::vector<GlyphPosition> positions;  // one per code point of `text`
  int section = -1;                      // the section the block's text belongs to
  int heading_length = 0;                // leading code points that are the section's heading
};

// The body paragraphs of `doc` outside the regions of `tables` (the tables of this file) and
// outside table-like regions, as compact blocks in reading order. `set_apart`, when given,
// receives the table-like regions that set apart at least one line; `set_apart_lines`, when
// given, each line set apart as a block of its own (section -1), for what must still be read in
// them (template residue: ExtractNarrative).
std::vector<NarrativeBlock> NarrativeBlocks(const Document& doc, int file,
                                            const std::vector<const Table*>& tables,
                                            std::vector<TableLikeRegion>* set_apart = nullptr,
                                            std::vector<NarrativeBlock>* set_apart_lines = nullptr);

// Finds headings at the start of blocks, appends the sections they open to `sections` and sets
// each block's section (a block before any heading keeps the current last section, or -1).
void AssignSections(std::vector<NarrativeBlock>& blocks, std::vector<Section>& sections);

// The standard table a heading's words point to (`“三公”经费` → T7), or nullopt.
std::optional<TableCode> SectionTable(const std::u32string& heading);
// Only the unmistakable words (`三公`, `政府性基金`, `政府采购`, `一般公共预算…支出`…), for
// sub-headings.
std::optional<TableCode> SpecificSectionTable(const std::u32string& heading);

// Sentence boundaries of `text` by ICU's sentence BreakIterator (zh): [begin, end) code point
// ranges covering the text, whitespace-only ranges dropped.
std::vector<std::pair<int, int>> SplitSentences(const std::u32string& text);

// The union of the glyph boxes of [begin, end) on the page of its first positioned character.
GlyphPosition SpanPosition(const NarrativeBlock& block, int begin, int end);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_NARRATIVE_TEXT_H_
