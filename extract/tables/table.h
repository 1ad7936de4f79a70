// The typed table model: what the table stage produces and the auditor and the dataset read.
#ifndef FISCALCHECK_EXTRACT_TABLES_TABLE_H_
#define FISCALCHECK_EXTRACT_TABLES_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/decimal/decimal.h"
#include "extract/geometry.h"
#include "extract/tables/table_titles.h"

namespace fiscalcheck {

// One cell. A cell with no text is blank, which is not the same as 0.00. Text that is not a
// figure (`—`, `-`, `/`) is kept in `text` with no value.
struct Cell {
  std::optional<Decimal> value;  // for a percentage cell, the number before the % sign
  bool percent = false;
  std::string text;
  int page = 0;
  BBox box;
  bool blank() const { return text.empty(); }
};

enum class ColumnKind { kName, kCode, kRowNumber, kAmount };

struct Column {
  int index = 0;
  ColumnKind kind = ColumnKind::kAmount;
  int lane = 0;                   // side-by-side lanes or blocks, left to right
  std::vector<std::string> path;  // header labels from the outermost (`本年支出 › 基本支出`)
  std::string column_number;      // from the 栏次 row, when the table has one
  double x0 = 0, x1 = 0;          // horizontal extent on the page
};

struct TableRow {
  int lane = 0;
  std::string row_number;  // 行次, as printed
  std::string code;        // functional or economic subject code (201, 20103, 2010350)
  int level = 0;           // 1 类, 2 款, 3 项 (from the code's length); 0 when unknown
  std::string name;
  int page = 0;
  BBox box;
  std::vector<Cell> cells;  // one per column of the table (blank for other lanes' columns)
};

struct Table {
  TableCode code = TableCode::kT1;
  std::string title;
  std::string numbering;
  std::vector<int> pages;
  Unit unit = Unit::kNone;
  std::string department;
  int lanes = 1;
  std::vector<Column> columns;
  std::vector<TableRow> rows;
  std::vector<std::string> notes;
  bool declares_empty = false;     // a note or statement says the table has no data
  bool declares_rounding = false;  // a note declares 尾差 from rounding
  // A table found by its title whose body could not be rebuilt says why here; it is still
  // reported, never dropped.
  std::string insufficient_data;
  int title_page = 0;
  BBox title_box;

  // The index of the first column of `kind` in `lane`, or -1.
  int FindColumn(ColumnKind kind, int lane) const {
    for (const Column& c : columns) {
      if (c.kind == kind && c.lane == lane) return c.index;
    }
    return -1;
  }
};

// Printable column path: labels joined by " › ".
std::string ColumnPathText(const Column& column);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_TABLES_TABLE_H_
