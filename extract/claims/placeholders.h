// Template residue in narrative text: what a drafter left unfilled.
//
// Contract: finds `XX`/`××`/`ＸＸ` (two or more), a lone `……` (not a table-of-contents leader
// run, not followed by a figure), unresolved alternatives (`增加(减少)`, `下降（增长）`,
// `增加/减少`), empty slots where a figure belongs (`保有量辆`, `增加万元`, `占%`), and bracketed
// drafting instructions (`（请填写…）`, `（如无此项…）`). Spans are byte offsets into the UTF-8
// text, in order, not overlapping.
//
// An empty slot is a unit right after a word a figure should follow, with no figure before the
// word, ending the phrase: not a unit character that starts a longer word (`减少人员经费`,
// `为人民群众`, `合计人员经费`), not a unit named as the one figures are converted to
// (`本表金额转换为万元时`, `单位为万元`), and not a misplaced unit after its figure
// (`3,623.98为万元`). No regular expressions: hand-written scanners, each run only on text
// holding the bytes it needs (about 0.5M instructions for a 31-page report instead of 7.4M).
#ifndef FISCALCHECK_EXTRACT_CLAIMS_PLACEHOLDERS_H_
#define FISCALCHECK_EXTRACT_CLAIMS_PLACEHOLDERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace fiscalcheck {

struct PlaceholderMatch {
  size_t begin = 0, end = 0;  // bytes
  std::string kind;           // "mask", "ellipsis", "alternative", "empty-slot", "instruction"
};

std::vector<PlaceholderMatch> FindPlaceholders(std::string_view utf8_text);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_PLACEHOLDERS_H_
