// The scan database (SQLite): one file holding every scanned document, its tables as tidy line
// items, its claims, its audit findings and coverage. The schema is documented in README.md
// ("Dataset schema") and defined once here (DatasetSchema) for the writer, the worker and export.
//
// Contract:
// - One writer: only the scanning parent process opens a Dataset for writing.
// - Every report (one or several files) is written by WriteReport in one transaction: after any
//   interruption (even kill -9) a report is either wholly present or absent.
// - A document is known by the SHA-256 of its bytes; KnownDocuments() is what a resumed scan
//   skips. A file that could not be read at all has no hash (sha256 NULL).
// - Amounts are stored as exact decimal text (Decimal::ToString), never as floating point.
#ifndef FISCALCHECK_SCAN_DATASET_H_
#define FISCALCHECK_SCAN_DATASET_H_

#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "nlohmann/json.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace fiscalcheck {

// One child table of a report (tables, line_items, claims, findings, coverage, coverage_gaps).
// Its rows always carry `report` (the sha256 of the report's first file); when `per_document`,
// also `document` (the sha256 of the file the row was read from). `columns` are the others, in
// table order.
struct ColumnSchema {
  std::string name;
  const char* type;  // "TEXT" or "INTEGER"
};
struct ChildTableSchema {
  std::string name;
  bool per_document;
  std::vector<ColumnSchema> columns;
  std::vector<std::string> key;  // the primary key after `report`
};
const std::vector<ChildTableSchema>& DatasetSchema();

// One file of a report as the dataset records it.
struct DocumentRecord {
  std::string sha256;  // "" when the file could not be hashed (stored as NULL)
  std::string path;
  int file_index = 0;  // position in the report (0: the narrative or only file)
  int pages = -1;      // -1: unknown (stored as NULL)
  std::string producer;
  std::string status;  // ok | unreadable | crashed | timeout | memory | failed
  std::string error;   // the one-line reason when status is not ok
};

// One report: its files, its report-level facts and the rows of the child tables. A row is a
// JSON object whose keys are the table's columns; for a per-document table its key "file" is
// the index into `files` of the file it was read from (replaced by that file's sha256).
struct ReportRecord {
  std::vector<DocumentRecord> files;
  std::string kind;  // 决算 | 预算 | unknown; "" when nothing was read
  int year = 0;      // 0: unknown
  std::string department;
  // table name → rows
  nlohmann::json rows = nlohmann::json::object();
};

class Dataset {
 public:
  // Opens (creating when absent) the database at `path` for writing and creates the schema.
  // Fails with a one-line reason when the file cannot be created, is not a database, is
  // read-only or locked.
  static absl::StatusOr<std::unique_ptr<Dataset>> OpenForWriting(const std::string& path);
  // Opens an existing database read-only (for export and summaries).
  static absl::StatusOr<std::unique_ptr<Dataset>> OpenForReading(const std::string& path);
  ~Dataset();
  Dataset(const Dataset&) = delete;
  Dataset& operator=(const Dataset&) = delete;

  // The sha256 of every document already recorded.
  absl::StatusOr<std::unordered_set<std::string>> KnownDocuments();

  // Writes a report's documents and rows in one transaction. Files whose sha256 is already
  // recorded are not written again. A file without sha256 replaces an earlier unhashed record
  // of the same path.
  absl::Status WriteReport(const ReportRecord& report);

  // Notes that `path` holds the document `sha256` (several paths may hold the same bytes).
  absl::Status RecordPath(const std::string& sha256, const std::string& path);

  // Runs a query, calling `row` for each result row (read columns with sqlite3_column_*).
  absl::Status ForEachRow(const std::string& sql, const std::function<void(sqlite3_stmt*)>& row);

 private:
  explicit Dataset(sqlite3* db) : db_(db) {}
  absl::Status Exec(const std::string& sql);
  sqlite3* db_;
};

}  // namespace fiscalcheck

#endif  // FISCALCHECK_SCAN_DATASET_H_
