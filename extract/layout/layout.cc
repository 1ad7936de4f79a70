#include "extract/layout/layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_join.h"
#include "extract/normalize/normalize.h"
#include "extract/utf8.h"
#include "re2/re2.h"

namespace fiscalcheck {
namespace {

// A glyph seen in its own reading frame: `along` runs with the text, `across` from line to line.
struct FrameGlyph {
  const Glyph* glyph = nullptr;
  std::string text;  // normalised
  double a0 = 0, a1 = 0;
  double across = 0;
  double size = 0;
  bool space_before = false;     // a space glyph preceded it in the stream, on the same baseline
  char32_t first = 0, last = 0;  // first and last code points of `text`
};

void ToFrame(int direction, double x, double y, double& along, double& across) {
  switch (direction) {
    case 1:
      along = y, across = -x;
      break;
    case 2:
      along = -x, across = -y;
      break;
    case 3:
      along = -y, across = x;
      break;
    default:
      along = x, across = y;
      break;
  }
}

enum class CharClass { kCjk, kFigure, kLatin, kOther };

CharClass Classify(char32_t c) {
  if (IsAsciiDigit(c)) return CharClass::kFigure;
  if (IsCjkIdeograph(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
      (c >= 0x2E80 && c <= 0x2FDF) || c == 0x2026 || c == 0x2014 || c == 0x201C || c == 0x201D ||
      c == 0x2018 || c == 0x2019 || c == 0x00B7) {
    return CharClass::kCjk;
  }
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return CharClass::kLatin;
  return CharClass::kOther;
}

char32_t FirstChar(const std::string& s) { return FirstCodePoint(s); }
char32_t LastChar(const std::string& s) { return LastCodePoint(s); }

bool IsFigurePart(char32_t c) {
  return IsAsciiDigit(c) || c == '.' || c == ',' || c == '%' || c == '-' || c == '+';
}

struct Run {
  std::vector<int> members;  // indices into the page's frame glyphs, stream order
  double across = 0, size = 0, end = 0;
  int first_stream = 0;
  int direction = 0;
};

enum class Gap { kJoin, kSpace, kColumn };

Gap DecideGap(const FrameGlyph& p, const FrameGlyph& q, bool rule_between,
              const LayoutSettings& s) {
  const double em = std::max({p.size, q.size, 1.0});
  const double gap = q.a0 - p.a1;
  if (rule_between && gap > -0.1 * em) return Gap::kColumn;
  if (gap >= s.column_gap_em * em) return Gap::kColumn;
  const char32_t a = p.last, b = q.first;
  const CharClass ca = Classify(a), cb = Classify(b);
  if (IsFigurePart(a) && IsFigurePart(b) && (IsAsciiDigit(a) || IsAsciiDigit(b))) {
    // `174,900` + `.64` drawn as two overlapping pieces: one figure.
    if (IsAsciiDigit(a) && b == '.' && gap <= s.word_space_em * em) return Gap::kJoin;
    // Two figures with any visible gap between them are two cells, never one number.
    if (IsAsciiDigit(a) && IsAsciiDigit(b) && (gap > s.word_space_em * em || q.space_before)) {
      return Gap::kColumn;
    }
    if (gap >= s.number_column_gap_em * em) return Gap::kColumn;
    if (gap > s.word_space_em * em || q.space_before) return Gap::kSpace;
    return Gap::kJoin;
  }
  if (ca == CharClass::kCjk || cb == CharClass::kCjk) {
    if (gap <= s.cjk_join_em * em) return Gap::kJoin;
    if (ca == CharClass::kCjk && cb == CharClass::kCjk && gap <= s.letter_spacing_max_em * em) {
      return Gap::kJoin;
    }
    return Gap::kSpace;
  }
  if (gap > s.word_space_em * em || q.space_before) return Gap::kSpace;
  return Gap::kJoin;
}

// Vertical rules crossing a horizontal baseline, sorted by x.
std::vector<double> RulesCrossing(const std::vector<Ruling>& rulings, double baseline,
                                  double size) {
  std::vector<double> xs;
  for (const Ruling& r : rulings) {
    if (r.horizontal) continue;
    if (r.box.y0 <= baseline - 0.3 * size && r.box.y1 >= baseline) {
      xs.push_back((r.box.x0 + r.box.x1) / 2);
    }
  }
  std::sort(xs.begin(), xs.end());
  return xs;
}

bool RuleBetween(const std::vector<double>& xs, double from, double to) {
  auto it = std::lower_bound(xs.begin(), xs.end(), from);
  return it != xs.end() && *it <= to;
}

std::vector<FrameGlyph> ToFrameGlyphs(const RawPage& raw, const LayoutSettings& s,
                                      int& duplicates) {
  std::vector<FrameGlyph> out;
  out.reserve(raw.glyphs.size());
  std::array<int, 4> pending_space_at = {-1, -1, -1, -1};
  std::array<double, 4> pending_space_across = {0, 0, 0, 0};
  for (const Glyph& g : raw.glyphs) {
    // Contract of stage 1: finite geometry and a direction in 0..3; anything else is skipped
    // here too, since sorting by NaN would be undefined.
    if (!std::isfinite(g.origin_x) || !std::isfinite(g.origin_y) || !std::isfinite(g.advance) ||
        !std::isfinite(g.font_size) || g.direction < 0 || g.direction > 3) {
      continue;
    }
    double along = 0, across = 0;
    ToFrame(g.direction, g.origin_x, g.origin_y, along, across);
    if (g.is_space) {
      pending_space_at[g.direction] = g.stream_index;
      pending_space_across[g.direction] = across;
      continue;
    }
    FrameGlyph f;
    f.glyph = &g;
    f.text = NormalizeGlyphText(g.text);
    if (f.text.empty() || f.text == " ") continue;
    f.first = FirstChar(f.text);
    f.last = LastChar(f.text);
    f.a0 = along;
    f.a1 = along + g.advance;
    f.across = across;
    f.size = g.font_size;
    f.space_before = pending_space_at[g.direction] == g.stream_index - 1 &&
                     std::fabs(pending_space_across[g.direction] - across) <
                         s.baseline_tolerance_em * std::max(f.size, 1.0);
    out.push_back(std::move(f));
  }
  // Overprinted duplicates: same text at (almost) the same origin. Keep the first drawn. Glyphs
  // are bucketed on a grid of the tolerance, so each looks only at its neighbouring cells.
  std::vector<bool> drop(out.size(), false);
  absl::flat_hash_map<std::pair<int64_t, int64_t>, int> grid;  // cell → last glyph kept there
  std::vector<int> next_in_cell(out.size(), -1);               // earlier glyphs of the cell
  grid.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    const FrameGlyph& a = out[i];
    const double tol = s.duplicate_tolerance_em * std::max(a.size, 1.0);
    const int64_t gx = static_cast<int64_t>(std::floor(a.a0 / tol));
    const int64_t gy = static_cast<int64_t>(std::floor(a.across / tol));
    bool duplicate = false;
    for (int64_t dx = -1; dx <= 1 && !duplicate; ++dx) {
      for (int64_t dy = -1; dy <= 1 && !duplicate; ++dy) {
        auto it = grid.find({gx + dx, gy + dy});
        if (it == grid.end()) continue;
        for (int k = it->second; k >= 0; k = next_in_cell[k]) {
          const FrameGlyph& b = out[k];
          if (b.glyph->direction == a.glyph->direction && std::fabs(b.a0 - a.a0) <= tol &&
              std::fabs(b.across - a.across) <= tol && std::fabs(b.size - a.size) <= tol &&
              b.text == a.text) {
            duplicate = true;
            break;
          }
        }
      }
    }
    if (duplicate) {
      drop[i] = true;
    } else {
      auto [it, inserted] = grid.try_emplace({gx, gy}, static_cast<int>(i));
      if (!inserted) {
        next_in_cell[i] = it->second;
        it->second = static_cast<int>(i);
      }
    }
  }
  std::vector<FrameGlyph> kept;
  kept.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (drop[i]) {
      ++duplicates;
    } else {
      kept.push_back(std::move(out[i]));
    }
  }
  return kept;
}

std::vector<Run> BuildRuns(const std::vector<FrameGlyph>& glyphs, const LayoutSettings& s) {
  std::vector<Run> runs;
  std::array<int, 4> open = {-1, -1, -1, -1};  // the open run per direction
  for (size_t i = 0; i < glyphs.size(); ++i) {
    const FrameGlyph& f = glyphs[i];
    const int dir = f.glyph->direction;
    const double em = std::max(f.size, 1.0);
    if (open[dir] >= 0) {
      Run& r = runs[open[dir]];
      const FrameGlyph& last = glyphs[r.members.back()];
      if (std::fabs(f.across - r.across) <= s.baseline_tolerance_em * em &&
          f.a0 > last.a0 + s.run_min_step_em * em && f.a0 <= r.end + s.run_gap_em * em) {
        r.members.push_back(static_cast<int>(i));
        r.end = std::max(r.end, f.a1);
        r.size = std::max(r.size, f.size);
        continue;
      }
    }
    Run r;
    r.members.push_back(static_cast<int>(i));
    r.across = f.across;
    r.size = f.size;
    r.end = f.a1;
    r.first_stream = f.glyph->stream_index;
    r.direction = dir;
    open[dir] = static_cast<int>(runs.size());
    runs.push_back(std::move(r));
  }
  return runs;
}

// Some producers give glyphs font widths far wider than where the next glyph is placed (digits
// 0.92 em wide, positioned 0.47 em apart by TJ offsets), which would hide real gaps. Within a run,
// glyphs of one advance are taken to be no wider than their typical step to the next glyph;
// letter-spacing makes steps wider than advances, so it is unaffected.
void TightenWidths(std::vector<FrameGlyph>& glyphs, const std::vector<Run>& runs) {
  absl::flat_hash_map<long, std::vector<double>> steps;  // advance in 1/100 pt → steps
  for (const Run& r : runs) {
    if (r.members.size() < 3) continue;
    steps.clear();
    for (size_t k = 0; k + 1 < r.members.size(); ++k) {
      const FrameGlyph& a = glyphs[r.members[k]];
      const FrameGlyph& b = glyphs[r.members[k + 1]];
      steps[std::lround((a.a1 - a.a0) * 100)].push_back(b.a0 - a.a0);
    }
    for (auto& [advance, list] : steps) {
      if (list.size() < 2) continue;
      std::nth_element(list.begin(), list.begin() + list.size() / 2, list.end());
      const double typical = list[list.size() / 2];
      if (typical * 1.05 >= advance / 100.0) continue;
      for (int m : r.members) {
        FrameGlyph& g = glyphs[m];
        if (std::lround((g.a1 - g.a0) * 100) == advance) g.a1 = g.a0 + typical;
      }
    }
  }
}

Line AssembleLine(const std::vector<FrameGlyph>& glyphs, std::vector<const Run*> runs,
                  const std::vector<Ruling>& rulings, const LayoutSettings& s) {
  std::sort(runs.begin(), runs.end(), [&](const Run* a, const Run* b) {
    const double a0 = glyphs[a->members.front()].a0, b0 = glyphs[b->members.front()].a0;
    if (a0 != b0) return a0 < b0;
    return a->first_stream < b->first_stream;
  });
  std::vector<const FrameGlyph*> seq;
  Line line;
  line.direction = runs.front()->direction;
  line.first_stream_index = runs.front()->first_stream;
  std::vector<double> sizes;
  std::vector<double> baselines;
  for (const Run* r : runs) {
    line.first_stream_index = std::min(line.first_stream_index, r->first_stream);
    for (int m : r->members) {
      seq.push_back(&glyphs[m]);
      sizes.push_back(glyphs[m].size);
      baselines.push_back(glyphs[m].across);
    }
  }
  std::nth_element(baselines.begin(), baselines.begin() + baselines.size() / 2, baselines.end());
  line.baseline = baselines[baselines.size() / 2];
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  line.font_size = sizes[sizes.size() / 2];
  std::vector<double> rules;
  if (line.direction == 0) rules = RulesCrossing(rulings, line.baseline, line.font_size);

  // Characters with gap markers, so number punctuation can look across them.
  std::vector<std::string> chars;
  std::vector<int> glyph_of;  // index into seq, or -1 for a space, -2 for a segment break
  for (size_t i = 0; i < seq.size(); ++i) {
    if (i > 0) {
      const bool rule =
          !rules.empty() && RuleBetween(rules, seq[i - 1]->a1 - 1.0, seq[i]->a0 + 1.0);
      switch (DecideGap(*seq[i - 1], *seq[i], rule, s)) {
        case Gap::kJoin:
          break;
        case Gap::kSpace:
          chars.push_back(" "), glyph_of.push_back(-1);
          break;
        case Gap::kColumn:
          chars.push_back(" "), glyph_of.push_back(-2);
          break;
      }
    }
    chars.push_back(seq[i]->text);
    glyph_of.push_back(static_cast<int>(i));
  }
  NormalizeNumberPunctuation(chars);

  Segment current;
  auto flush = [&] {
    if (!current.chars.empty()) line.segments.push_back(std::move(current));
    current = Segment();
  };
  for (size_t k = 0; k < chars.size(); ++k) {
    if (glyph_of[k] == -2) {
      flush();
    } else if (glyph_of[k] == -1) {
      current.text += ' ';
    } else {
      const FrameGlyph& f = *seq[glyph_of[k]];
      BBox box = f.glyph->box;
      if (f.glyph->direction == 0) box.x1 = std::min(box.x1, box.x0 + (f.a1 - f.a0));
      current.text += chars[k];
      current.chars.push_back({chars[k], box});
      current.box.Extend(box);
    }
  }
  flush();
  std::vector<std::string> texts;
  for (const Segment& seg : line.segments) {
    line.box.Extend(seg.box);
    texts.push_back(seg.text);
  }
  line.text = absl::StrJoin(texts, kSegmentSeparator);
  return line;
}

}  // namespace

Page LayoutPage(const RawPage& raw, const LayoutSettings& s) {
  Page page;
  page.number = raw.number;
  page.width = raw.width;
  page.height = raw.height;
  page.rotation = raw.rotation;
  page.rulings = raw.rulings;
  page.glyph_count = static_cast<int>(raw.glyphs.size());

  std::vector<FrameGlyph> glyphs = ToFrameGlyphs(raw, s, page.duplicate_glyphs_dropped);
  std::vector<Run> runs = BuildRuns(glyphs, s);
  TightenWidths(glyphs, runs);

  // The dominant direction's lines come first.
  std::array<int, 4> per_direction = {0, 0, 0, 0};
  for (const FrameGlyph& f : glyphs) ++per_direction[f.glyph->direction];
  std::array<int, 4> rank = {0, 1, 2, 3};
  std::stable_sort(rank.begin(), rank.end(),
                   [&](int a, int b) { return per_direction[a] > per_direction[b]; });
  std::array<int, 4> rank_of{};
  for (int i = 0; i < 4; ++i) rank_of[rank[i]] = i;

  std::vector<const Run*> sorted;
  sorted.reserve(runs.size());
  for (const Run& r : runs) sorted.push_back(&r);
  std::sort(sorted.begin(), sorted.end(), [&](const Run* a, const Run* b) {
    if (a->direction != b->direction) return rank_of[a->direction] < rank_of[b->direction];
    if (a->across != b->across) return a->across < b->across;
    return a->first_stream < b->first_stream;
  });
  for (size_t i = 0; i < sorted.size();) {
    const Run* first = sorted[i];
    std::vector<const Run*> members = {first};
    size_t j = i + 1;
    while (j < sorted.size() && sorted[j]->direction == first->direction &&
           sorted[j]->across - first->across <=
               s.baseline_tolerance_em * std::max(std::min(first->size, sorted[j]->size), 1.0)) {
      members.push_back(sorted[j]);
      ++j;
    }
    page.lines.push_back(AssembleLine(glyphs, std::move(members), raw.rulings, s));
    i = j;
  }
  // Lines whose baselines (almost) tie keep content-stream order.
  std::stable_sort(page.lines.begin(), page.lines.end(), [&](const Line& a, const Line& b) {
    if (a.direction != b.direction) return rank_of[a.direction] < rank_of[b.direction];
    if (std::fabs(a.baseline - b.baseline) > 0.5) return a.baseline < b.baseline;
    return a.first_stream_index < b.first_stream_index;
  });
  for (const Line& line : page.lines) CountCharacters(line.text, page.counts);
  return page;
}

namespace {

std::string MarginKey(const std::string& text) {
  std::string key;
  for (char c : text) {
    if (c == ' ') continue;
    key.push_back(c >= '0' && c <= '9' ? '#' : c);
  }
  return key;
}

bool LooksLikePageNumber(const std::string& text) {
  static const RE2 kPageNumber(
      R"(^\s*(?:[-—–－]\s*)?\d{1,4}(?:\s*[-—–－])?\s*$|^\s*第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$|^\s*[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?\s*$)");
  return RE2::FullMatch(text, kPageNumber);
}

}  // namespace

void MarkMarginLines(std::vector<Page>& pages, const LayoutSettings& s) {
  // Count, per zone, on how many pages each digit-masked margin text occurs.
  absl::flat_hash_map<std::string, int> top_count, bottom_count;
  auto in_top = [&](const Page& p, const Line& l) {
    return l.direction == 0 && l.box.y1 <= s.margin_zone * p.height;
  };
  auto in_bottom = [&](const Page& p, const Line& l) {
    return l.direction == 0 && l.box.y0 >= (1 - s.margin_zone) * p.height;
  };
  for (const Page& p : pages) {
    absl::flat_hash_map<std::string, bool> seen_top, seen_bottom;
    for (const Line& l : p.lines) {
      if (in_top(p, l) && !seen_top[MarginKey(l.text)]) {
        seen_top[MarginKey(l.text)] = true;
        ++top_count[MarginKey(l.text)];
      }
      if (in_bottom(p, l) && !seen_bottom[MarginKey(l.text)]) {
        seen_bottom[MarginKey(l.text)] = true;
        ++bottom_count[MarginKey(l.text)];
      }
    }
  }
  const int needed = std::max(
      3, static_cast<int>(std::ceil(s.repeated_margin_share * static_cast<double>(pages.size()))));
  for (Page& p : pages) {
    // Only the outermost direction-0 lines can be page numbers.
    int top = -1, bottom = -1;
    for (size_t i = 0; i < p.lines.size(); ++i) {
      const Line& l = p.lines[i];
      if (l.direction != 0) continue;
      if (top < 0 || l.box.y0 < p.lines[top].box.y0) top = static_cast<int>(i);
      if (bottom < 0 || l.box.y1 > p.lines[bottom].box.y1) bottom = static_cast<int>(i);
    }
    for (size_t i = 0; i < p.lines.size(); ++i) {
      Line& l = p.lines[i];
      const bool outermost = static_cast<int>(i) == top || static_cast<int>(i) == bottom;
      if ((in_top(p, l) || in_bottom(p, l)) && outermost && l.segments.size() == 1 &&
          LooksLikePageNumber(l.text)) {
        l.role = LineRole::kPageNumber;
      } else if (in_top(p, l) && top_count[MarginKey(l.text)] >= needed) {
        l.role = LineRole::kHeader;
      } else if (in_bottom(p, l) && bottom_count[MarginKey(l.text)] >= needed) {
        l.role = LineRole::kFooter;
      }
    }
  }
}

namespace {

// A line that opens a new paragraph by its first characters: headings, list items, notes.
bool StartsNewBlock(const std::string& text) {
  static const RE2 kOpener(
      R"(^\s*(?:第[一二三四五六七八九十百零\d]+(?:部分|章|节|条)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[、．.](?:[^\d]|$)|[①-⑳]|[⑴-⒇]|注[：:]|说明[：:]|附[表件]|表[一二三四五六七八九十\d]))");
  return RE2::PartialMatch(text, kOpener);
}

// Word processors move a whole figure or bracketed group to the next line, so a line that does
// not end a sentence may stop further from the right edge than one that does.
double RightSlackEm(const std::string& text, const LayoutSettings& s) {
  static const std::u32string kTerminal = U"。！？：；.!?:;";
  const char32_t last = LastChar(text);
  return kTerminal.find(last) == std::u32string::npos ? s.paragraph_open_right_slack_em
                                                      : s.paragraph_right_slack_em;
}

// Chinese wraps without spaces, and WPS/ONLYOFFICE wrap inside figures (`占99.7` / `9%；`):
// in prose two separate figures always have a separator between them, so a figure part on both
// sides of a soft break is one figure. Latin words keep their space.
void AppendContinuation(const std::string& next, std::string& text) {
  const char32_t a = LastChar(text), b = FirstChar(next);
  const CharClass ca = Classify(a), cb = Classify(b);
  const bool figure = IsFigurePart(a) && IsFigurePart(b);
  if (ca != CharClass::kCjk && cb != CharClass::kCjk && !figure) text += ' ';
  text += next;
}

// The page's text block: the left and right edges of its body lines that look like prose (one
// segment, wider than 45% of the page). Empty (left >= right) on pages without prose.
struct TextBlock {
  double left = 1e18, right = -1e18;
  bool valid() const { return left < right; }
};

TextBlock FindTextBlock(const Page& page) {
  TextBlock block;
  for (const Line& l : page.lines) {
    if (l.role != LineRole::kBody || l.direction != 0 || l.segments.size() != 1) continue;
    if (l.box.width() < 0.45 * page.width) continue;
    block.left = std::min(block.left, l.box.x0);
    block.right = std::max(block.right, l.box.x1);
  }
  return block;
}

bool ReachesRightEdge(const Line& line, const TextBlock& block, const LayoutSettings& s) {
  return line.box.x1 >= block.right - RightSlackEm(line.text, s) * std::max(line.font_size, 1.0);
}

bool StartsAtLeftEdge(const Line& line, const TextBlock& block, const LayoutSettings& s) {
  return line.box.x0 <= block.left + s.paragraph_indent_em * std::max(line.font_size, 1.0) &&
         !StartsNewBlock(line.text);
}

bool SimilarSize(const Line& a, const Line& b) {
  return std::max(a.font_size, b.font_size) / std::max(std::min(a.font_size, b.font_size), 0.1) <
         1.15;
}

}  // namespace

void BuildParagraphs(Page& page, const LayoutSettings& s) {
  page.paragraphs.clear();
  const TextBlock block = FindTextBlock(page);

  Paragraph* open = nullptr;
  const Line* previous = nullptr;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const Line& l = page.lines[i];
    if (l.role != LineRole::kBody) continue;
    bool joins = false;
    if (open != nullptr && previous != nullptr && block.valid() && previous->direction == 0 &&
        l.direction == 0 && previous->segments.size() == 1 && l.segments.size() == 1) {
      const double em = std::max(previous->font_size, 1.0);
      const double leading = l.baseline - previous->baseline;
      joins = leading >= s.paragraph_min_leading_em * em &&
              leading <= s.paragraph_max_leading_em * em && SimilarSize(*previous, l) &&
              ReachesRightEdge(*previous, block, s) && StartsAtLeftEdge(l, block, s);
    }
    if (joins) {
      AppendContinuation(l.text, open->text);
      open->box.Extend(l.box);
      open->last_line = static_cast<int>(i);
    } else {
      Paragraph p;
      p.text = l.text;
      p.box = l.box;
      p.first_line = p.last_line = static_cast<int>(i);
      page.paragraphs.push_back(std::move(p));
      open = &page.paragraphs.back();
    }
    previous = &l;
  }
}

void LinkParagraphsAcrossPages(std::vector<Page>& pages, const LayoutSettings& s) {
  for (size_t i = 1; i < pages.size(); ++i) {
    Page& prev = pages[i - 1];
    Page& next = pages[i];
    if (prev.paragraphs.empty() || next.paragraphs.empty()) continue;
    const TextBlock prev_block = FindTextBlock(prev), next_block = FindTextBlock(next);
    if (!prev_block.valid() || !next_block.valid()) continue;
    const Line& last = prev.lines[prev.paragraphs.back().last_line];
    const Line& first = next.lines[next.paragraphs.front().first_line];
    if (last.direction != 0 || first.direction != 0 || last.segments.size() != 1 ||
        first.segments.size() != 1 || !SimilarSize(last, first)) {
      continue;
    }
    next.paragraphs.front().continues_previous_page =
        ReachesRightEdge(last, prev_block, s) && StartsAtLeftEdge(first, next_block, s);
  }
}

}  // namespace fiscalcheck
