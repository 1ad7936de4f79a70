#include "scan/dataset.h"

#include <sqlite3.h>

#include <map>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace fiscalcheck {
namespace {

constexpr char kSchemaVersion[] = "1";

constexpr char kDocumentsSql[] = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT UNIQUE,
  path TEXT NOT NULL,
  report TEXT,
  file_index INTEGER NOT NULL,
  pages INTEGER,
  producer TEXT,
  kind TEXT,
  year INTEGER,
  department TEXT,
  status TEXT NOT NULL,
  error TEXT
);
CREATE INDEX IF NOT EXISTS documents_report ON documents (report);
CREATE TABLE IF NOT EXISTS document_paths (
  document TEXT NOT NULL,
  path TEXT NOT NULL,
  PRIMARY KEY (document, path)
);
)sql";

// RAII for a prepared statement.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) {
    rc_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return stmt_; }

  void BindText(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void BindTextOrNull(int i, const std::string& s) {
    if (s.empty()) {
      sqlite3_bind_null(stmt_, i);
    } else {
      BindText(i, s);
    }
  }
  void BindInt(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }
  // JSON scalar → SQLite value: null, integer, text (a bool is 0/1; an object or array is
  // stored as its JSON text).
  void BindJson(int i, const nlohmann::json& v) {
    if (v.is_null()) {
      BindNull(i);
    } else if (v.is_boolean()) {
      BindInt(i, v.get<bool>() ? 1 : 0);
    } else if (v.is_number_integer()) {
      BindInt(i, v.get<int64_t>());
    } else if (v.is_string()) {
      BindText(i, v.get_ref<const std::string&>());
    } else {
      BindText(i, v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }
  // Runs the statement to completion and resets it for the next bindings.
  int Step() {
    const int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    return rc;
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

absl::Status SqlError(sqlite3* db, const std::string& what) {
  return absl::InternalError(absl::StrCat(what, ": ", sqlite3_errmsg(db)));
}

std::string CreateChildTableSql(const ChildTableSchema& t) {
  std::vector<std::string> cols = {"report TEXT NOT NULL"};
  if (t.per_document) cols.push_back("document TEXT");
  for (const ColumnSchema& c : t.columns) cols.push_back(c.name + " " + c.type);
  cols.push_back("PRIMARY KEY (report, " + absl::StrJoin(t.key, ", ") + ")");
  return "CREATE TABLE IF NOT EXISTS " + t.name + " (\n  " + absl::StrJoin(cols, ",\n  ") +
         "\n);\n";
}

}  // namespace

const std::vector<ChildTableSchema>& DatasetSchema() {
  static const auto* const kSchema = new std::vector<ChildTableSchema>{
      {"tables",
       true,
       {{"table_index", "INTEGER"},
        {"code", "TEXT"},
        {"title", "TEXT"},
        {"numbering", "TEXT"},
        {"pages", "TEXT"},
        {"unit", "TEXT"},
        {"department", "TEXT"},
        {"lanes", "INTEGER"},
        {"row_count", "INTEGER"},
        {"column_count", "INTEGER"},
        {"insufficient_data", "TEXT"},
        {"declares_empty", "INTEGER"},
        {"declares_rounding", "INTEGER"},
        {"notes", "TEXT"}},
       {"table_index"}},
      {"line_items",
       true,
       {{"table_index", "INTEGER"},
        {"table_code", "TEXT"},
        {"page", "INTEGER"},
        {"row_index", "INTEGER"},
        {"row_code", "TEXT"},
        {"row_number", "TEXT"},
        {"row_level", "INTEGER"},
        {"row_name", "TEXT"},
        {"column_index", "INTEGER"},
        {"column_path", "TEXT"},
        {"column_number", "TEXT"},
        {"value", "TEXT"},
        {"unit", "TEXT"},
        {"value_wan", "TEXT"}},
       {"table_index", "row_index", "column_index"}},
      {"claims",
       true,
       {{"claim_index", "INTEGER"},
        {"page", "INTEGER"},
        {"kind", "TEXT"},
        {"value", "TEXT"},
        {"unit", "TEXT"},
        {"value_wan", "TEXT"},
        {"direction", "TEXT"},
        {"subject", "TEXT"},
        {"measure", "TEXT"},
        {"base", "TEXT"},
        {"year", "INTEGER"},
        {"compared_year", "INTEGER"},
        {"sentence", "TEXT"},
        {"text", "TEXT"},
        {"fact_table_index", "INTEGER"},
        {"fact_table_code", "TEXT"},
        {"fact_row_index", "INTEGER"},
        {"fact_column_index", "INTEGER"},
        {"fact_terms", "TEXT"},
        {"fact_derivation", "TEXT"},
        {"unbound_reason", "TEXT"}},
       {"claim_index"}},
      {"findings",
       false,
       {{"finding_index", "INTEGER"},
        {"rule", "TEXT"},
        {"severity", "TEXT"},
        {"category", "TEXT"},
        {"message", "TEXT"},
        {"stated", "TEXT"},
        {"expected", "TEXT"},
        {"difference", "TEXT"},
        {"page", "INTEGER"},
        {"table_code", "TEXT"},
        {"related_rules", "TEXT"},
        {"evidence", "TEXT"}},
       {"finding_index"}},
      {"coverage",
       false,
       {{"rule", "TEXT"},
        {"checks", "INTEGER"},
        {"passed", "INTEGER"},
        {"failed", "INTEGER"},
        {"not_applicable", "INTEGER"},
        {"insufficient_data", "INTEGER"}},
       {"rule"}},
      {"coverage_gaps",
       false,
       {{"gap_index", "INTEGER"},
        {"rule", "TEXT"},
        {"outcome", "TEXT"},
        {"reason", "TEXT"},
        {"count", "INTEGER"}},
       {"gap_index"}},
  };
  return *kSchema;
}

absl::StatusOr<std::unique_ptr<Dataset>> Dataset::OpenForWriting(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return absl::PermissionDeniedError(absl::StrCat("cannot open database ", path, ": ", why));
  }
  std::unique_ptr<Dataset> ds(new Dataset(db));
  if (sqlite3_db_readonly(db, "main") == 1) {
    return absl::PermissionDeniedError(absl::StrCat("cannot write database ", path));
  }
  sqlite3_busy_timeout(db, 10000);
  std::string sql = kDocumentsSql;
  for (const ChildTableSchema& t : DatasetSchema()) sql += CreateChildTableSql(t);
  // WAL: readers (export) never block the writer, and a killed writer leaves no torn report.
  if (absl::Status s = ds->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !s.ok()) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot write database ", path, ": ", s.message()));
  }
  absl::Status s =
      ds->Exec("BEGIN IMMEDIATE;" + sql + "INSERT OR IGNORE INTO meta VALUES ('schema_version', '" +
               kSchemaVersion + "');COMMIT;");
  if (!s.ok()) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot write database ", path, ": ", s.message()));
  }
  return ds;
}

absl::StatusOr<std::unique_ptr<Dataset>> Dataset::OpenForReading(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return absl::NotFoundError(absl::StrCat("cannot open database ", path, ": ", why));
  }
  std::unique_ptr<Dataset> ds(new Dataset(db));
  sqlite3_busy_timeout(db, 10000);
  Statement check(db, "SELECT count(*) FROM documents");
  if (!check.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": not a fiscalcheck scan database (", sqlite3_errmsg(db), ")"));
  }
  return ds;
}

Dataset::~Dataset() { sqlite3_close(db_); }

absl::Status Dataset::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err != nullptr ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return absl::InternalError(why);
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unordered_set<std::string>> Dataset::KnownDocuments() {
  Statement q(db_, "SELECT sha256 FROM documents WHERE sha256 IS NOT NULL");
  if (!q.ok()) return SqlError(db_, "reading documents");
  std::unordered_set<std::string> known;
  int rc;
  while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
    known.insert(reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 0)));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "reading documents");
  return known;
}

absl::Status Dataset::ForEachRow(const std::string& sql,
                                 const std::function<void(sqlite3_stmt*)>& row) {
  Statement q(db_, sql);
  if (!q.ok()) return SqlError(db_, "query");
  int rc;
  while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) row(q.get());
  if (rc != SQLITE_DONE) return SqlError(db_, "query");
  return absl::OkStatus();
}

absl::Status Dataset::RecordPath(const std::string& sha256, const std::string& path) {
  Statement ins(db_, "INSERT OR IGNORE INTO document_paths (document, path) VALUES (?1, ?2)");
  if (!ins.ok()) return SqlError(db_, "recording a path");
  ins.BindText(1, sha256);
  ins.BindText(2, path);
  if (ins.Step() != SQLITE_DONE) return SqlError(db_, "recording a path");
  return absl::OkStatus();
}

absl::Status Dataset::WriteReport(const ReportRecord& report) {
  if (report.files.empty()) return absl::OkStatus();
  if (absl::Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  // Rolls back unless committed.
  struct Rollback {
    Dataset* ds;
    bool armed = true;
    ~Rollback() {
      if (armed) sqlite3_exec(ds->db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  } rollback{this};

  const std::string& report_sha = report.files.front().sha256;
  {
    Statement known(db_, "SELECT 1 FROM documents WHERE sha256 = ?1");
    Statement drop_unhashed(db_, "DELETE FROM documents WHERE sha256 IS NULL AND path = ?1");
    Statement ins(db_,
                  "INSERT INTO documents (sha256, path, report, file_index, pages, producer, kind,"
                  " year, department, status, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                  " ?10, ?11)");
    Statement path(db_, "INSERT OR IGNORE INTO document_paths (document, path) VALUES (?1, ?2)");
    if (!known.ok() || !drop_unhashed.ok() || !ins.ok() || !path.ok()) {
      return SqlError(db_, "preparing documents");
    }
    for (const DocumentRecord& f : report.files) {
      if (f.sha256.empty()) {
        drop_unhashed.BindText(1, f.path);
        if (drop_unhashed.Step() != SQLITE_DONE) return SqlError(db_, "writing documents");
      } else {
        known.BindText(1, f.sha256);
        if (known.Step() == SQLITE_ROW) continue;  // already recorded (same bytes elsewhere)
      }
      ins.BindTextOrNull(1, f.sha256);
      ins.BindText(2, f.path);
      ins.BindTextOrNull(3, report_sha);
      ins.BindInt(4, f.file_index);
      if (f.pages >= 0) ins.BindInt(5, f.pages);
      ins.BindTextOrNull(6, f.producer);
      ins.BindTextOrNull(7, report.kind);
      if (report.year > 0) ins.BindInt(8, report.year);
      ins.BindTextOrNull(9, report.department);
      ins.BindText(10, f.status);
      ins.BindTextOrNull(11, f.error);
      if (ins.Step() != SQLITE_DONE) return SqlError(db_, "writing documents");
      if (!f.sha256.empty()) {
        path.BindText(1, f.sha256);
        path.BindText(2, f.path);
        if (path.Step() != SQLITE_DONE) return SqlError(db_, "writing document paths");
      }
    }
  }

  if (!report_sha.empty() && report.rows.is_object()) {
    for (const ChildTableSchema& t : DatasetSchema()) {
      auto it = report.rows.find(t.name);
      if (it == report.rows.end() || !it->is_array() || it->empty()) continue;
      std::vector<std::string> names = {"report"};
      if (t.per_document) names.push_back("document");
      for (const ColumnSchema& c : t.columns) names.push_back(c.name);
      std::vector<std::string> params;
      for (size_t i = 1; i <= names.size(); ++i) params.push_back(absl::StrCat("?", i));
      Statement ins(db_, "INSERT OR REPLACE INTO " + t.name + " (" + absl::StrJoin(names, ", ") +
                             ") VALUES (" + absl::StrJoin(params, ", ") + ")");
      if (!ins.ok()) return SqlError(db_, "preparing " + t.name);
      for (const nlohmann::json& row : *it) {
        if (!row.is_object()) return absl::InvalidArgumentError("malformed row in " + t.name);
        int param = 1;
        ins.BindText(param++, report_sha);
        if (t.per_document) {
          const auto f = row.find("file");
          const int file = f != row.end() && f->is_number_integer() ? f->get<int>() : 0;
          if (file >= 0 && file < static_cast<int>(report.files.size()) &&
              !report.files[file].sha256.empty()) {
            ins.BindText(param, report.files[file].sha256);
          }
          ++param;
        }
        for (const ColumnSchema& c : t.columns) {
          const auto v = row.find(c.name);
          if (v != row.end()) ins.BindJson(param, *v);
          ++param;
        }
        if (ins.Step() != SQLITE_DONE) return SqlError(db_, "writing " + t.name);
      }
    }
  }
  if (absl::Status s = Exec("COMMIT"); !s.ok()) return s;
  rollback.armed = false;
  return absl::OkStatus();
}

}  // namespace fiscalcheck
