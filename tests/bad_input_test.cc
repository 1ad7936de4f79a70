// Bad input through the real command line: a one-line reason on stderr and exit code 2, never a
// crash; harmless oddities (an owner password, some pages without text) are processed.
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/extract.h"
#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

using ::fiscalcheck::testing::BinaryPath;
using ::fiscalcheck::testing::ProjectCorpusFile;
using ::fiscalcheck::testing::RunCommand;

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("fiscalcheck-bad-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  static std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  // Expects exit 2, nothing on stdout, and exactly one stderr line that mentions `reason`.
  static void ExpectRejected(const std::vector<std::string>& args, const std::string& reason) {
    const auto r = RunCommand(BinaryPath(), args);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out.substr(0, 200);
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "more than one line: " << r.err;
    EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
  }

  std::filesystem::path dir_;
};

constexpr char kSmall[] = "hz-city-meteorology-2026-dept-budget.pdf";

TEST_F(BadInputTest, MissingFile) {
  ExpectRejected({"extract", (dir_ / "nope.pdf").string()}, "cannot open");
}

TEST_F(BadInputTest, EmptyFile) {
  ExpectRejected({"extract", Write("empty.pdf", "")}, "empty file");
}

TEST_F(BadInputTest, NotAPdf) {
  ExpectRejected({"extract", Write("notes.pdf", "本年收入合计 1,204.56 万元\n")}, "not a PDF");
}

TEST_F(BadInputTest, TruncatedPdf) {
  const std::string bytes = ReadAll(ProjectCorpusFile(kSmall));
  ExpectRejected({"extract", Write("cut.pdf", bytes.substr(0, bytes.size() / 2))}, "truncated");
}

TEST_F(BadInputTest, GarbageAfterHeader) {
  ExpectRejected(
      {"extract", Write("junk.pdf", "%PDF-1.7\n" + std::string(5000, 'x') + "\n%%EOF\n")},
      "damaged");
}

TEST_F(BadInputTest, ZeroPages) {
  // A well-formed PDF whose page tree is empty.
  std::string pdf = "%PDF-1.4\n";
  const size_t o1 = pdf.size();
  pdf += "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n";
  const size_t o2 = pdf.size();
  pdf += "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
  const size_t xref = pdf.size();
  char entry[32];
  pdf += "xref\n0 3\n0000000000 65535 f \n";
  std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", o1);
  pdf += entry;
  std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", o2);
  pdf += entry;
  pdf += "trailer << /Size 3 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  ExpectRejected({"extract", Write("zero.pdf", pdf)}, "no pages");
}

TEST_F(BadInputTest, UserPasswordIsRejected) {
  const std::string out = (dir_ / "locked.pdf").string();
  const std::string cmd = "qpdf --warning-exit-0 --encrypt secret owner 256 -- '" +
                          ProjectCorpusFile(kSmall) + "' '" + out + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << "qpdf is installed by scripts/setup.sh";
  ExpectRejected({"extract", out}, "user password");
}

TEST_F(BadInputTest, OwnerPasswordOnlyIsReadNormally) {
  const std::string out = (dir_ / "owner.pdf").string();
  const std::string cmd =
      "qpdf --warning-exit-0 --encrypt '' owner 256 --print=none --modify=none -- '" +
      ProjectCorpusFile(kSmall) + "' '" + out + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const auto r = RunCommand(BinaryPath(), {"extract", out});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("其中：一般公共预算拨款收入5,753.07万元"), std::string::npos);
}

TEST_F(BadInputTest, ScannedDocumentHasNoTextLayer) {
  ExpectRejected({"extract", ProjectCorpusFile("cs-city-marketreg-2022-perfeval-SCANNED.pdf")},
                 "no text layer");
}

TEST_F(BadInputTest, OneBadFileOfAReportRejectsTheReport) {
  ExpectRejected({"audit", ProjectCorpusFile(kSmall), Write("empty.pdf", "")}, "empty file");
}

TEST_F(BadInputTest, WrongArguments) {
  ExpectRejected({"extract"}, "files");
  ExpectRejected({"extract", ProjectCorpusFile(kSmall), "--format", "xml"}, "--format");
  ExpectRejected({"frobnicate"}, "frobnicate");
}

TEST_F(BadInputTest, PagesWithoutTextAreNamed) {
  // Page 14 of the ONLYOFFICE report is an image only.
  const auto r =
      RunCommand(BinaryPath(), {"extract", ProjectCorpusFile("sh-putuo-finance-2024-final.pdf")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("no text on page(s) 14"), std::string::npos) << r.err;
  absl::StatusOr<Document> doc =
      ExtractDocument(ProjectCorpusFile("sh-putuo-finance-2024-final.pdf"));
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->pages_without_text, std::vector<int>{14});
}

TEST_F(BadInputTest, OutputIsDeterministic) {
  const auto a =
      RunCommand(BinaryPath(), {"extract", "--format", "json", ProjectCorpusFile(kSmall)});
  const auto b =
      RunCommand(BinaryPath(), {"extract", "--format", "json", ProjectCorpusFile(kSmall)});
  EXPECT_EQ(a.exit_code, 0);
  EXPECT_EQ(a.out, b.out);
  EXPECT_NE(a.out.find("\"sha256\": \""), std::string::npos);
}

}  // namespace
}  // namespace fiscalcheck
