// Template residue in narrative text: what a drafter left unfilled.
//
// Contract: finds `XX`/`××`/`ＸＸ` (two or more), a lone `……` (not a table-of-contents leader
// run, not followed by a figure), unresolved alternatives (`增加(减少)`, `下降（增长）`,
// `增加/减少`), empty slots where a figure belongs (`保有量 辆`, `为万元`, `占%`), and bracketed
// drafting instructions (`（请填写…）`, `（如无此项…）`). Spans are byte offsets into the UTF-8
// text, in order, not overlapping.
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
