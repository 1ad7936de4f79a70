// placeholder: template residue left in the text (`XX`, `××`, `……`, `增加(减少)`, an empty slot
// such as `保有量 辆`, a bracketed drafting instruction). One finding per residue as printed, with
// every place it occurs as evidence (a template left unfilled repeats the same `XX` everywhere:
// one root cause).
#include <map>

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

// Evidence entries kept per finding; the message gives the full count.
constexpr size_t kMaxEvidence = 12;

void Check(const ReportModel& model, AuditContext& context) {
  std::map<std::string, Finding> by_text;
  std::vector<std::string> order;
  std::map<std::string, int> count;
  int sentences_with_residue = 0;
  std::string last_sentence;
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kPlaceholder) continue;
    if (c.source.sentence != last_sentence) ++sentences_with_residue;
    last_sentence = c.source.sentence;
    auto [it, inserted] = by_text.try_emplace(c.text);
    if (inserted) {
      order.push_back(c.text);
      it->second.severity = Severity::kWarning;
      it->second.category = "placeholder";
      it->second.stated = c.text;
      it->second.message = "template residue (" + c.subject + ") left in the text: " + c.text;
    }
    if (it->second.evidence.size() < kMaxEvidence) it->second.evidence.push_back(ClaimEvidence(c));
    it->second.keys.push_back(ClaimKey(c));
    ++count[c.text];
  }
  for (const std::string& text : order) {
    Finding f = by_text[text];
    if (count[text] > 1) f.message += " (" + std::to_string(count[text]) + " places)";
    context.Fail(std::move(f));
  }
  // Checks: one per distinct residue (failed) and one per sentence without residue (passed).
  const int clean = model.narrative.sentence_count - sentences_with_residue;
  if (clean > 0) context.Pass(clean);
}

}  // namespace

const Rule kPlaceholderRule = {"placeholder", "No template residue or placeholder left in the text",
                               "the narrative's sentences", Severity::kWarning, Check};

}  // namespace fiscalcheck
