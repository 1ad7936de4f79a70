// The file hash that identifies a document (JSON `sha256`, the dataset's key) against the
// digests recorded in corpus/MANIFEST.tsv for every bundled PDF.
#include <fstream>
#include <sstream>
#include <string>

#include "extract/sha256.h"
#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

TEST(Sha256, MatchesTheManifestForEveryBundledFile) {
  std::ifstream manifest(std::string(FISCALCHECK_SOURCE_DIR) + "/corpus/MANIFEST.tsv");
  ASSERT_TRUE(manifest.good());
  std::string line;
  std::getline(manifest, line);  // header: file, sha256, …
  int checked = 0;
  while (std::getline(manifest, line)) {
    std::istringstream fields(line);
    std::string file, digest;
    std::getline(fields, file, '\t');
    std::getline(fields, digest, '\t');
    if (file.empty()) continue;
    const absl::StatusOr<std::string> got = Sha256OfFile(testing::ProjectCorpusFile(file));
    ASSERT_TRUE(got.ok()) << file << ": " << got.status();
    EXPECT_EQ(*got, digest) << file;
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

TEST(Sha256, MissingFileIsAnError) { EXPECT_FALSE(Sha256OfFile("/nonexistent/file.pdf").ok()); }

}  // namespace
}  // namespace fiscalcheck
