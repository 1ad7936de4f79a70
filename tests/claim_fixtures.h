// Small builders shared by the claim tests: a table column, a row of shown figures, the claim
// stating a figure.
#ifndef FISCALCHECK_TESTS_CLAIM_FIXTURES_H_
#define FISCALCHECK_TESTS_CLAIM_FIXTURES_H_

#include <string>
#include <utility>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/tables/table.h"

namespace fiscalcheck::testing {

// An amount column of lane 0 headed by `path`.
inline Column AmountColumn(int index, std::vector<std::string> path) {
  return {index, ColumnKind::kAmount, 0, std::move(path), "", 0, 0};
}

// A row named `name` (cell 0) with the shown figures `cells` in columns 1…, and its code.
inline TableRow Row(const std::string& name, const std::vector<std::string>& cells,
                    const std::string& code = "") {
  TableRow row;
  row.name = name;
  row.code = code;
  row.cells.resize(cells.size() + 1);
  row.cells[0].text = name;
  for (size_t i = 0; i < cells.size(); ++i) {
    row.cells[i + 1].text = cells[i];
    row.cells[i + 1].value = Decimal::Parse(cells[i]);
  }
  return row;
}

// The first claim of `kind` whose value prints as `number`, or nullptr.
inline const Claim* Stating(const std::vector<Claim>& claims, ClaimKind kind,
                            const std::string& number) {
  for (const Claim& c : claims) {
    if (c.kind == kind && c.value && c.value->ToString() == number) return &c;
  }
  return nullptr;
}

}  // namespace fiscalcheck::testing

#endif  // FISCALCHECK_TESTS_CLAIM_FIXTURES_H_
