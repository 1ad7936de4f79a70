// `fiscalcheck scan` and `export` through the real command line: bad, slow and crashing inputs
// cost only themselves and are recorded with their reason; a re-run (also after kill -9) skips
// what is recorded and completes the rest without duplicates; exports are deterministic.
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "scan/dataset.h"
#include "scan/scan.h"
#include "scan/worker.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

namespace fs = std::filesystem;
using ::fiscalcheck::testing::BinaryPath;
using ::fiscalcheck::testing::ProjectCorpusFile;
using ::fiscalcheck::testing::RunCommand;

// Two small real reports with tables.
constexpr char kReportA[] = "hz-city-meteorology-2026-dept-budget.pdf";
constexpr char kReportB[] = "js-prov-npcoffice-2019-dept-budget-tables.pdf";

// Sanitizer builds run every stage several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// A PDF of `pages` pages that all share one content stream: a word of text, then `ops` no-op
// graphics-state pairs. Small on disk, slow to read (every page interprets the whole stream).
std::string SlowPdf(int pages, int ops) {
  std::string content = "BT /F1 12 Tf 72 720 Td (slow) Tj ET\n";
  for (int i = 0; i < ops; ++i) content += "q Q\n";
  std::vector<size_t> offsets;
  std::string pdf = "%PDF-1.4\n";
  auto object = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  object("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += std::to_string(5 + i) + " 0 R ";
  object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
  object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
  for (int i = 0; i < pages; ++i) {
    object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
        ">> >> /Contents 4 0 R >>");
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  char entry[32];
  for (size_t off : offsets) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", off);
    pdf += entry;
  }
  pdf += "trailer << /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class ScanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("fiscalcheck-scan-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    db_ = (dir_ / "results.sqlite").string();
  }
  void TearDown() override {
    unsetenv("FISCALCHECK_SCAN_TEST_FAULT");
    fs::remove_all(dir_);
  }

  std::string In(const std::string& name) const { return (dir_ / "in" / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(In(name), std::ios::binary) << bytes;
    return In(name);
  }
  std::string CopyReport(const std::string& corpus_name, const std::string& as = "") {
    const std::string to = In(as.empty() ? corpus_name : as);
    fs::copy_file(ProjectCorpusFile(corpus_name), to, fs::copy_options::overwrite_existing);
    return to;
  }

  // One value per row of a query (the first column as text, "" for NULL).
  std::vector<std::string> Column(const std::string& sql) const {
    std::vector<std::string> out;
    auto ds = Dataset::OpenForReading(db_);
    EXPECT_TRUE(ds.ok()) << ds.status();
    if (!ds.ok()) return out;
    const absl::Status s = (*ds)->ForEachRow(sql, [&](sqlite3_stmt* q) {
      const unsigned char* t = sqlite3_column_text(q, 0);
      out.push_back(t != nullptr ? reinterpret_cast<const char*>(t) : "");
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }
  // The count, or -1 while the database or its schema is not there yet (no test failure).
  long TryCount(const std::string& sql) const {
    auto ds = Dataset::OpenForReading(db_);
    if (!ds.ok()) return -1;
    long n = -1;
    if (!(*ds)->ForEachRow(sql, [&](sqlite3_stmt* q) { n = sqlite3_column_int64(q, 0); }).ok()) {
      return -1;
    }
    return n;
  }
  long Count(const std::string& sql) const {
    const std::vector<std::string> v = Column(sql);
    return v.empty() ? -1 : std::stol(v.front());
  }
  // status|error of the document at `path`.
  std::string StatusOf(const std::string& path) const {
    const std::vector<std::string> v = Column(
        "SELECT status || '|' || coalesce(error, '') FROM documents WHERE path = '" + path + "'");
    return v.size() == 1 ? v.front() : "<" + std::to_string(v.size()) + " rows>";
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(ScanTest, BadInputsCostOnlyThemselves) {
  const std::string a = CopyReport(kReportA), b = CopyReport(kReportB);
  const std::string original = ReadAll(ProjectCorpusFile(kReportA));
  const std::string corrupt =
      Write("corrupt.pdf", "%PDF-1.7\n" + std::string(5000, 'x') + "\n%%EOF\n");
  const std::string truncated = Write("truncated.pdf", original.substr(0, original.size() / 2));
  const std::string empty = Write("empty.pdf", "");
  const std::string notpdf = Write("notes.pdf", "本年收入合计 1,204.56 万元\n");
  const std::string encrypted = In("locked.pdf");
  const std::string cmd = "qpdf --warning-exit-0 --encrypt secret owner 256 -- '" +
                          ProjectCorpusFile(kReportB) + "' '" + encrypted + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << "qpdf is installed by scripts/setup.sh";
  const std::string slow = Write("slow.pdf", SlowPdf(20000, 20000));
  // Also a file that is not *.pdf: folders are scanned for PDFs only.
  Write("readme.txt", "not scanned");

  const int timeout = kSanitized ? 60 : 10;
  const auto r = RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_, "--jobs",
                                           "2", "--timeout-seconds", std::to_string(timeout)});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 8);
  EXPECT_EQ(StatusOf(a), "ok|");
  EXPECT_EQ(StatusOf(b), "ok|");
  EXPECT_GT(Count("SELECT count(*) FROM line_items WHERE document = (SELECT sha256 FROM documents"
                  " WHERE path = '" +
                  a + "')"),
            50);
  EXPECT_GT(Count("SELECT count(*) FROM line_items WHERE document = (SELECT sha256 FROM documents"
                  " WHERE path = '" +
                  b + "')"),
            50);
  EXPECT_GT(Count("SELECT count(*) FROM coverage"), 0);
  EXPECT_NE(StatusOf(corrupt).find("unreadable|damaged"), std::string::npos) << StatusOf(corrupt);
  EXPECT_NE(StatusOf(truncated).find("unreadable|truncated"), std::string::npos)
      << StatusOf(truncated);
  EXPECT_EQ(StatusOf(empty), "unreadable|empty file");
  EXPECT_NE(StatusOf(notpdf).find("unreadable|not a PDF"), std::string::npos) << StatusOf(notpdf);
  EXPECT_NE(StatusOf(encrypted).find("unreadable|"), std::string::npos);
  EXPECT_NE(StatusOf(encrypted).find("user password"), std::string::npos) << StatusOf(encrypted);
  EXPECT_EQ(StatusOf(slow), "timeout|timed out after " + std::to_string(timeout) + " s");
  // The summary names the reasons; stderr is not a terminal, so one line of progress.
  EXPECT_NE(r.out.find("timed out after"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("findings by rule and severity"), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
  EXPECT_NE(r.err.find("8 reports"), std::string::npos) << r.err;
}

TEST_F(ScanTest, ResumeSkipsRecordedDocumentsWithoutDuplicates) {
  CopyReport(kReportA);
  CopyReport(kReportB);
  // The same bytes under a second path are read once; both paths are kept.
  CopyReport(kReportB, "copy-of-b.pdf");
  const auto first = RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const long docs = Count("SELECT count(*) FROM documents");
  const long items = Count("SELECT count(*) FROM line_items");
  const long findings = Count("SELECT count(*) FROM findings");
  const long claims = Count("SELECT count(*) FROM claims");
  EXPECT_EQ(docs, 2);
  EXPECT_EQ(Count("SELECT count(*) FROM document_paths"), 3);
  EXPECT_GT(items, 100);

  const auto second = RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("0 scanned, 3 already recorded"), std::string::npos) << second.err;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), docs);
  EXPECT_EQ(Count("SELECT count(*) FROM line_items"), items);
  EXPECT_EQ(Count("SELECT count(*) FROM findings"), findings);
  EXPECT_EQ(Count("SELECT count(*) FROM claims"), claims);
  EXPECT_EQ(Count("SELECT count(*) FROM document_paths"), 3);

  // A new file in the folder: only it is read.
  CopyReport("bj-city-finance-2026-dept-budget.pdf");
  const auto third = RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_});
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_NE(third.err.find("1 scanned, 3 already recorded"), std::string::npos) << third.err;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), docs + 1);
  EXPECT_EQ(Count("SELECT count(*) FROM line_items"), items);
}

TEST_F(ScanTest, KilledScanLeavesWholeDocumentsAndReRunCompletes) {
  // Reference: a clean scan of the same files.
  const std::vector<std::string> names = {kReportB, "bj-city-finance-2026-dept-budget.pdf",
                                          kReportA, "sz-city-finance-2026-dept-budget.pdf"};
  for (const std::string& n : names) CopyReport(n);
  const std::string reference = (dir_ / "reference.sqlite").string();
  ASSERT_EQ(
      RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", reference, "--jobs", "1"})
          .exit_code,
      0);

  // Kill -9 the scan once the first report is in.
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(BinaryPath().c_str(), BinaryPath().c_str(), "scan", (dir_ / "in").c_str(), "--db",
          db_.c_str(), "--jobs", "1", static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (fs::exists(db_) && TryCount("SELECT count(*) FROM documents") >= 1) break;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  const long partial = Count("SELECT count(*) FROM documents");
  EXPECT_GE(partial, 1);

  // Every recorded report is whole: its rows equal the reference's.
  const std::string per_doc =
      "SELECT d.path || ':' || (SELECT count(*) FROM line_items l WHERE l.report = d.sha256)"
      " || ':' || (SELECT count(*) FROM claims c WHERE c.report = d.sha256)"
      " || ':' || (SELECT count(*) FROM findings f WHERE f.report = d.sha256)"
      " FROM documents d ORDER BY d.path";
  const std::vector<std::string> got_partial = Column(per_doc);
  const std::string saved_db = db_;
  db_ = reference;
  const std::vector<std::string> want = Column(per_doc);
  db_ = saved_db;
  for (const std::string& row : got_partial) {
    EXPECT_NE(std::find(want.begin(), want.end(), row), want.end()) << row;
  }

  const auto rerun =
      RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_, "--jobs", "1"});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(Column(per_doc), want);
}

TEST_F(ScanTest, CrashedWorkerIsRecorded) {
  CopyReport(kReportB);
  const std::string crash = CopyReport(kReportA, "crashme.pdf");
  setenv("FISCALCHECK_SCAN_TEST_FAULT", "abort:crashme", 1);
  const auto r = RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(StatusOf(crash), "crashed|crashed (SIGABRT)");
  EXPECT_EQ(StatusOf(In(kReportB)), "ok|");
  EXPECT_NE(r.out.find("crashed (SIGABRT)"), std::string::npos) << r.out;
}

TEST_F(ScanTest, RunawayMemoryIsStoppedByTheLimit) {
  if (!MemoryLimitSupported() || kSanitized) {
    GTEST_SKIP() << "memory limits do not work under AddressSanitizer";
  }
  CopyReport(kReportB);
  const std::string hog = CopyReport(kReportA, "hogme.pdf");
  setenv("FISCALCHECK_SCAN_TEST_FAULT", "hog:hogme", 1);
  const auto r =
      RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_, "--memory-mb", "300"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(StatusOf(hog), "memory|memory limit (300 MB) exceeded");
  EXPECT_EQ(StatusOf(In(kReportB)), "ok|");
}

TEST_F(ScanTest, NarrativeAndTablesFilesAreOneReport) {
  const std::string narrative = CopyReport("js-prov-partyoffice-2017-dept-budget.pdf");
  const std::string tables = CopyReport("js-prov-partyoffice-2017-dept-budget-tables.pdf");
  const auto r = RunCommand(BinaryPath(), {"scan", narrative, tables, "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Column("SELECT path || ':' || file_index || ':' || status FROM documents ORDER BY "
                   "file_index"),
            (std::vector<std::string>{narrative + ":0:ok", tables + ":1:ok"}));
  EXPECT_EQ(Count("SELECT count(DISTINCT report) FROM documents"), 1);
  // The tables come from the second file; claims from the narrative are bound to them.
  EXPECT_GT(Count("SELECT count(*) FROM line_items l JOIN documents d ON d.sha256 = l.document"
                  " WHERE d.file_index = 1"),
            100);
  EXPECT_GT(Count("SELECT count(*) FROM claims WHERE fact_table_index IS NOT NULL"), 0);
}

TEST_F(ScanTest, ExportFormatsAreCompleteAndDeterministic) {
  CopyReport(kReportA);
  CopyReport(kReportB);
  ASSERT_EQ(RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_}).exit_code, 0);
  const long items = Count("SELECT count(*) FROM line_items");

  const auto csv = RunCommand(BinaryPath(), {"export", "--db", db_, "--what", "line_items"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("path,sha256,report,report_kind,report_year,department,table_index,", 0),
            0u)
      << csv.out.substr(0, 200);
  long lines = 0;
  for (char c : csv.out) lines += c == '\n';
  EXPECT_EQ(lines, items + 1);  // no field of a line item holds a line break
  const auto again = RunCommand(BinaryPath(), {"export", "--db", db_, "--what", "line_items"});
  EXPECT_EQ(csv.out, again.out);

  const auto jsonl = RunCommand(
      BinaryPath(), {"export", "--db", db_, "--what", "line_items", "--format", "jsonl"});
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  long objects = 0;
  size_t start = 0;
  while (start < jsonl.out.size()) {
    const size_t end = jsonl.out.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    const nlohmann::json j = nlohmann::json::parse(jsonl.out.substr(start, end - start));
    ASSERT_TRUE(j.is_object());
    EXPECT_TRUE(j["value"].is_string());
    EXPECT_TRUE(j["table_index"].is_number_integer());
    if (j["unit"] == "万元") {
      EXPECT_EQ(j["value"], j["value_wan"]);
    }
    ++objects;
    start = end + 1;
  }
  EXPECT_EQ(objects, items);

  for (const char* what : {"findings", "claims"}) {
    for (const char* format : {"csv", "jsonl"}) {
      const auto a =
          RunCommand(BinaryPath(), {"export", "--db", db_, "--what", what, "--format", format});
      const auto b =
          RunCommand(BinaryPath(), {"export", "--db", db_, "--what", what, "--format", format});
      EXPECT_EQ(a.exit_code, 0) << what << " " << format << ": " << a.err;
      EXPECT_EQ(a.out, b.out) << what << " " << format;
      EXPECT_FALSE(a.out.empty());
    }
  }
}

// One worker process reads many reports (scan/worker.h): what it leaves for one report must not
// depend on the reports it read before, and a crash in the middle costs only that report (a new
// worker takes the rest). Reports are handed out largest first: sz-city-finance (228 kB), then
// crashme (a copy of bj-city-finance, 191 kB), then A (177 kB), then B (88 kB).
TEST_F(ScanTest, ReusedWorkersGiveTheSameRowsAndACrashCostsOnlyItsReport) {
  constexpr char kReportC[] = "sz-city-finance-2026-dept-budget.pdf";
  const std::string a = CopyReport(kReportA), b = CopyReport(kReportB), c = CopyReport(kReportC);
  const std::string crash = CopyReport("bj-city-finance-2026-dept-budget.pdf", "crashme.pdf");
  setenv("FISCALCHECK_SCAN_TEST_FAULT", "abort:crashme", 1);
  const auto r =
      RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_, "--jobs", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(StatusOf(crash), "crashed|crashed (SIGABRT)");
  for (const std::string& path : {a, b, c}) EXPECT_EQ(StatusOf(path), "ok|") << path;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), 4);

  // The same reports, each scanned by a worker of its own, into a second database.
  unsetenv("FISCALCHECK_SCAN_TEST_FAULT");
  const std::string alone = (dir_ / "alone.sqlite").string();
  for (const std::string& path : {c, a, b}) {
    ASSERT_EQ(RunCommand(BinaryPath(), {"scan", path, "--db", alone}).exit_code, 0) << path;
  }
  for (const char* what : {"line_items", "findings", "claims"}) {
    const auto shared = RunCommand(BinaryPath(), {"export", "--db", db_, "--what", what});
    const auto separate = RunCommand(BinaryPath(), {"export", "--db", alone, "--what", what});
    ASSERT_EQ(shared.exit_code, 0) << shared.err;
    EXPECT_FALSE(separate.out.empty()) << what;
    EXPECT_EQ(shared.out, separate.out) << what;
  }
}

// The dataset's line items of four reports whose golden tables (corpus/expected/, hand-verified
// against the rendered pages) the extraction matches exactly: every printed amount cell is one
// line item with its table code, page, row code, name, 行次, column path and exact value, and
// nothing else is. sh-city-finance-2025 prints 元: its value_wan is the value / 10000.
TEST_F(ScanTest, LineItemsEqualTheGoldenTables) {
  const char* const kStems[] = {"fs-city-railtransit-2019-dept-final",
                                "sh-putuo-planning-2024-final", "cq-city-commerce-2026-dept-budget",
                                "sh-city-finance-2025-unit-budget"};
  for (const char* stem : kStems) CopyReport(std::string(stem) + ".pdf");
  const auto r = RunCommand(BinaryPath(), {"scan", (dir_ / "in").string(), "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* stem : kStems) {
    std::map<std::string, int> golden, stored;
    const std::vector<std::vector<std::string>> cells = ::fiscalcheck::testing::ReadGoldenCells(
        std::string(FISCALCHECK_SOURCE_DIR) + "/corpus/expected/" + stem + ".tables.tsv");
    ASSERT_FALSE(cells.empty()) << stem;
    for (const std::vector<std::string>& f : cells) {
      if (f[7].empty()) continue;  // a blank cell is no line item
      // table, page, row code, row name, 行次, column path, value (`seq` is not stored).
      ++golden[f[0] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4] + "\t" + f[5] + "\t" + f[6] + "\t" +
               f[7]];
    }
    const std::string path = In(std::string(stem) + ".pdf");
    for (const std::string& row : Column(
             "SELECT table_code || char(9) || page || char(9) || coalesce(row_code, '') || char(9)"
             " || row_name || char(9) || coalesce(row_number, '') || char(9) || column_path ||"
             " char(9) || value FROM line_items WHERE document = (SELECT sha256 FROM documents"
             " WHERE path = '" +
             path + "')")) {
      ++stored[row];
    }
    EXPECT_GT(golden.size(), 100u) << stem;
    EXPECT_EQ(stored, golden) << stem;
  }
  // Its tables print 元 (T7 alone 万元); 元 → 万元 exactly: 12,345.67 元 is 1.234567 万元.
  const std::string finance = In("sh-city-finance-2025-unit-budget.pdf");
  EXPECT_GT(Count("SELECT count(*) FROM line_items WHERE unit = '元' AND document = (SELECT sha256"
                  " FROM documents WHERE path = '" +
                  finance + "')"),
            200);
  EXPECT_EQ(Column("SELECT DISTINCT table_code FROM line_items WHERE unit = '万元' AND document ="
                   " (SELECT sha256 FROM documents WHERE path = '" +
                   finance + "')"),
            std::vector<std::string>{"T7"});
  EXPECT_EQ(Count("SELECT count(*) FROM line_items WHERE unit = '元' AND abs(CAST(value AS REAL) -"
                  " 10000 * CAST(value_wan AS REAL)) > 1e-6"),
            0);
}

// The reply framing of scan/worker.h: `<length>\n<body>`, found at the start of a buffer that
// may hold a partial reply or garbage.
TEST(ScanWorkerReply, FramesAreFoundOnlyWhenCompleteAndGarbageIsRejected) {
  ReplyFrame f = FindReply("");
  EXPECT_EQ(f.status, ReplyFrame::kIncomplete);
  f = FindReply("12");
  EXPECT_EQ(f.status, ReplyFrame::kIncomplete);
  f = FindReply("5\nabc");
  EXPECT_EQ(f.status, ReplyFrame::kIncomplete);
  f = FindReply("5\nabcdeNEXT");
  ASSERT_EQ(f.status, ReplyFrame::kComplete);
  EXPECT_EQ(f.offset, 2u);
  EXPECT_EQ(f.length, 5u);
  EXPECT_EQ(FindReply("x5\nabcde").status, ReplyFrame::kMalformed);
  EXPECT_EQ(FindReply("\nabc").status, ReplyFrame::kMalformed);
  EXPECT_EQ(FindReply(std::string(21, '9')).status, ReplyFrame::kMalformed);
  EXPECT_EQ(FindReply(std::string(21, '9') + "\n").status, ReplyFrame::kMalformed);
  // A complete frame whose body is not a scan result.
  EXPECT_FALSE(WorkerOutputFromMessage("not msgpack").ok());
  const std::vector<uint8_t> packed = nlohmann::json::to_msgpack(
      {{"files", {{{"path", "a.pdf"}, {"status", "ok"}, {"pages", 3}}}}, {"kind", "budget"}});
  const absl::StatusOr<ReportRecord> rec =
      WorkerOutputFromMessage(std::string(packed.begin(), packed.end()));
  ASSERT_TRUE(rec.ok()) << rec.status();
  ASSERT_EQ(rec->files.size(), 1u);
  EXPECT_EQ(rec->files[0].pages, 3);
  EXPECT_EQ(rec->kind, "budget");
}

// A worker's reply is decoded defensively: truncated or corrupted MessagePack (a worker killed
// mid-write, a stray byte) is an error status, never a crash or an exception.
TEST(ScanWorkerReply, CorruptedRepliesAreRejectedWithoutCrashing) {
  const std::vector<uint8_t> packed =
      nlohmann::json::to_msgpack({{"files", {{{"path", "a.pdf"}, {"status", "ok"}, {"pages", 3}}}},
                                  {"kind", "budget"},
                                  {"rows", {{"line_items", {{{"file", 0}, {"value", "1.00"}}}}}}});
  const std::string good(packed.begin(), packed.end());
  ASSERT_TRUE(WorkerOutputFromMessage(good).ok());
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  int rejected = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string bytes = good;
    if (i % 3 == 0) {
      bytes.resize(next() % bytes.size());  // truncated
    } else {
      for (int k = 0; k < 1 + i % 4; ++k) bytes[next() % bytes.size()] = static_cast<char>(next());
    }
    if (!WorkerOutputFromMessage(bytes).ok()) ++rejected;
  }
  EXPECT_GT(rejected, 1000);  // every truncation, and most corruptions, are refused
  // Rows that are not arrays of objects are refused too (the writer could not store them).
  for (const nlohmann::json& rows :
       {nlohmann::json{{"line_items", 5}}, nlohmann::json{{"line_items", {1, 2}}},
        nlohmann::json::array({1})}) {
    const std::vector<uint8_t> bad =
        nlohmann::json::to_msgpack({{"files", nlohmann::json::array()}, {"rows", rows}});
    EXPECT_FALSE(WorkerOutputFromMessage(std::string(bad.begin(), bad.end())).ok()) << rows;
  }
}

TEST_F(ScanTest, WrongArgumentsAndUnwritableDatabase) {
  CopyReport(kReportB);
  auto expect_rejected = [](const std::vector<std::string>& args, const std::string& reason) {
    const auto r = RunCommand(BinaryPath(), args);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "not one line: " << r.err;
    EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
  };
  expect_rejected({"scan", (dir_ / "in").string()}, "--db");
  expect_rejected({"scan", (dir_ / "nowhere").string(), "--db", db_}, "no such file");
  expect_rejected({"scan", (dir_ / "in").string(), "--db", (dir_ / "no" / "x.sqlite").string()},
                  "cannot open database");
  expect_rejected({"scan", (dir_ / "in").string(), "--db", db_, "--jobs", "-1"}, "--jobs");
  expect_rejected({"export", "--db", db_, "--what", "tables"}, "--what");
  expect_rejected({"export", "--db", (dir_ / "missing.sqlite").string(), "--what", "claims"},
                  "cannot open database");
  const std::string not_db = Write("not-a-db.sqlite", std::string(4096, 'x'));
  expect_rejected({"export", "--db", not_db, "--what", "claims"}, "not");
  expect_rejected({"scan", (dir_ / "in").string(), "--db", not_db}, "database");
}

}  // namespace
}  // namespace fiscalcheck
