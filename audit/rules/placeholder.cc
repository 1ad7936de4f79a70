// placeholder: template residue left in the text (`XX`, `××`, `……`, `增加(减少)`, an empty slot
// such as `保有量 辆`, a bracketed drafting instruction).
#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  int found = 0;
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kPlaceholder) continue;
    ++found;
    Finding f;
    f.severity = Severity::kWarning;
    f.category = "placeholder";
    f.stated = c.text;
    f.message = "template residue (" + c.subject + ") left in the text: " + c.text;
    f.evidence.push_back(ClaimEvidence(c));
    f.keys = {ClaimKey(c)};
    context.Fail(std::move(f));
  }
  // One check per sentence read; a sentence with residue failed above.
  const int clean = model.narrative.sentence_count - found;
  if (clean > 0) context.Pass(clean);
}

}  // namespace

const Rule kPlaceholderRule = {"placeholder", "No template residue or placeholder left in the text",
                               "the narrative's sentences", Severity::kWarning, Check};

}  // namespace fiscalcheck
