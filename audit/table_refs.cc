#include "audit/table_refs.h"

#include <algorithm>

#include "re2/re2.h"

namespace fiscalcheck {

std::string RowText(const TableRow& row) {
  std::string out;
  if (!row.row_number.empty()) out = "行次 " + row.row_number;
  if (!row.code.empty()) out += (out.empty() ? "" : " ") + row.code;
  if (!row.name.empty()) out += (out.empty() ? "" : " ") + row.name;
  return out;
}

std::string ColumnText(const Column& column) {
  std::string out = ColumnPathText(column);
  if (!column.column_number.empty()) {
    out += (out.empty() ? "" : " ") + std::string("(栏 ") + column.column_number + ")";
  }
  return out;
}

Evidence CellEvidence(const ReportModel& model, int table, int row, int column) {
  const Table& t = model.tables[table];
  const TableRow& r = t.rows[row];
  const Cell& c = r.cells[column];
  Evidence e;
  e.file = table < static_cast<int>(model.table_file.size()) ? model.table_file[table] : 0;
  e.page = c.page > 0 ? c.page : r.page;
  e.table = std::string(TableCodeName(t.code));
  e.row = RowText(r);
  e.column = ColumnText(t.columns[column]);
  e.text = c.text.empty() ? "(blank)" : c.text;
  if (!c.blank() && !c.box.empty()) {
    e.box = c.box;
  } else if (!r.box.empty()) {
    e.box = r.box;
  }
  return e;
}

Evidence TableEvidence(const ReportModel& model, int table) {
  const Table& t = model.tables[table];
  Evidence e;
  e.file = table < static_cast<int>(model.table_file.size()) ? model.table_file[table] : 0;
  e.page = t.title_page > 0 ? t.title_page : (t.pages.empty() ? 0 : t.pages.front());
  e.table = std::string(TableCodeName(t.code));
  e.text = t.title;
  if (!t.title_box.empty()) e.box = t.title_box;
  return e;
}

std::string CellKey(const ReportModel& model, int table, int row, int column) {
  const int file = table < static_cast<int>(model.table_file.size()) ? model.table_file[table] : 0;
  return std::to_string(file) + ":" + std::to_string(table) + ":" + std::to_string(row) + ":" +
         std::to_string(column);
}

std::optional<Decimal> CellAmount(const Cell& cell) {
  if (cell.percent) return std::nullopt;
  if (cell.value) return cell.value;
  if (cell.blank() || cell.text == "-" || cell.text == "—" || cell.text == "－" ||
      cell.text == "--" || cell.text == "——") {
    return Decimal(0, 0);
  }
  return std::nullopt;
}

std::string MatchName(const std::string& name) {
  std::string s;
  for (char c : name) {
    if (c != ' ' && c != '\t') s += c;
  }
  static const RE2 kNumbering(
      R"(^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]+[）)]、?|[0-9]+[、．.]))");
  RE2::Replace(&s, kNumbering, "");
  static const RE2 kIdeographicSpace("\u3000");
  RE2::GlobalReplace(&s, kIdeographicSpace, "");
  return s;
}

std::vector<int> TablesOf(const ReportModel& model, TableCode code) {
  std::vector<int> out;
  for (size_t i = 0; i < model.tables.size(); ++i) {
    if (model.tables[i].code == code) out.push_back(static_cast<int>(i));
  }
  return out;
}

int SingleTable(const ReportModel& model, TableCode code) {
  int found = -1;
  for (int i : TablesOf(model, code)) {
    const Table& t = model.tables[i];
    if (!t.insufficient_data.empty() || t.rows.empty()) continue;
    if (found >= 0) return -2;
    found = i;
  }
  return found;
}

std::vector<int> RowsNamed(const Table& table, const std::string& name, int lane) {
  std::vector<int> out;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (lane >= 0 && table.rows[r].lane != lane) continue;
    if (MatchName(table.rows[r].name) == name) out.push_back(static_cast<int>(r));
  }
  return out;
}

std::vector<int> RowsCoded(const Table& table, const std::string& code) {
  std::vector<int> out;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (table.rows[r].code == code) out.push_back(static_cast<int>(r));
  }
  return out;
}

int TotalRow(const Table& table) {
  static const RE2 kTotal(R"(^(?:本年)?(?:支出|收入)?(?:合计|总计)[:：]?$)");
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    if (!row.code.empty()) continue;
    if (RE2::FullMatch(MatchName(row.name), kTotal)) return static_cast<int>(r);
  }
  return -1;
}

bool ColumnHas(const Column& column, const std::string& word) {
  return !column.path.empty() && column.path.back().find(word) != std::string::npos;
}

std::vector<int> ColumnsLabelled(const Table& table, const std::string& word, int lane) {
  std::vector<int> out;
  for (const Column& c : table.columns) {
    if (c.kind != ColumnKind::kAmount) continue;
    if (lane >= 0 && c.lane != lane) continue;
    if (ColumnHas(c, word)) out.push_back(c.index);
  }
  return out;
}

}  // namespace fiscalcheck
