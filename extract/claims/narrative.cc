#include "extract/claims/narrative.h"

#include "extract/claims/claim_binder.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/narrative_text.h"

namespace fiscalcheck {
namespace {

// Template residue (`XX`, `××`) in the lines of tables set apart from the narrative is still
// residue the drafter left: its placeholder claims are kept (section -1, no other claim of
// those lines), and each line holding residue counts as one sentence read, so the placeholder
// rule's checks stay whole.
void AppendResidueOfSetApartLines(const std::vector<NarrativeBlock>& lines, int report_year,
                                  Narrative& narrative) {
  if (lines.empty()) return;
  std::vector<Claim> read;
  ExtractClaims(lines, report_year, read);
  std::string last_sentence;
  for (Claim& c : read) {
    if (c.kind != ClaimKind::kPlaceholder) continue;
    if (c.source.sentence != last_sentence) ++narrative.sentence_count;
    last_sentence = c.source.sentence;
    c.id = static_cast<int>(narrative.claims.size());
    c.source.section = -1;
    c.subject_claim = c.base_claim = c.change_claim = -1;
    c.parts.clear();
    narrative.claims.push_back(std::move(c));
  }
}

}  // namespace

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
    std::vector<NarrativeBlock> set_apart_lines;
    std::vector<NarrativeBlock> blocks =
        NarrativeBlocks(files[f], static_cast<int>(f), own, &set_apart, &set_apart_lines);
    narrative.table_like.insert(narrative.table_like.end(), set_apart.begin(), set_apart.end());
    AssignSections(blocks, narrative.sections);
    narrative.sentence_count +=
        ExtractClaims(blocks, report_year, narrative.claims, &narrative.sections, department);
    AppendResidueOfSetApartLines(set_apart_lines, report_year, narrative);
  }
  BindClaims(tables, narrative.sections, narrative.claims, report_year, department);
  return narrative;
}

}  // namespace fiscalcheck
