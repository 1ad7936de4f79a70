#include "extract/extract.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "extract/pdf/pdf_reader.h"
#include "extract/sha256.h"

namespace fiscalcheck {

absl::StatusOr<Document> ExtractDocument(const std::string& path, const LayoutSettings& settings) {
  absl::StatusOr<RawDocument> raw = ReadPdf(path);
  if (!raw.ok()) return raw.status();
  absl::StatusOr<std::string> digest = Sha256OfFile(path);
  if (!digest.ok()) return digest.status();

  Document doc;
  doc.path = path;
  doc.sha256 = *std::move(digest);
  doc.producer = raw->producer;
  doc.poppler_warnings = raw->poppler_warnings;
  doc.xref_reconstructed = raw->xref_reconstructed;
  doc.pages.reserve(raw->pages.size());
  for (const RawPage& rp : raw->pages) {
    doc.pages.push_back(LayoutPage(rp, settings));
    if (doc.pages.back().lines.empty()) doc.pages_without_text.push_back(rp.number);
  }
  if (doc.pages_without_text.size() == doc.pages.size()) {
    return absl::FailedPreconditionError(absl::StrCat(path, ": no text layer on any of its ",
                                                      doc.pages.size(),
                                                      " pages (a scanned document; OCR it first)"));
  }
  MarkMarginLines(doc.pages, settings);
  for (Page& page : doc.pages) BuildParagraphs(page, settings);
  LinkParagraphsAcrossPages(doc.pages, settings);
  return doc;
}

}  // namespace fiscalcheck
