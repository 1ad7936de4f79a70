// Stage 5: the narrative of a report — sections, sentences, claims, bindings — in one call.
#ifndef FISCALCHECK_EXTRACT_CLAIMS_NARRATIVE_H_
#define FISCALCHECK_EXTRACT_CLAIMS_NARRATIVE_H_

#include <string>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/document.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

// Reads every file's narrative (outside its own tables), extracts its claims and binds them to
// the tables of all files (a narrative published apart from its tables binds across files).
// `table_file[i]` is the file index of `tables[i]`; `department` the report's department
// (ReportModel::department, "" when unknown): named before a subject it is no part of it, named
// alone it is the report's total (claim_extractor.h, claim_binder.h).
Narrative ExtractNarrative(const std::vector<Document>& files, const std::vector<Table>& tables,
                           const std::vector<int>& table_file, int report_year,
                           const std::string& department = {});

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_NARRATIVE_H_
