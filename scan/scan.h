// `fiscalcheck scan PATH... --db results.sqlite [--jobs N] [--timeout-seconds S] [--memory-mb M]`:
// reads many reports into the scan database (scan/dataset.h) in worker processes
// (scan/worker.h), several at a time, each worker reading one report after another.
//
// Contract:
// - Inputs: files as given, and every *.pdf (any case) under the given folders, recursively; a
//   path that does not exist is a wrong argument. `X.pdf` and `X-tables.pdf` in one folder are one
//   report (a narrative and its separately published tables), scanned together.
// - Isolation: reports run in child processes (the same binary, hidden worker subcommand), one
//   report at a time per worker, with a wall-time limit per report (the worker gets SIGKILL after
//   `timeout_seconds`; a new worker takes the next report) and an address-space limit
//   (RLIMIT_AS of `memory_mb`; not applied in sanitizer builds, where it cannot work). A crash,
//   hang or runaway allocation costs only that report, recorded with its reason: `crashed
//   (SIGSEGV)`, `timed out after N s`, `memory limit (M MB) exceeded`. 0 disables a limit.
// - One writer: workers send MessagePack replies on a pipe; only this process writes SQLite, one
// transaction per
//   report. Documents already recorded (by sha256) are skipped, so a re-run after any interruption
//   completes the rest without duplicates. Identical files under several paths are read once
//   (every path is kept in document_paths).
// - Output: progress on stderr (a live line on a terminal, one summary line otherwise); the
//   summary of the database on stdout (documents, pages, unreadable by reason, findings by rule
//   and severity).
// - Exit: 0 when every input was recorded, readable or not; 2 on wrong arguments or a database
//   that cannot be written, with a one-line reason on stderr.
#ifndef FISCALCHECK_SCAN_SCAN_H_
#define FISCALCHECK_SCAN_SCAN_H_

#include <string>
#include <vector>

namespace fiscalcheck {

struct ScanOptions {
  std::vector<std::string> paths;
  std::string db;
  int jobs = 0;  // 0: one per core
  int timeout_seconds = 120;
  int memory_mb = 2048;
};

// Runs a scan; returns the exit code.
int RunScan(const ScanOptions& options);

// Whether this build can enforce the memory limit (false under AddressSanitizer).
bool MemoryLimitSupported();

}  // namespace fiscalcheck

#endif  // FISCALCHECK_SCAN_SCAN_H_
