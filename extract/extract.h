// The extraction pipeline end to end: PDF file → Document (pdf → normalize → layout).
#ifndef FISCALCHECK_EXTRACT_EXTRACT_H_
#define FISCALCHECK_EXTRACT_EXTRACT_H_

#include <string>

#include "absl/status/statusor.h"
#include "extract/document.h"
#include "extract/layout/layout.h"

namespace fiscalcheck {

// Reads and lays out one PDF. Errors are one-line, user-facing reasons (see pdf_reader.h); a
// document in which no page has any text is an error too ("no text layer"), while a document
// with some text-less pages lists them in Document::pages_without_text.
struct ExtractOptions {
  bool sha256 = true;  // hash the file (Document::sha256); plain text output does not need it
};

absl::StatusOr<Document> ExtractDocument(const std::string& path,
                                         const LayoutSettings& settings = {},
                                         const ExtractOptions& options = {});

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_EXTRACT_H_
