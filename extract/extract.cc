#include "extract/extract.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "extract/pdf/pdf_reader.h"
#include "extract/sha256.h"

namespace fiscalcheck {

absl::StatusOr<Document> ExtractDocument(const std::string& path, const LayoutSettings& settings,
                                         const ExtractOptions& options) {
  Document doc;
  RawDocument info;
  absl::Status read = ReadPdfPages(path, info, [&](RawPage page) {
    doc.pages.push_back(LayoutPage(page, settings));
    if (doc.pages.back().lines.empty()) doc.pages_without_text.push_back(page.number);
  });
  if (!read.ok()) return read;
  if (options.sha256) {
    absl::StatusOr<std::string> digest = Sha256OfFile(path);
    if (!digest.ok()) return digest.status();
    doc.sha256 = *std::move(digest);
  }
  doc.path = path;
  doc.producer = info.producer;
  doc.poppler_warnings = info.poppler_warnings;
  doc.xref_reconstructed = info.xref_reconstructed;
  if (doc.pages_without_text.size() == doc.pages.size()) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": no text layer on any of its ", doc.pages.size(),
                     " pages (a scanned document; OCR it first)"));
  }
  MarkMarginLines(doc.pages, settings);
  for (Page& page : doc.pages) BuildParagraphs(page, settings);
  LinkParagraphsAcrossPages(doc.pages, settings);
  return doc;
}

}  // namespace fiscalcheck
