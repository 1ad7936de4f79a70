#include "report/table_output.h"

#include <string>

#include "report/extract_output.h"

namespace fiscalcheck {
namespace {

const char* KindName(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kName:
      return "name";
    case ColumnKind::kCode:
      return "code";
    case ColumnKind::kRowNumber:
      return "row-number";
    case ColumnKind::kAmount:
      break;
  }
  return "amount";
}

std::string Csv(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

nlohmann::ordered_json TablesJson(const std::vector<Table>& tables) {
  using json = nlohmann::ordered_json;
  json all = json::array();
  for (const Table& t : tables) {
    json j;
    j["code"] = std::string(TableCodeName(t.code));
    j["title"] = t.title;
    if (!t.numbering.empty()) j["numbering"] = t.numbering;
    j["pages"] = t.pages;
    j["unit"] = std::string(UnitName(t.unit));
    if (!t.department.empty()) j["department"] = t.department;
    j["lanes"] = t.lanes;
    j["row_count"] = t.rows.size();
    if (!t.insufficient_data.empty()) j["insufficient_data"] = t.insufficient_data;
    if (t.declares_empty) j["declares_empty"] = true;
    if (t.declares_rounding) j["declares_rounding"] = true;
    json columns = json::array();
    for (const Column& c : t.columns) {
      json col = {
          {"index", c.index}, {"kind", KindName(c.kind)}, {"lane", c.lane}, {"path", c.path}};
      if (!c.column_number.empty()) col["column_number"] = c.column_number;
      col["x"] = {Round2(c.x0), Round2(c.x1)};
      columns.push_back(std::move(col));
    }
    j["columns"] = std::move(columns);
    json rows = json::array();
    for (const TableRow& r : t.rows) {
      json row;
      row["lane"] = r.lane;
      if (!r.row_number.empty()) row["row_number"] = r.row_number;
      if (!r.code.empty()) row["code"] = r.code;
      if (r.level > 0) row["level"] = r.level;
      row["name"] = r.name;
      row["page"] = r.page;
      row["bbox"] = BBoxJson(r.box);
      json cells = json::array();
      for (size_t i = 0; i < r.cells.size(); ++i) {
        const Cell& cell = r.cells[i];
        if (t.columns[i].kind != ColumnKind::kAmount || t.columns[i].lane != r.lane) continue;
        json cj = {{"column", i}};
        if (cell.value) {
          cj["value"] = cell.value->ToString();
        } else {
          cj["value"] = nullptr;
          if (!cell.text.empty()) cj["text"] = cell.text;
        }
        if (!cell.blank()) cj["bbox"] = BBoxJson(cell.box);
        cells.push_back(std::move(cj));
      }
      row["cells"] = std::move(cells);
      rows.push_back(std::move(row));
    }
    j["rows"] = std::move(rows);
    j["notes"] = t.notes;
    all.push_back(std::move(j));
  }
  return all;
}

void WriteTableCsv(const Table& t, std::ostream& out) {
  out << "table,page,row_code,row_name,row_number,column_path,column_number,value,text,unit\n";
  for (const TableRow& r : t.rows) {
    for (size_t i = 0; i < r.cells.size(); ++i) {
      const Column& c = t.columns[i];
      if (c.kind != ColumnKind::kAmount || c.lane != r.lane) continue;
      const Cell& cell = r.cells[i];
      out << TableCodeName(t.code) << ',' << r.page << ',' << Csv(r.code) << ',' << Csv(r.name)
          << ',' << Csv(r.row_number) << ',' << Csv(ColumnPathText(c)) << ','
          << Csv(c.column_number) << ',' << (cell.value ? cell.value->ToString() : "") << ','
          << Csv(cell.text) << ',' << UnitName(t.unit) << '\n';
    }
  }
}

}  // namespace fiscalcheck
