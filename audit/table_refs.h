// Helpers the table rules share: evidence and grouping keys for table cells, printable row and
// column labels, cell values, and row matching by subject code or normalised name.
#ifndef FISCALCHECK_AUDIT_TABLE_REFS_H_
#define FISCALCHECK_AUDIT_TABLE_REFS_H_

#include <optional>
#include <string>
#include <vector>

#include "audit/finding.h"
#include "extract/decimal/decimal.h"
#include "extract/report_model.h"

namespace fiscalcheck {

// The row as printed: `行次 3`, `201 一般公共服务支出`, or the name.
std::string RowText(const TableRow& row);
// The column path with its 栏次 when numbered: `本年支出 › 基本支出 (栏 2)`.
std::string ColumnText(const Column& column);

// Evidence for one cell of model.tables[table] (the row's page and the cell's box when known).
Evidence CellEvidence(const ReportModel& model, int table, int row, int column);
// Evidence for a table as a whole (its title).
Evidence TableEvidence(const ReportModel& model, int table);
// The grouping key of a cell (Finding::keys).
std::string CellKey(const ReportModel& model, int table, int row, int column);

// The shown value of a cell: its figure; blank or a dash is an exact zero; nullopt for other
// text (`/`, `XX`) or a percentage.
std::optional<Decimal> CellAmount(const Cell& cell);

// A name for matching across tables: whitespace, list numbering (`一、`, `（一）`, `1.`) and
// the bracketed remarks removed; fullwidth brackets kept as printed otherwise.
std::string MatchName(const std::string& name);

// The indices of the tables of `code` in model order.
std::vector<int> TablesOf(const ReportModel& model, TableCode code);
// The single usable table of `code` (parsed, not declared empty, with rows); -1 when there is
// none; -2 when there are several (ambiguous: a region's second table of the same code).
int SingleTable(const ReportModel& model, TableCode code);

// Rows of `lane` whose name (after MatchName) equals `name`; all lanes when lane < 0.
std::vector<int> RowsNamed(const Table& table, const std::string& name, int lane = -1);
// Rows whose subject code equals `code`.
std::vector<int> RowsCoded(const Table& table, const std::string& code);
// The first total row (`合计`, `总计`, `本年支出合计`…) of a subject table, or -1.
int TotalRow(const Table& table);

// Amount columns of `lane` whose last path label contains `word` (all lanes when lane < 0).
std::vector<int> ColumnsLabelled(const Table& table, const std::string& word, int lane = -1);
bool ColumnHas(const Column& column, const std::string& word);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_TABLE_REFS_H_
