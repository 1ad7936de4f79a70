// The scan worker: reads reports (one or several files each) in its own process and sends the
// rows for the dataset to the parent as one reply per report on stdout. The parent alone writes
// to SQLite (scan.h).
//
// Contract:
// - `fiscalcheck __scan-worker [--memory-mb M] --serve` (hidden) runs RunScanWorker: it applies
//   RLIMIT_AS of M MB to itself, dies with its parent, and reads requests from stdin, one per
//   line (a JSON array of one report's paths), answering each with one reply, until end of input.
//   `__scan-worker [--memory-mb M] [--] FILE...` answers the one report on its command line.
// - A reply is `<decimal byte length>\n` followed by that many bytes: one MessagePack object
//   (FindReply finds it in a buffer, WorkerOutputFromMessage decodes it), whatever the files held:
//   a file that cannot be read is reported in the object with its one-line reason, and the report
//   is built from the readable files. One process reads many reports, so its start-up (dynamic
//   linking, pattern compilation) is paid once per worker, not once per report.
// - Running out of memory (the parent's RLIMIT_AS) exits with kWorkerExitOutOfMemory after one
//   line on stderr; any other failure is the process's exit status or signal.
// - Test hook: FISCALCHECK_SCAN_TEST_FAULT=MODE:SUBSTRING makes a worker whose file paths contain
//   SUBSTRING fail on purpose: MODE `abort` (std::abort, a crash), `hog` (allocates until the
//   memory limit stops it; only when a limit is set), `hang` (sleeps forever).
#ifndef FISCALCHECK_SCAN_WORKER_H_
#define FISCALCHECK_SCAN_WORKER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/report_model.h"
#include "nlohmann/json.hpp"
#include "scan/dataset.h"

namespace fiscalcheck {

inline constexpr char kWorkerCommand[] = "__scan-worker";
inline constexpr int kWorkerExitOutOfMemory = 86;

// Runs the worker (`args`: the command line after the subcommand). Returns the exit code.
int RunScanWorker(const std::vector<std::string>& args);

// Where the first reply in `buffer` (a worker's stdout so far) is.
struct ReplyFrame {
  enum Status { kIncomplete, kMalformed, kComplete } status = kIncomplete;
  size_t offset = 0;  // of the body, when complete
  size_t length = 0;
};
ReplyFrame FindReply(std::string_view buffer);

// The dataset rows of one read report: tables, line_items, claims, findings, coverage,
// coverage_gaps (scan/dataset.h's DatasetSchema), each row keyed by column name, per-document
// rows with "file" = the index of the report file they come from. Exposed for tests.
nlohmann::json ReportRows(const ReportModel& model);

// Reads a reply's body into a record (sha256s left empty for the parent to fill).
absl::StatusOr<ReportRecord> WorkerOutputFromMessage(std::string_view body);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_SCAN_WORKER_H_
