#include "extract/claims/narrative.h"

#include "extract/claims/claim_binder.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/narrative_text.h"

namespace fiscalcheck {

Narrative ExtractNarrative(const std::vector<Document>& files, const std::vector<Table>& tables,
                           const std::vector<int>& table_file, int report_year,
                           const std::string& department) {
  Narrative narrative;
  for (size_t f = 0; f < files.size(); ++f) {
    std::vector<const Table*> own;
    for (size_t t = 0; t < tables.size(); ++t) {
      if (t < table_file.size() && table_file[t] == static_cast<int>(f)) own.push_back(&tables[t]);
    }
    std::vector<TableLikeRegion> set_apart;
    std::vector<NarrativeBlock> blocks =
        NarrativeBlocks(files[f], static_cast<int>(f), own, &set_apart);
    narrative.table_like.insert(narrative.table_like.end(), set_apart.begin(), set_apart.end());
    AssignSections(blocks, narrative.sections);
    narrative.sentence_count +=
        ExtractClaims(blocks, report_year, narrative.claims, &narrative.sections, department);
  }
  BindClaims(tables, narrative.sections, narrative.claims, report_year, department);
  return narrative;
}

}  // namespace fiscalcheck
