// Stage 4: typed tables from the laid-out document.
//
// Contract:
// - Every line whose text is a standard table title (table_titles.h) and is followed by table
//   material (a unit line, header words or figures within a few lines) opens a table; it runs
//   until the next title, or the first prose paragraph after its rows, across pages (a table
//   continued on the next page without a title keeps its columns; repeated header lines are
//   skipped). A title line left inside an open bracket takes the next short line that closes it
//   (`…（按支出功能分类科` / `目-不含上年结转）`): that line is no header label.
// - Columns come from the alignment of cells across rows: cells of one column overlap
//   horizontally, cells of neighbouring columns do not; names fill the zones between figures; a
//   name column to the right of figures starts a new lane (two-lane T1/T4, two- and three-block
//   T6). Header lines above the first row label the columns (merged header cells spanning several
//   columns become the outer part of the path); a column blank in every row is found from the
//   lowest header label over it (a leaf: no label of a later header line beneath it), never from a
//   spanning label (labels are centred in their cells, figures right-aligned: where a 栏次 row
//   numbers the columns, a column's leaf is the one best centred on its number); a 栏次 row
//   numbers them; a column headed 行次 holds row numbers, never amounts.
//   In a ruled table, lines below the rule above the first row are that row's, not header.
// - Each row gets its name (wrapped names re-joined), its subject code (7-digit, split 类/款/项
//   columns — a one-digit 款 or 项 part there lost its leading zero: `301` `2` is 30102 —, or
//   leading the name as a whole run of digits: `2026年` is no code) and level, and one cell per
//   column: a decimal with its displayed precision, or blank. A name laid out as one segment with
//   the figure after it (`西安市硬科技产业发展服务 1153992.13`) is split from that figure. The
//   department (`部门名称：…`) printed in a unit column before a row's own name is dropped from
//   it; a first row named by the department alone, in a table with no 合计/总计 row, is named
//   `合计`.
// - A titled table whose body cannot be rebuilt is returned with `insufficient_data` set.
#ifndef FISCALCHECK_EXTRACT_TABLES_TABLE_BUILDER_H_
#define FISCALCHECK_EXTRACT_TABLES_TABLE_BUILDER_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

struct TableSettings {
  // A title must be followed by table material within this many lines.
  int title_lookahead_lines = 8;
  // A header segment covering at least this share of a column's width labels that column.
  double header_overlap = 0.3;
};

std::vector<Table> BuildTables(const Document& doc, const TableSettings& settings = {});

// A figure as printed in a cell: an amount (`1,204.56`, `(1.00)`, irregular grouping
// `125360,898`, a decimal digit wrapped or spaced off `1682.7 6`), or a percentage (`-60.9%`,
// then `*percent` is set); nullopt for any other text.
std::optional<Decimal> ParseCellFigure(const std::string& text, bool* percent = nullptr);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_TABLES_TABLE_BUILDER_H_
