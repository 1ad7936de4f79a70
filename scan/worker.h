// The scan worker: reads one report (one or several files) in its own process and sends the
// rows for the dataset to the parent as one JSON object on stdout. The parent alone writes to
// SQLite (scan.h).
//
// Contract:
// - `fiscalcheck __scan-worker [--memory-mb M] [--] FILE...` (hidden) runs RunScanWorker: it
//   applies RLIMIT_AS of M MB to itself and dies with its parent; exit 0 means stdout holds
//   one complete JSON object (WorkerOutputFromJson reads it back), whatever the files held: a file
//   that cannot be read is reported in the object with its one-line reason, and the report is
//   built from the readable files.
// - Running out of memory (the parent's RLIMIT_AS) exits with kWorkerExitOutOfMemory after one
//   line on stderr; any other failure is the process's exit status or signal.
// - Test hook: FISCALCHECK_SCAN_TEST_FAULT=MODE:SUBSTRING makes a worker whose file paths contain
//   SUBSTRING fail on purpose: MODE `abort` (std::abort, a crash), `hog` (allocates until the
//   memory limit stops it; only when a limit is set), `hang` (sleeps forever).
#ifndef FISCALCHECK_SCAN_WORKER_H_
#define FISCALCHECK_SCAN_WORKER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/report_model.h"
#include "nlohmann/json.hpp"
#include "scan/dataset.h"

namespace fiscalcheck {

inline constexpr char kWorkerCommand[] = "__scan-worker";
inline constexpr int kWorkerExitOutOfMemory = 86;

// Runs the worker over the files of one report (`args`: the command line after the subcommand),
// printing its JSON object to stdout. Returns the process exit code.
int RunScanWorker(const std::vector<std::string>& args);

// The dataset rows of one read report: tables, line_items, claims, findings, coverage,
// coverage_gaps (scan/dataset.h's DatasetSchema), each row keyed by column name, per-document
// rows with "file" = the index of the report file they come from. Exposed for tests.
nlohmann::json ReportRows(const ReportModel& model);

// Reads a worker's JSON object into a record (sha256s left empty for the parent to fill).
absl::StatusOr<ReportRecord> WorkerOutputFromJson(const std::string& text);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_SCAN_WORKER_H_
