// Stage 1 of the pipeline: a PDF file becomes pages of positioned glyphs and ruling lines.
//
// Contract:
// - ReadPdf never prints: Poppler's own warnings are routed through its error callback and
//   counted per document (the callback is process-wide, so documents are read one at a time per
//   process; `scan` isolates documents in child processes).
// - Bad input (missing, empty, not a PDF, truncated, encrypted with a user password, damaged
//   beyond repair, zero pages) is an error Status whose message is one line for the user. A PDF
//   with only an owner password opens and is read normally.
// - Glyph geometry is in upright page coordinates (see geometry.h). Each glyph carries its exact
//   baseline origin (from the text matrix, not from font metrics), its advance, its reading
//   direction and its position in content-stream order.
#ifndef FISCALCHECK_EXTRACT_PDF_PDF_READER_H_
#define FISCALCHECK_EXTRACT_PDF_PDF_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/geometry.h"

namespace fiscalcheck {

// One drawn glyph, before normalisation.
struct Glyph {
  std::string text;  // UTF-8 from the font's ToUnicode/CMap; U+FFFD when the glyph has none
  BBox box;          // upright box from origin, advance and clamped font ascent/descent
  double origin_x = 0, origin_y = 0;  // baseline origin of the glyph in upright coordinates
  double advance = 0;                 // advance along the reading direction, without Tc spacing
  double font_size = 0;               // transformed font size in points
  int direction = 0;      // reading direction: 0 right, 1 down, 2 left, 3 up (upright page)
  int stream_index = 0;   // order of drawing within the page's content stream
  int font_id = 0;        // index into RawPage::fonts
  bool is_space = false;  // the glyph is a space character (a hint only; layout uses geometry)
};

// A horizontal or vertical stroke or thin filled rectangle: a table's drawn rule.
struct Ruling {
  BBox box;
  bool horizontal = true;
};

struct RawPage {
  int number = 0;                // 1-based physical page index
  double width = 0, height = 0;  // upright size in points
  int rotation = 0;              // the page's /Rotate, normalised to 0, 90, 180 or 270
  std::vector<Glyph> glyphs;
  std::vector<Ruling> rulings;
  std::vector<std::string> fonts;  // font names, indexed by Glyph::font_id
  int glyphs_outside_page = 0;     // glyphs dropped because they lie wholly off the page
  bool rulings_truncated = false;  // more rulings than kMaxRulingsPerPage were drawn
};

struct RawDocument {
  std::vector<RawPage> pages;
  int poppler_warnings = 0;  // syntax warnings and errors Poppler reported while reading
  bool xref_reconstructed = false;
  std::string producer;  // the document information's Producer, when present
};

inline constexpr int kMaxRulingsPerPage = 50000;

// Reads every page of `path`.
absl::StatusOr<RawDocument> ReadPdf(const std::string& path);

// The same, handing each page to `on_page` as soon as it is read (so a caller can lay it out
// while it is hot in the cache and drop its glyphs); `info` receives everything but the pages.
absl::Status ReadPdfPages(const std::string& path, RawDocument& info,
                          const std::function<void(RawPage)>& on_page);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_PDF_PDF_READER_H_
