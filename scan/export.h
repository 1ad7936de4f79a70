// `fiscalcheck export --db results.sqlite --what line_items|findings|claims [--format csv|jsonl]`:
// one table of the scan database, joined with its report's facts, for researchers.
//
// Contract:
// - Columns (README.md, "Dataset schema"): every row starts with `path` (the file the row was
//   read from; for findings, the report's first file), `sha256` of that file, `report` (sha256 of
//   the report's first file), `report_kind`, `report_year`, `department`, then the table's own
//   columns.
// - csv: a header line, then one line per row (`\n` line ends, as `extract --tables-csv`),
//   fields quoted as RFC 4180 when they hold `,`, `"` or a line break, NULL as an empty field.
//   jsonl: one JSON object per line with the same keys, NULL as null, integers as numbers,
//   amounts as strings.
// - Order is deterministic: by the report's path, then the table's indices.
// - Exit: 0 done; 2 on a wrong argument or a database that cannot be read (one line on stderr).
#ifndef FISCALCHECK_SCAN_EXPORT_H_
#define FISCALCHECK_SCAN_EXPORT_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"

namespace fiscalcheck {

struct ExportOptions {
  std::string db;
  std::string what;            // line_items | findings | claims
  std::string format = "csv";  // csv | jsonl
};

// Writes the export to `out`.
absl::Status ExportDataset(const ExportOptions& options, std::ostream& out);

// Runs `export`, printing to stdout; returns the exit code.
int RunExport(const ExportOptions& options);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_SCAN_EXPORT_H_
