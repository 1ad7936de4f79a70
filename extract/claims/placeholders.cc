#include "extract/claims/placeholders.h"

#include <re2/re2.h>

#include <algorithm>

namespace fiscalcheck {
namespace {

struct Pattern {
  const char* kind;
  const RE2& re;
};

const std::vector<Pattern>& Patterns() {
  static const RE2 kMask(R"((?:[XＸ×]{2,}))");
  static const RE2 kEllipsis(R"((……|\.\.\.\.\.\.))");
  static const RE2 kAlternative(
      R"((?:增加|减少|增长|下降|上升|降低)[（(](?:增加|减少|增长|下降|上升|降低)[）)]|(?:增加|增长)[/／](?:减少|下降))");
  static const RE2 kEmptySlot(
      R"((?:保有量|实有人数|共有|共计|合计|金额为|支出为|收入为|预算为|决算为|为|增加|减少|增长|下降|占)(?:万元|千元|亿元|辆|台（套）|台\(套\)|%|人))");
  static const RE2 kInstruction(
      R"([（(](?:请|此处|填写|应填|须|需|如无|若无|没有的|无此项|根据实际)[^（()）]{0,60}[）)])");
  static const std::vector<Pattern> kPatterns = {{"mask", kMask},
                                                 {"ellipsis", kEllipsis},
                                                 {"alternative", kAlternative},
                                                 {"empty-slot", kEmptySlot},
                                                 {"instruction", kInstruction}};
  return kPatterns;
}

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<PlaceholderMatch> FindPlaceholders(std::string_view text) {
  std::vector<PlaceholderMatch> out;
  for (const Pattern& p : Patterns()) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    size_t from = 0;
    while (from <= text.size() && p.re.Match(re2::StringPiece(text.data(), text.size()), from,
                                             text.size(), RE2::UNANCHORED, &match, 1)) {
      const size_t begin = match.data() - text.data();
      const size_t end = begin + match.size();
      from = end > begin ? end : begin + 1;
      bool keep = true;
      const std::string_view kind = p.kind;
      if (kind == "ellipsis") {
        // A leader run (`…………3`) or an ellipsis before a figure is a table of contents.
        const bool longer_run = (begin >= 3 && text.substr(begin - 3, 3) == "…") ||
                                (end + 3 <= text.size() && text.substr(end, 3) == "…") ||
                                (begin > 0 && text[begin - 1] == '.') ||
                                (end < text.size() && text[end] == '.');
        const bool before_figure = end < text.size() && IsDigitByte(text[end]);
        keep = !longer_run && !before_figure;
      }
      if (kind == "mask") {
        // `X光机`, `XXL`: a Latin word is not a mask; require no Latin letter around.
        auto latin = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
        if ((begin > 0 && latin(text[begin - 1])) || (end < text.size() && latin(text[end]))) {
          keep = false;
        }
      }
      if (kind == "empty-slot" && begin >= 6 && text.substr(begin - 6, 6) == "单位") keep = false;
      if (keep) out.push_back({begin, end, std::string(kind)});
    }
  }
  std::sort(out.begin(), out.end(), [](const PlaceholderMatch& a, const PlaceholderMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<PlaceholderMatch> merged;
  for (const PlaceholderMatch& m : out) {
    if (!merged.empty() && m.begin < merged.back().end) continue;
    merged.push_back(m);
  }
  return merged;
}

}  // namespace fiscalcheck
