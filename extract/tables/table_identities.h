// The structural identities a parsed table implies (DOMAIN.md, "Identities each table must
// satisfy"), evaluated under the interval model. The auditor's rules report them; the table
// report counts them to measure extraction.
//
// Implemented: row totals (T2, T3, T5, and T4's expenditure lane: the total column = Σ its
// component columns), subject hierarchy (类 = Σ 款, 款 = Σ 项, economic class = Σ items, 合计 =
// Σ 类), lane totals of T1/T4 (本年收入合计 = Σ the numbered income items, 本年支出合计 = Σ the
// numbered classes) and the balance 收入总计 = 支出总计. Blank cells count as zero.
#ifndef FISCALCHECK_EXTRACT_TABLES_TABLE_IDENTITIES_H_
#define FISCALCHECK_EXTRACT_TABLES_TABLE_IDENTITIES_H_

#include <string>
#include <vector>

#include "extract/decimal/decimal.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

struct CellRef {
  int row = 0;     // index into Table::rows
  int column = 0;  // index into Table::columns
};

struct IdentityCheck {
  std::string kind;         // row-total | hierarchy | lane-total | balance
  std::string description;  // human-readable, naming rows and columns
  CellRef total;            // the cell that should equal the sum
  std::vector<CellRef> parts;
  Decimal stated;    // the total as shown
  Decimal expected;  // the exact sum of the parts as shown
  Agreement outcome = Agreement::kConsistent;
};

std::vector<IdentityCheck> CheckStructuralIdentities(const Table& table);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_TABLES_TABLE_IDENTITIES_H_
