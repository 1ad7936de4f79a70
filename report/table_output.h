// Printing typed tables: JSON for `extract --format json`, tidy CSV for `extract --tables-csv`.
#ifndef FISCALCHECK_REPORT_TABLE_OUTPUT_H_
#define FISCALCHECK_REPORT_TABLE_OUTPUT_H_

#include <ostream>
#include <vector>

#include "extract/tables/table.h"
#include "nlohmann/json.hpp"

namespace fiscalcheck {

nlohmann::ordered_json TablesJson(const std::vector<Table>& tables);

// One tidy CSV per table: table code, page, row code, row name, 行次, column path, 栏次, value
// (exact decimal text, empty for blank), cell text as printed, unit. RFC 4180 quoting.
void WriteTableCsv(const Table& table, std::ostream& out);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_REPORT_TABLE_OUTPUT_H_
