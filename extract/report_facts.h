// Report-level facts: one ReportModel from the files a report was published as.
//
// Contract:
// - Tables are built for every file (BuildTables) and concatenated in file then page order;
//   table_file[i] is the file index of tables[i].
// - kind: 决算 or 预算 from the cover (the first page's heading lines, up to the contents), else
//   from the standard tables' titles; unknown when neither says.
// - year and department: read from the cover (`上海市普陀区财政局 / 2024年度部门决算`,
//   `预算单位：上海市审计局`), table titles (`上海市…局2024年度部门决算表收入支出决算总表`), the
//   tables' department lines (`部门：…`) and the narrative's report headings
//   (`第二部分 上海市…局2024年度部门决算表`). Every place one is printed is kept as a sighting
//   so that rules can check consistency; the report's value is the cover's, else the most
//   frequent sighting.
// - narrative_only: no file holds a standard table.
// - narrative is left empty here (filled by the claims stage).
#ifndef FISCALCHECK_EXTRACT_REPORT_FACTS_H_
#define FISCALCHECK_EXTRACT_REPORT_FACTS_H_

#include <string>
#include <vector>

#include "extract/report_model.h"

namespace fiscalcheck {

ReportModel BuildReportModel(std::vector<Document> files);

// Reads the cover facts (kind, year, department) from the first page of one file: exposed for
// tests. Returns false when the page says nothing about them.
struct CoverFacts {
  ReportKind kind = ReportKind::kUnknown;
  int year = 0;
  std::string department;
  int page = 0;
  std::string text;  // the cover lines, joined
};
CoverFacts ReadCover(const Document& doc);

// A department name as compared across sightings: whitespace removed, a trailing bracketed
// scope (`（本级）`, `(汇总)`) removed.
std::string NormalizeDepartment(const std::string& name);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_REPORT_FACTS_H_
