// Developer tool behind scripts/table-report.sh: for each PDF, the standard tables found, rows
// parsed, and the structural identities checked with their outcomes. Failing identities are
// listed with their cells so each can be judged (extraction error or a true error in the report).
//   table_report [--failures] FILE.pdf...
#include <cstdio>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/tables/table_builder.h"
#include "extract/tables/table_identities.h"

int main(int argc, char** argv) {
  bool failures = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--failures") {
      failures = true;
    } else {
      files.push_back(a);
    }
  }
  for (const std::string& file : files) {
    auto doc = fiscalcheck::ExtractDocument(file);
    if (!doc.ok()) {
      std::printf("FILE\t%s\terror\t%s\n", file.c_str(),
                  std::string(doc.status().message()).c_str());
      continue;
    }
    const std::vector<fiscalcheck::Table> tables = fiscalcheck::BuildTables(*doc);
    int rows = 0, checks = 0, passed = 0, slips = 0;
    std::string codes;
    for (const auto& t : tables) {
      rows += static_cast<int>(t.rows.size());
      codes += std::string(fiscalcheck::TableCodeName(t.code)) +
               (t.insufficient_data.empty() ? "" : "?") + (t.declares_empty ? "0" : "") + " ";
      for (const auto& c : fiscalcheck::CheckStructuralIdentities(t)) {
        ++checks;
        if (c.outcome == fiscalcheck::Agreement::kConsistent) {
          ++passed;
          continue;
        }
        if (c.outcome == fiscalcheck::Agreement::kRoundingSlip) ++slips;
        if (failures) {
          std::printf(
              "FAIL\t%s\t%s p%d\t%s\t%s\tstated=%s\tsum=%s\n", file.c_str(),
              std::string(fiscalcheck::TableCodeName(t.code)).c_str(), t.rows[c.total.row].page,
              std::string(fiscalcheck::AgreementName(c.outcome)).c_str(), c.description.c_str(),
              c.stated.ToString().c_str(), c.expected.ToString().c_str());
        }
      }
    }
    std::printf("FILE\t%s\ttables=%zu\trows=%d\tchecks=%d\tpassed=%d\tslips=%d\tcodes=%s\n",
                file.c_str(), tables.size(), rows, checks, passed, slips, codes.c_str());
  }
  return 0;
}
