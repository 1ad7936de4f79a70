#include "extract/claims/placeholders.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace fiscalcheck {
namespace {

// Hand-written scanners instead of regular expressions: each report calls this once per
// sentence, and compiling five RE2 programs cost more than scanning every sentence by hand. Every
// scanner is leftmost-first and resumes after its match, as RE2's unanchored search did.

using Words = std::initializer_list<std::string_view>;

bool StartsWith(std::string_view text, size_t at, std::string_view word) {
  if (at > text.size() || text.size() - at < word.size()) return false;
  // Words are a few bytes long: compare inline rather than call memcmp.
  for (size_t i = 0; i < word.size(); ++i) {
    if (text[at + i] != word[i]) return false;
  }
  return true;
}

bool EndsWithAt(std::string_view text, size_t end, std::string_view word) {
  return end >= word.size() && StartsWith(text, end - word.size(), word);
}

// The length of the first of `words` found at `at`, 0 when none.
template <typename List>
size_t WordAt(std::string_view text, size_t at, const List& words) {
  for (std::string_view w : words) {
    if (StartsWith(text, at, w)) return w.size();
  }
  return 0;
}
size_t WordAt(std::string_view text, size_t at, Words words) {
  return WordAt<Words>(text, at, words);
}

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }
bool IsLatin(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// The code point starting at byte `at` (U+FFFD for a malformed sequence), and its length.
char32_t CodePointAt(std::string_view text, size_t at, size_t* length) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = b(0);
  size_t n = lead < 0x80           ? 1
             : (lead >> 5) == 0x6  ? 2
             : (lead >> 4) == 0xE  ? 3
             : (lead >> 3) == 0x1E ? 4
                                   : 0;
  if (n == 0 || at + n > text.size()) {
    *length = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? lead : lead & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) {
    if ((b(i) & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b(i) & 0x3F);
  }
  *length = n;
  return cp;
}

// `XX`, `××`, `ＸＸ`: two or more mask characters in a row.
size_t MaskCharAt(std::string_view text, size_t at) {
  switch (text[at]) {
    case 'X':
      return 1;
    case '\xEF':
      return StartsWith(text, at, "Ｘ") ? 3 : 0;
    case '\xC3':
      return StartsWith(text, at, "×") ? 2 : 0;
    default:
      return 0;
  }
}

void FindMasks(std::string_view text, std::vector<PlaceholderMatch>& out) {
  for (size_t i = 0; i < text.size();) {
    size_t n = MaskCharAt(text, i);
    if (n == 0) {
      ++i;
      continue;
    }
    const size_t begin = i;
    int run = 0;
    for (; n > 0; n = i < text.size() ? MaskCharAt(text, i) : 0) {
      i += n;
      ++run;
    }
    if (run < 2) continue;
    // `X光机`, `XXL`: a Latin word is not a mask; require no Latin letter around.
    if ((begin > 0 && IsLatin(text[begin - 1])) || (i < text.size() && IsLatin(text[i]))) continue;
    out.push_back({begin, i, "mask"});
  }
}

// Calls `f(at)` for every occurrence of `needle` in `text`, in order, from `from` on; `f` returns
// where to search next.
template <typename F>
void ForEachOccurrence(std::string_view text, std::string_view needle, F f) {
  for (size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at)) {
    at = std::max(f(at), at + 1);
  }
}

// A lone `……` (or `......`): not a leader run of a table of contents, not before a figure.
void FindEllipses(std::string_view text, std::vector<PlaceholderMatch>& out) {
  static constexpr std::string_view kDots = "\xE2\x80\xA6";  // …
  for (std::string_view form : {"……", "......"}) {
    ForEachOccurrence(text, form, [&](size_t begin) {
      const size_t end = begin + form.size();
      const bool longer_run = EndsWithAt(text, begin, kDots) || StartsWith(text, end, kDots) ||
                              (begin > 0 && text[begin - 1] == '.') ||
                              (end < text.size() && text[end] == '.');
      const bool before_figure = end < text.size() && IsDigitByte(text[end]);
      if (!longer_run && !before_figure) out.push_back({begin, end, "ellipsis"});
      return end;
    });
  }
}

constexpr std::string_view kChangeWords[] = {"增加", "减少", "增长", "下降", "上升", "降低"};

// The length of the first of `words` that ends at byte `end`, 0 when none.
template <typename List>
size_t WordBefore(std::string_view text, size_t end, const List& words) {
  for (std::string_view w : words) {
    if (EndsWithAt(text, end, w)) return w.size();
  }
  return 0;
}

// `增加（减少）`, `下降(增长)`, `增加/减少`: both directions left for the drafter to choose. Found
// from the bracket or slash between the two words.
void FindAlternatives(std::string_view text, std::vector<PlaceholderMatch>& out) {
  struct Form {
    std::string_view joint;
    std::initializer_list<std::string_view> first, second, close;
  };
  static const Form kForms[] = {{"（", {}, {}, {"）", ")"}},
                                {"(", {}, {}, {"）", ")"}},
                                {"/", {"增加", "增长"}, {"减少", "下降"}, {}},
                                {"／", {"增加", "增长"}, {"减少", "下降"}, {}}};
  for (const Form& form : kForms) {
    ForEachOccurrence(text, form.joint, [&](size_t at) {
      const size_t first =
          form.first.size() ? WordBefore(text, at, form.first) : WordBefore(text, at, kChangeWords);
      if (first == 0) return at + 1;
      const size_t after = at + form.joint.size();
      const size_t second =
          form.second.size() ? WordAt(text, after, form.second) : WordAt(text, after, kChangeWords);
      if (second == 0) return at + 1;
      const size_t close = WordAt(text, after + second, form.close);
      if (close == 0 && form.close.size() > 0) return at + 1;
      out.push_back({at - first, after + second + close, "alternative"});
      return after + second + close;
    });
  }
}

// Words after which a figure belongs, longest first where one ends another (`金额为` / `为`).
constexpr std::string_view kSlotWords[] = {
    "保有量", "实有人数", "共有", "共计", "合计", "金额为", "支出为", "收入为",
    "预算为", "决算为",   "为",   "增加", "减少", "增长",   "下降",   "占"};
constexpr std::string_view kSlotUnits[] = {"万元",     "千元",   "亿元", "辆",
                                           "台（套）", "台(套)", "%",    "人"};
// `转换为万元`, `折合为万元`: naming the unit the figures are converted to, not a figure's slot.
constexpr std::string_view kConversionWords[] = {"转换", "换算", "折算", "折合", "转化", "换成"};

// Whether the code point after an empty slot ends the phrase: the end of the text, punctuation
// or a space, or a particle that can follow a figure (`保有量辆，其中`, `占%的`). A letter that
// makes the unit part of a longer word (`人员`, `人民`, `万元时`) is no boundary.
bool EndsPhrase(std::string_view text, size_t at) {
  if (at >= text.size()) return true;
  size_t n = 0;
  const char32_t c = CodePointAt(text, at, &n);
  if (c < 0x80) return !IsLatin(static_cast<char>(c)) && !IsDigitByte(static_cast<char>(c));
  if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || c == 0x00B7) return true;
  if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
      (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)) {
    return true;
  }
  static constexpr std::array<char32_t, 7> kParticles = {U'的', U'和', U'及', U'与',
                                                         U'其', U'或', U'等'};
  return std::find(kParticles.begin(), kParticles.end(), c) != kParticles.end();
}

// `保有量辆`, `增加万元`, `占%`: a unit right after a word that a figure should follow. Found from
// the unit (every unit starts with one of the bytes '%', 0xE4, 0xE5, 0xE8).
void FindEmptySlots(std::string_view text, std::vector<PlaceholderMatch>& out) {
  size_t last_end = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    const char b = text[at];
    if (b != '%' && b != '\xE4' && b != '\xE5' && b != '\xE8') continue;
    // The second byte of 万, 亿/人, 千, 台, 辆.
    if (b != '%' && (at + 1 >= text.size() ||
                     (text[at + 1] != '\xB8' && text[at + 1] != '\xBA' && text[at + 1] != '\x8D' &&
                      text[at + 1] != '\x8F' && text[at + 1] != '\xBE'))) {
      continue;
    }
    const size_t unit = WordAt(text, at, kSlotUnits);
    if (unit == 0) continue;
    // The longest word ending at the unit (the leftmost match), not overlapping the last one.
    size_t word = 0;
    for (std::string_view w : kSlotWords) {
      if (w.size() > word && at - last_end >= w.size() && EndsWithAt(text, at, w)) word = w.size();
    }
    if (word == 0) continue;
    const size_t begin = at - word, end = at + unit;
    last_end = end;
    at = end - 1;
    // `单位为万元` states the table's unit.
    if (EndsWithAt(text, begin, "单位")) continue;
    // A figure before the word (`3,623.98为万元`): the figure is there, only misplaced.
    if (begin > 0 && IsDigitByte(text[begin - 1])) continue;
    if (word == std::string_view("为").size() && WordBefore(text, begin, kConversionWords) > 0) {
      continue;
    }
    if (!EndsPhrase(text, end)) continue;
    out.push_back({begin, end, "empty-slot"});
  }
}

// `（请填写…）`, `（如无此项…）`: a bracketed drafting instruction of at most 60 characters.
void FindInstructions(std::string_view text, std::vector<PlaceholderMatch>& out) {
  constexpr std::string_view kOpen[] = {"（", "("};
  constexpr std::string_view kClose[] = {"）", ")"};
  constexpr std::string_view kLeads[] = {"请",   "此处", "填写",   "应填",   "须",      "需",
                                         "如无", "若无", "没有的", "无此项", "根据实际"};
  for (std::string_view open : kOpen) {
    ForEachOccurrence(text, open, [&](size_t i) {
      const size_t lead = WordAt(text, i + open.size(), kLeads);
      if (lead == 0) return i + 1;
      size_t j = i + open.size() + lead;
      for (int chars = 0; j < text.size(); ++chars) {
        if (const size_t close = WordAt(text, j, kClose); close > 0) {
          out.push_back({i, j + close, "instruction"});
          return j + close;
        }
        if (WordAt(text, j, kOpen) > 0 || chars == 60) break;
        size_t n = 0;
        CodePointAt(text, j, &n);
        j += n;
      }
      return i + 1;
    });
  }
}

}  // namespace

std::vector<PlaceholderMatch> FindPlaceholders(std::string_view text) {
  std::vector<PlaceholderMatch> out;
  // Each scanner runs only when the bytes it needs are in the text at all.
  const auto has = [&](std::string_view s) { return text.find(s) != std::string_view::npos; };
  if (has("X") || has("Ｘ") || has("×")) FindMasks(text, out);
  if (has("……") || has("......")) FindEllipses(text, out);
  if (has("（") || has("(") || has("/") || has("／")) FindAlternatives(text, out);
  FindEmptySlots(text, out);
  if (has("（") || has("(")) FindInstructions(text, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const PlaceholderMatch& a, const PlaceholderMatch& b) {
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
