#include "scan/export.h"

#include <sqlite3.h>

#include <iostream>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "nlohmann/json.hpp"
#include "scan/dataset.h"

namespace fiscalcheck {
namespace {

void WriteCsvField(std::ostream& out, const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

struct ExportQuery {
  std::string sql;
  std::vector<std::string> names;  // the output columns, in order
};

// The SELECT for one exportable table (see the header's column contract).
absl::StatusOr<ExportQuery> ExportSql(const std::string& what) {
  const ChildTableSchema* table = nullptr;
  for (const ChildTableSchema& t : DatasetSchema()) {
    if (t.name == what) table = &t;
  }
  if (table == nullptr || (what != "line_items" && what != "findings" && what != "claims")) {
    return absl::InvalidArgumentError(
        absl::StrCat("--what must be line_items, findings or claims (not '", what, "')"));
  }
  std::vector<std::pair<std::string, std::string>> cols;  // (expression, name)
  if (table->per_document) {
    cols = {{"d.path", "path"}, {"x.document", "sha256"}};
  } else {
    cols = {{"r.path", "path"}, {"x.report", "sha256"}};
  }
  cols.insert(cols.end(), {{"x.report", "report"},
                           {"r.kind", "report_kind"},
                           {"r.year", "report_year"},
                           {"r.department", "department"}});
  for (const ColumnSchema& c : table->columns) cols.emplace_back("x." + c.name, c.name);
  ExportQuery q;
  std::vector<std::string> select;
  for (const auto& [expr, name] : cols) {
    select.push_back(expr + " AS " + name);
    q.names.push_back(name);
  }
  std::string sql = "SELECT " + absl::StrJoin(select, ", ") + " FROM " + table->name +
                    " AS x JOIN documents AS r ON r.sha256 = x.report";
  if (table->per_document) sql += " LEFT JOIN documents AS d ON d.sha256 = x.document";
  std::vector<std::string> order = {"r.path", "x.report"};
  for (const std::string& k : table->key) order.push_back("x." + k);
  sql += " ORDER BY " + absl::StrJoin(order, ", ");
  q.sql = std::move(sql);
  return q;
}

}  // namespace

absl::Status ExportDataset(const ExportOptions& options, std::ostream& out) {
  if (options.format != "csv" && options.format != "jsonl") {
    return absl::InvalidArgumentError(
        absl::StrCat("--format must be csv or jsonl (not '", options.format, "')"));
  }
  absl::StatusOr<ExportQuery> query = ExportSql(options.what);
  if (!query.ok()) return query.status();
  absl::StatusOr<std::unique_ptr<Dataset>> ds = Dataset::OpenForReading(options.db);
  if (!ds.ok()) return ds.status();

  const bool csv = options.format == "csv";
  const std::vector<std::string>& names = query->names;
  if (csv) out << absl::StrJoin(names, ",") << '\n';
  return (*ds)->ForEachRow(query->sql, [&](sqlite3_stmt* q) {
    const int n = sqlite3_column_count(q);
    nlohmann::ordered_json obj;
    for (int i = 0; i < n; ++i) {
      const int type = sqlite3_column_type(q, i);
      if (csv) {
        if (i > 0) out << ',';
        if (type != SQLITE_NULL) {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(q, i));
          WriteCsvField(out, std::string(text, sqlite3_column_bytes(q, i)));
        }
      } else if (type == SQLITE_NULL) {
        obj[names[i]] = nullptr;
      } else if (type == SQLITE_INTEGER) {
        obj[names[i]] = sqlite3_column_int64(q, i);
      } else {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(q, i));
        obj[names[i]] = std::string(text, sqlite3_column_bytes(q, i));
      }
    }
    if (csv) {
      out << '\n';
    } else {
      out << obj.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
  });
}

int RunExport(const ExportOptions& options) {
  const absl::Status s = ExportDataset(options, std::cout);
  std::cout.flush();
  if (!s.ok()) {
    std::cerr << "fiscalcheck: " << s.message() << '\n';
    return 2;
  }
  return 0;
}

}  // namespace fiscalcheck
