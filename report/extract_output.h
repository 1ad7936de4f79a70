// Printing an extracted Document: the `extract` subcommand's two formats. Printing only; no
// stage logic lives here. Both outputs are deterministic (same input, same bytes).
#ifndef FISCALCHECK_REPORT_EXTRACT_OUTPUT_H_
#define FISCALCHECK_REPORT_EXTRACT_OUTPUT_H_

#include <ostream>

#include "extract/document.h"
#include "nlohmann/json.hpp"

namespace fiscalcheck {

// Reading-order text, page by page: a `=== page N ===` banner, then `[header]` lines, body
// paragraphs (one per line of output), `[footer]` and `[page-number]` lines.
void WriteExtractText(const Document& doc, std::ostream& out);

struct JsonOptions {
  bool include_glyphs = false;  // per-character boxes inside each segment
};

// The `extract --format json` object for one file (fields documented in README.md).
nlohmann::ordered_json ExtractJson(const Document& doc, const JsonOptions& options = {});

// A coordinate or size in points rounded to 0.01 (never printed as -0).
double Round2(double v);

// A bbox as [x0, y0, x1, y1] rounded to 0.01 pt.
nlohmann::ordered_json BBoxJson(const BBox& box);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_REPORT_EXTRACT_OUTPUT_H_
