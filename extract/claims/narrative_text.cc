#include "extract/claims/narrative_text.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "extract/normalize/normalize.h"
#include "extract/utf8.h"

namespace fiscalcheck {
namespace {

struct Band {
  int page = 0;
  double top = 0, bottom = 0;
};

// Vertical bands of a page that belong to a table: from its title (or the page top when the
// table continues from an earlier page) to its last row on that page.
std::vector<Band> TableBands(const std::vector<const Table*>& tables) {
  std::vector<Band> bands;
  for (const Table* t : tables) {
    for (int page : t->pages) {
      Band band{page, page == t->title_page ? t->title_box.y0 : 0.0,
                page == t->title_page ? t->title_box.y1 : 0.0};
      for (const TableRow& row : t->rows) {
        if (row.page == page) band.bottom = std::max(band.bottom, row.box.y1);
      }
      if (band.bottom > band.top) bands.push_back(band);
    }
  }
  return bands;
}

bool InTable(const std::vector<Band>& bands, int page, const BBox& box) {
  const double middle = (box.y0 + box.y1) / 2;
  for (const Band& b : bands) {
    if (b.page == page && middle >= b.top - 1 && middle <= b.bottom + 1) return true;
  }
  return false;
}

// A segment whose whole text is one figure: an optional sign, digits (with thousands commas), an
// optional decimal part and an optional percent sign (`-117.05`, `1,349.07`, `0`, `2022`,
// `96.3%`).
bool IsFigureCell(const std::string& text) {
  const std::u32string t = DecodeUtf8(text);
  size_t i = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '+' || t[i] == U'−' || t[i] == U'－')) ++i;
  const size_t digits_begin = i;
  while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || (t[i] == ',' && i > digits_begin))) ++i;
  if (i == digits_begin || t[i - 1] == ',') return false;
  if (i < t.size() && t[i] == '.') {
    const size_t fraction_begin = ++i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    if (i == fraction_begin) return false;
  }
  if (i < t.size() && (t[i] == '%' || t[i] == U'％')) ++i;
  return i == t.size();
}

// A table row: at least three figure cells on the line (one or two also occur where a list
// or a table of contents sets a number apart).
bool IsTableRow(const Line& line) {
  int figure_cells = 0;
  for (const Segment& seg : line.segments) figure_cells += IsFigureCell(seg.text) ? 1 : 0;
  return figure_cells >= 3;
}

bool OverlapsX(const BBox& a, const BBox& b) { return a.x0 < b.x1 && b.x0 < a.x1; }

// Whether the middle of `line` lies in `region`'s vertical extent and the line meets it across.
bool LineInRegion(const BBox& line, const BBox& region) {
  const double middle = (line.y0 + line.y1) / 2;
  return middle >= region.y0 - 1 && middle <= region.y1 + 1 && OverlapsX(line, region);
}

// The boxes of a page's ruled grids: rulings connected by touching (within a point), each
// component with at least three vertical rules (two columns), so a frame around a text box is
// no grid.
std::vector<BBox> RuledGrids(const std::vector<Ruling>& rulings) {
  constexpr double kTouch = 1.5;
  const int n = static_cast<int>(rulings.size());
  std::vector<int> parent(n);
  for (int i = 0; i < n; ++i) parent[i] = i;
  auto find = [&](int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) {
      const BBox& a = rulings[i].box;
      const BBox& b = rulings[j].box;
      if (a.x0 <= b.x1 + kTouch && b.x0 <= a.x1 + kTouch && a.y0 <= b.y1 + kTouch &&
          b.y0 <= a.y1 + kTouch) {
        parent[find(i)] = find(j);
      }
    }
  }
  std::vector<BBox> boxes(n);
  std::vector<int> verticals(n, 0);
  for (int i = 0; i < n; ++i) {
    const int root = find(i);
    boxes[root].Extend(rulings[i].box);
    if (!rulings[i].horizontal) ++verticals[root];
  }
  std::vector<BBox> grids;
  for (int i = 0; i < n; ++i) {
    if (find(i) == i && verticals[i] >= 3) grids.push_back(boxes[i]);
  }
  return grids;
}

// The table-like regions of a page (narrative_text.h), from its body lines outside the parsed
// tables' bands; `lines` and `first_line` not yet filled.
std::vector<TableLikeRegion> TableLikeRegions(const Page& page, int file,
                                              const std::vector<Band>& bands) {
  // A run of unruled rows continues while the next row starts within this many em (of the row's
  // font size) below the previous one's bottom.
  constexpr double kRowGapEm = 3.0;
  std::vector<const Line*> candidates;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kBody && !InTable(bands, page.number, line.box)) {
      candidates.push_back(&line);
    }
  }
  std::vector<TableLikeRegion> regions;
  // Most pages hold no table row outside the parsed tables: no grid to look for.
  if (std::none_of(candidates.begin(), candidates.end(),
                   [](const Line* line) { return IsTableRow(*line); })) {
    return regions;
  }
  for (const BBox& grid : RuledGrids(page.rulings)) {
    for (const Line* line : candidates) {
      if (IsTableRow(*line) && LineInRegion(line->box, grid)) {
        regions.push_back({file, page.number, grid, true, 0, {}});
        break;
      }
    }
  }
  std::vector<const Line*> rows;
  for (const Line* line : candidates) {
    bool ruled = false;
    for (const TableLikeRegion& r : regions) ruled = ruled || LineInRegion(line->box, r.box);
    if (!ruled && IsTableRow(*line)) rows.push_back(line);
  }
  std::sort(rows.begin(), rows.end(),
            [](const Line* a, const Line* b) { return a->box.y0 < b->box.y0; });
  const Line* previous = nullptr;
  for (const Line* row : rows) {
    if (previous == nullptr ||
        row->box.y0 - previous->box.y1 > kRowGapEm * std::max(previous->font_size, 1.0)) {
      regions.push_back({file, page.number, row->box, false, 0, {}});
    } else {
      regions.back().box.Extend(row->box);
    }
    previous = row;
  }
  return regions;
}

bool IsLatinLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Appends one line's text to the block, dropping spaces except between Latin letters, and
// pairing each kept code point with its glyph's box.
void AppendLine(const Line& line, int page, NarrativeBlock& block) {
  bool pending_space = !block.text.empty();  // a soft break acts like a space
  for (size_t s = 0; s < line.segments.size(); ++s) {
    const Segment& seg = line.segments[s];
    if (s > 0) pending_space = true;
    const std::u32string text = DecodeUtf8(seg.text);
    size_t glyph = 0;
    std::u32string glyph_text =
        glyph < seg.chars.size() ? DecodeUtf8(seg.chars[glyph].text) : std::u32string();
    size_t within = 0;
    for (char32_t c : text) {
      BBox box;
      bool from_glyph = false;
      if (glyph < seg.chars.size() && within < glyph_text.size() && glyph_text[within] == c) {
        box = seg.chars[glyph].box;
        from_glyph = true;
        if (++within == glyph_text.size()) {
          ++glyph;
          within = 0;
          glyph_text =
              glyph < seg.chars.size() ? DecodeUtf8(seg.chars[glyph].text) : std::u32string();
        }
      }
      if (c == ' ' || c == 0x3000 || c == '\t') {
        pending_space = true;
        continue;
      }
      if (pending_space && !block.text.empty() && IsLatinLetter(block.text.back()) &&
          IsLatinLetter(c)) {
        block.text.push_back(' ');
        block.positions.push_back({});
      }
      pending_space = false;
      block.text.push_back(c);
      block.positions.push_back(from_glyph ? GlyphPosition{page, box} : GlyphPosition{});
    }
  }
}

// A heading marker at the start of text, with its level; -1 when none.
int HeadingLevel(const std::u32string& t, size_t& marker_end) {
  auto is_cn_digit = [](char32_t c) {
    return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
  };
  size_t i = 0;
  if (t.size() > 3 && t[0] == U'第') {
    i = 1;
    while (i < t.size() && is_cn_digit(t[i])) ++i;
    if (i > 1 && i + 1 < t.size() && t[i] == U'部' && t[i + 1] == U'分') {
      marker_end = i + 2;
      return 0;
    }
    return -1;
  }
  if (!t.empty() && is_cn_digit(t[0])) {
    while (i < t.size() && is_cn_digit(t[i])) ++i;
    if (i < t.size() && (t[i] == U'、' || t[i] == U'.' || t[i] == U'．')) {
      marker_end = i + 1;
      return 1;
    }
    return -1;
  }
  if (!t.empty() && (t[0] == U'（' || t[0] == U'(')) {
    i = 1;
    const bool chinese = i < t.size() && is_cn_digit(t[i]);
    while (i < t.size() && (chinese ? is_cn_digit(t[i]) : (t[i] >= '0' && t[i] <= '9'))) ++i;
    if (i > 1 && i < t.size() && (t[i] == U'）' || t[i] == U')')) {
      marker_end = i + 1;
      return chinese ? 2 : 3;
    }
    return -1;
  }
  while (i < t.size() && i < 2 && t[i] >= '0' && t[i] <= '9') ++i;
  if (i > 0 && i + 1 < t.size() && (t[i] == U'、' || t[i] == U'．' || t[i] == U'.') &&
      !(t[i + 1] >= '0' && t[i + 1] <= '9')) {
    marker_end = i + 1;
    return 3;
  }
  return -1;
}

// The heading's extent: the whole block when it is short and has no full stop; otherwise the
// words up to the first punctuation or the first figure after them (`二、收入预算情况说明2026
// 年度…`), at most 30 code points. 0 when the block does not start with a heading.
int HeadingLength(const std::u32string& t, int& level) {
  size_t marker_end = 0;
  level = HeadingLevel(t, marker_end);
  if (level < 0) return 0;
  if (t.size() <= 40 && t.find(U'。') == std::u32string::npos) return static_cast<int>(t.size());
  static const std::u32string_view kStops = U"。：:，,；;";
  size_t end = marker_end;
  while (end < t.size() && end < marker_end + 30) {
    const char32_t c = t[end];
    if (kStops.find(c) != std::u32string_view::npos) break;
    if (c >= '0' && c <= '9' && end > marker_end + 1) break;
    ++end;
  }
  if (end < t.size() && (t[end] == U'：' || t[end] == U':')) ++end;
  return static_cast<int>(end);
}

bool Contains(const std::u32string& text, std::u32string_view word) {
  return text.find(word) != std::u32string::npos;
}

// The page of a block's last character from a glyph (its first page when none is).
int LastPage(const NarrativeBlock& block) {
  for (auto it = block.positions.rbegin(); it != block.positions.rend(); ++it) {
    if (it->page > 0) return it->page;
  }
  return block.page;
}

// Whether a block's text stops in the middle of a clause: its last character is no stop, and it
// has a comma or a full stop, so it is prose cut off (`1．行政运行（项）支出10,883.36万元，与上年
// 相`, `…增长36.58%。主要原因是员`), not a heading or a title (`（一）公共安全支出（类）`) and
// not a heading's bracketed note.
bool EndsMidClause(const std::u32string& text) {
  if (text.empty()) return false;
  // A closing bracket or quote ends a heading's note (`二、部门决算单位构成（仅有一个单位的部门，
  // 本部分内容为“机构设置”）`), not a clause cut off.
  static const std::u32string_view kStops = U"。；;：:！!？?）)”」】";
  if (kStops.find(text.back()) != std::u32string_view::npos) return false;
  return text.find_first_of(U"，,。；;") != std::u32string::npos;
}

}  // namespace

std::vector<NarrativeBlock> NarrativeBlocks(const Document& doc, int file,
                                            const std::vector<const Table*>& tables,
                                            std::vector<TableLikeRegion>* set_apart,
                                            std::vector<NarrativeBlock>* set_apart_lines) {
  const std::vector<Band> bands = TableBands(tables);
  std::vector<NarrativeBlock> blocks;
  bool last_was_narrative = false;
  for (const Page& page : doc.pages) {
    std::vector<TableLikeRegion> regions = TableLikeRegions(page, file, bands);
    // Whether line `i` lies in a table-like region, counted there the first time it is asked.
    std::vector<char> seen(page.lines.size(), 0);
    auto table_like = [&](int i) {
      for (TableLikeRegion& r : regions) {
        if (!LineInRegion(page.lines[i].box, r.box)) continue;
        if (!seen[i]) {
          seen[i] = 1;
          if (r.lines++ == 0) r.first_line = page.lines[i].text;
        }
        return true;
      }
      return false;
    };
    for (const Paragraph& para : page.paragraphs) {
      if (InTable(bands, page.number, para.box)) {
        last_was_narrative = false;
        continue;
      }
      std::vector<int> kept;
      for (int i = para.first_line; i <= para.last_line; ++i) {
        if (i < 0 || i >= static_cast<int>(page.lines.size())) continue;
        if (page.lines[i].role != LineRole::kBody) continue;
        if (table_like(i)) {
          if (set_apart_lines != nullptr) {
            NarrativeBlock line;
            line.file = file;
            line.page = page.number;
            AppendLine(page.lines[i], page.number, line);
            if (!line.text.empty()) set_apart_lines->push_back(std::move(line));
          }
          continue;
        }
        kept.push_back(i);
      }
      if (kept.empty()) {
        last_was_narrative = false;
        continue;
      }
      // A paragraph continues the block before it across a page break, or on the same page where
      // the layout split one paragraph at a widely spaced (justified) line: the block stops in
      // the middle of a clause and this paragraph opens no heading (js-prov-procuratorate-2018
      // p.26 `…10,883.36万元，与上年相` / `比增加2,915.22万元…`).
      // A paragraph whose first lines were set apart as a table continues nothing.
      bool join = para.continues_previous_page && kept.front() == para.first_line &&
                  last_was_narrative && !blocks.empty();
      if (!join && last_was_narrative && !blocks.empty() && blocks.back().file == file &&
          LastPage(blocks.back()) == page.number && EndsMidClause(blocks.back().text)) {
        NarrativeBlock first_line;
        AppendLine(page.lines[kept.front()], page.number, first_line);
        size_t marker_end = 0;
        join = !first_line.text.empty() && HeadingLevel(first_line.text, marker_end) < 0;
      }
      if (!join) {
        blocks.push_back({});
        blocks.back().file = file;
        blocks.back().page = page.number;
      }
      NarrativeBlock& block = blocks.back();
      for (int i : kept) AppendLine(page.lines[i], page.number, block);
      last_was_narrative = true;
    }
    if (set_apart != nullptr) {
      for (TableLikeRegion& r : regions) {
        if (r.lines > 0) set_apart->push_back(std::move(r));
      }
    }
  }
  std::erase_if(blocks, [](const NarrativeBlock& b) { return b.text.empty(); });
  return blocks;
}

namespace {

// A heading naming several topics (`机关运行经费、政府采购和国有资产占用情况`) explains no single
// table: its subjects are looked up in all tables. `“三公”经费和机关运行经费` is one topic (a
// budget's T7 often holds both).
bool SeveralTopics(const std::u32string& h) {
  int topics = Contains(h, U"三公") && Contains(h, U"运行经费") ? -1 : 0;
  for (std::u32string_view word :
       {std::u32string_view(U"三公"), std::u32string_view(U"政府性基金"),
        std::u32string_view(U"国有资本经营"), std::u32string_view(U"运行经费"),
        std::u32string_view(U"政府采购"), std::u32string_view(U"国有资产"),
        std::u32string_view(U"绩效")}) {
    if (Contains(h, word)) ++topics;
  }
  return topics >= 2;
}

}  // namespace

std::optional<TableCode> SpecificSectionTable(const std::u32string& h) {
  if (SeveralTopics(h)) return std::nullopt;
  if (Contains(h, U"三公")) return TableCode::kT7;
  if (Contains(h, U"政府性基金")) return TableCode::kT8;
  if (Contains(h, U"国有资本经营")) return TableCode::kT9;
  if (Contains(h, U"机关运行经费")) return TableCode::kT12;
  if (Contains(h, U"政府采购")) return TableCode::kT11;
  // `（三）一般公共预算拨款支出明细情况` under a generic `收支说明` part: the 一般公共预算 table.
  if (Contains(h, U"一般公共预算") && Contains(h, U"支出") && !Contains(h, U"基本支出") &&
      !Contains(h, U"收入") && !Contains(h, U"绩效")) {
    return TableCode::kT5;
  }
  return std::nullopt;
}

std::optional<TableCode> SectionTable(const std::u32string& h) {
  if (SeveralTopics(h)) return std::nullopt;
  if (Contains(h, U"三公")) return TableCode::kT7;
  if (Contains(h, U"政府性基金")) return TableCode::kT8;
  if (Contains(h, U"国有资本经营")) return TableCode::kT9;
  if (Contains(h, U"机关运行经费") || Contains(h, U"运行经费")) return TableCode::kT12;
  if (Contains(h, U"政府采购")) return TableCode::kT11;
  if (Contains(h, U"绩效") || Contains(h, U"国有资产") || Contains(h, U"名词") ||
      Contains(h, U"职责") || Contains(h, U"机构")) {
    return std::nullopt;
  }
  if (Contains(h, U"基本支出")) return TableCode::kT6;
  if (Contains(h, U"一般公共预算") && Contains(h, U"支出")) return TableCode::kT5;
  if (Contains(h, U"财政拨款") && (Contains(h, U"收入支出") || Contains(h, U"收支"))) {
    return TableCode::kT4;
  }
  if (Contains(h, U"财政拨款") && Contains(h, U"支出")) return TableCode::kT5;
  if (Contains(h, U"收入支出") || Contains(h, U"收支")) return TableCode::kT1;
  if (Contains(h, U"收入")) return TableCode::kT2;
  if (Contains(h, U"支出")) return TableCode::kT3;
  return std::nullopt;
}

void AssignSections(std::vector<NarrativeBlock>& blocks, std::vector<Section>& sections) {
  int current = sections.empty() ? -1 : static_cast<int>(sections.size()) - 1;
  for (NarrativeBlock& block : blocks) {
    int level = 0;
    const int length = HeadingLength(block.text, level);
    if (length > 0) {
      Section s;
      s.level = level;
      s.heading = EncodeUtf8(std::u32string_view(block.text).substr(0, length));
      s.file = block.file;
      s.page = block.page;
      // The parent: the nearest open section of a smaller level.
      int parent = current;
      while (parent >= 0 && sections[parent].level >= level) parent = sections[parent].parent;
      s.parent = parent;
      // Generic words (`收入`, `支出`) name a table only in the report's top-level parts.
      s.table = level <= 1 ? SectionTable(block.text.substr(0, length))
                           : SpecificSectionTable(block.text.substr(0, length));
      // A multi-topic heading explains no single table, not even its parent's.
      if (!s.table && parent >= 0 && !SeveralTopics(block.text.substr(0, length))) {
        s.table = sections[parent].table;
      }
      sections.push_back(std::move(s));
      current = static_cast<int>(sections.size()) - 1;
      block.heading_length = length;
    }
    block.section = current;
  }
}

std::vector<std::pair<int, int>> SplitSentences(const std::u32string& text) {
  std::vector<std::pair<int, int>> out;
  if (text.empty()) return out;
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  auto push = [&](int begin, int end) {
    int b = begin, e = end;
    while (b < e && (text[b] == ' ')) ++b;
    while (e > b && (text[e - 1] == ' ')) --e;
    if (b < e) out.emplace_back(b, e);
  };
  if (!iterator) {
    push(0, static_cast<int>(text.size()));
    return out;
  }
  iterator->setText(u);
  int32_t start16 = iterator->first();
  int start_cp = 0;
  for (int32_t end16 = iterator->next(); end16 != icu::BreakIterator::DONE;
       end16 = iterator->next()) {
    const int end_cp = start_cp + u.countChar32(start16, end16 - start16);
    push(start_cp, end_cp);
    start16 = end16;
    start_cp = end_cp;
  }
  return out;
}

GlyphPosition SpanPosition(const NarrativeBlock& block, int begin, int end) {
  GlyphPosition out;
  for (int i = std::max(0, begin); i < end && i < static_cast<int>(block.positions.size()); ++i) {
    const GlyphPosition& p = block.positions[i];
    if (p.page == 0) continue;
    if (out.page == 0) out.page = p.page;
    if (p.page == out.page) out.box.Extend(p.box);
  }
  if (out.page == 0) out.page = block.page;
  return out;
}

}  // namespace fiscalcheck
