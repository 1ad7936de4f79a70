// One report as the auditor reads it: the files it was published as (a narrative and its
// separately published tables are one report), their tables, the narrative's claims, and the
// report-level facts (kind, year, department).
#ifndef FISCALCHECK_EXTRACT_REPORT_MODEL_H_
#define FISCALCHECK_EXTRACT_REPORT_MODEL_H_

#include <set>
#include <string>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/document.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

enum class ReportKind { kUnknown, kFinal /*决算*/, kBudget /*预算*/ };
std::string_view ReportKindName(ReportKind kind);  // "决算", "预算", "unknown"

// Where a report-level fact was read.
struct FactSighting {
  std::string value;  // the year as digits, or the department name
  int file = 0, page = 0;
  std::string where;  // "cover", "table title", "narrative"
  std::string text;   // the line it was read from
};

struct ReportModel {
  std::vector<Document> files;
  std::vector<Table> tables;    // all files' tables, in file then page order
  std::vector<int> table_file;  // the file index of each table
  Narrative narrative;          // sections and claims of all files

  ReportKind kind = ReportKind::kUnknown;
  int year = 0;                                    // the report's fiscal year (0 when not found)
  std::string department;                          // as printed on the cover / first title
  std::vector<FactSighting> year_sightings;        // every place a report year is printed
  std::vector<FactSighting> department_sightings;  // every place the department is named
  bool narrative_only = false;  // the files hold no standard table (e.g. Beijing's)
  // The standard tables the report's own table of contents (目录) lists; empty when it has none
  // or it names fewer than three standard tables (then it is no list of tables).
  std::set<TableCode> contents_tables;
};

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_REPORT_MODEL_H_
