// Over the whole shared corpus (../shared/corpus) when it is present; skipped cleanly when not.
// Every text-layer file must extract without error and with text on most pages; the file without
// a text layer must be refused with its reason.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "extract/extract.h"
#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

struct ManifestRow {
  std::string file;
  int pages = 0;
  std::string text_layer;
};

std::vector<ManifestRow> ReadManifest(const std::string& dir) {
  std::ifstream in(dir + "/MANIFEST.tsv");
  std::vector<ManifestRow> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cols = absl::StrSplit(line, '\t');
    if (cols.size() < 11) continue;
    rows.push_back({cols[0], std::atoi(cols[5].c_str()), cols[10]});
  }
  return rows;
}

TEST(SharedCorpus, EveryFileExtractsOrIsRefusedWithItsReason) {
  const std::string dir = testing::SharedCorpusDir();
  if (dir.empty()) GTEST_SKIP() << "../shared/corpus is not present";
  const std::vector<ManifestRow> rows = ReadManifest(dir);
  ASSERT_GE(rows.size(), 50u);
  for (const ManifestRow& row : rows) {
    SCOPED_TRACE(row.file);
    absl::StatusOr<Document> doc = ExtractDocument(dir + "/" + row.file);
    if (row.text_layer == "none") {
      ASSERT_FALSE(doc.ok());
      EXPECT_NE(doc.status().message().find("no text layer"), std::string::npos);
      continue;
    }
    ASSERT_TRUE(doc.ok()) << doc.status();
    EXPECT_EQ(static_cast<int>(doc->pages.size()), row.pages);
    EXPECT_LE(doc->pages_without_text.size() * 10, doc->pages.size());
    int replacement = 0, paragraphs = 0;
    for (const Page& p : doc->pages) {
      replacement += p.counts.replacement;
      paragraphs += static_cast<int>(p.paragraphs.size());
    }
    EXPECT_EQ(replacement, 0);
    EXPECT_GT(paragraphs,
              5 * static_cast<int>(doc->pages.size() - doc->pages_without_text.size()) / 2);
  }
}

}  // namespace
}  // namespace fiscalcheck
