// The extracted document: what every later stage (segmenting, tables, claims, rules) reads.
//
// Plain data, no behaviour. Geometry follows geometry.h; text is normalised (normalize.h).
#ifndef FISCALCHECK_EXTRACT_DOCUMENT_H_
#define FISCALCHECK_EXTRACT_DOCUMENT_H_

#include <string>
#include <vector>

#include "extract/geometry.h"
#include "extract/normalize/normalize.h"
#include "extract/pdf/pdf_reader.h"

namespace fiscalcheck {

// One glyph after normalisation (its text may be several characters, e.g. a ligature).
struct TextChar {
  std::string text;
  BBox box;
};

// A stretch of a line with no column gap inside: a table cell's text, or a whole prose line.
struct Segment {
  std::string text;  // the chars' text; a single space where geometry shows a word gap
  BBox box;
  std::vector<TextChar> chars;  // the glyphs, in reading order (spaces are not glyphs here)
};

enum class LineRole { kBody, kHeader, kFooter, kPageNumber };

// Glyphs sharing one baseline, in reading order.
struct Line {
  std::string text;  // segments joined by kSegmentSeparator
  BBox box;
  double baseline = 0;   // across-axis position of the baseline in the line's reading frame
  double font_size = 0;  // the median glyph size on the line
  int direction = 0;     // reading direction, as Glyph::direction
  int first_stream_index = 0;
  LineRole role = LineRole::kBody;
  std::vector<Segment> segments;
};

// Text between segments of a line: wider than a word space, so cells stay visible in text output.
inline constexpr char kSegmentSeparator[] = "  ";

// Consecutive body lines re-joined across soft line breaks.
struct Paragraph {
  std::string text;
  BBox box;
  int first_line = 0, last_line = 0;  // indices into Page::lines, inclusive
  // The paragraph carries on the previous page's last paragraph across the page break.
  bool continues_previous_page = false;
};

struct Page {
  int number = 0;
  double width = 0, height = 0;
  int rotation = 0;
  std::vector<Line> lines;            // reading order
  std::vector<Paragraph> paragraphs;  // body lines only, reading order
  std::vector<Ruling> rulings;
  CharacterCounts counts;
  int glyph_count = 0;
  int duplicate_glyphs_dropped = 0;  // overprinted copies (fake bold, shadows)
};

struct Document {
  std::string path;
  std::string sha256;
  std::string producer;
  int poppler_warnings = 0;
  bool xref_reconstructed = false;
  std::vector<Page> pages;
  std::vector<int> pages_without_text;  // page numbers with no glyphs at all
};

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_DOCUMENT_H_
