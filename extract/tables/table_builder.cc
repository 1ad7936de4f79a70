#include "extract/tables/table_builder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "extract/utf8.h"
#include "re2/re2.h"

namespace fiscalcheck {

std::string ColumnPathText(const Column& column) { return absl::StrJoin(column.path, " › "); }

namespace {

struct PlacedLine {
  const Line* line = nullptr;
  const Page* page = nullptr;
};

}  // namespace

std::optional<Decimal> ParseCellFigure(const std::string& text, bool* percent) {
  if (percent != nullptr) *percent = false;
  // Every form below starts with a digit, a sign, a point, a space or a bracket (`(1.00)`, and
  // `（`, `−`, `－`, whose UTF-8 lead bytes are 0xEF/0xE2): names, most segments, stop here.
  const unsigned char first = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  if (!((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.' ||
        first == ' ' || first == '\t' || first == '(' || first == 0xE2 || first == 0xEF)) {
    return std::nullopt;
  }
  if (auto d = Decimal::Parse(text)) return d;
  // Irregular grouping some spreadsheet templates print (`125360,898` for 125,360,898 元 in
  // sh-city-hrss-exam-2026): groups of three after a longer first group.
  static const RE2 kIrregular(R"(-?\d{4,}(?:,\d{3})+(?:\.\d+)?)");
  if (RE2::FullMatch(text, kIrregular)) {
    std::string plain;
    for (char c : text) {
      if (c != ',') plain.push_back(c);
    }
    return Decimal::Parse(plain);
  }
  // A last decimal digit letter-spaced off its figure (`1682.7 6`, `0.0 0`: cc-city-petition-2026
  // p. 10): one figure, a space inside its decimals being no column gap.
  static const RE2 kSpacedDecimals(R"((-?[\d,]*\d\.\d+) (\d+))");
  std::string whole, last;
  if (RE2::FullMatch(text, kSpacedDecimals, &whole, &last)) return Decimal::Parse(whole + last);
  for (const char* sign : {"%", "％"}) {
    const size_t n = std::char_traits<char>::length(sign);
    if (text.size() > n && text.compare(text.size() - n, n, sign) == 0) {
      if (auto d = Decimal::Parse(text.substr(0, text.size() - n))) {
        if (percent != nullptr) *percent = true;
        return d;
      }
    }
  }
  return std::nullopt;
}

namespace {

bool IsFigure(const std::string& text) { return ParseCellFigure(text).has_value(); }

// Cell text that stands for "nothing here" in a figure column.
bool IsDashCell(const std::string& text) {
  return text == "-" || text == "—" || text == "－" || text == "--" || text == "——" ||
         text == "/" || text == "＊" || text == "*";
}

bool IsIntegerCode(const std::string& text) {
  if (text.size() < 3 || text.size() > 7) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int CodePoints(const std::string& text) { return static_cast<int>(DecodeUtf8(text).size()); }

bool Contains(const std::string& text, const char* needle) {
  return text.find(needle) != std::string::npos;
}

const RE2& UnitPattern() {
  static const RE2 re(R"((?:金额)?单位\s*[：:]\s*(万元|千元|亿元|元))");
  return re;
}

const RE2& DepartmentPattern() {
  static const RE2 re(
      R"((?:部门名称|单位名称|编制单位|编报单位|预算单位|部门|单位)\s*[：:]\s*([^\s：:]+))");
  return re;
}

bool IsNumberingLine(const std::string& text) {
  static const RE2 re(R"(^\s*(?:部门)?(?:公开|附)?表\s*[一二三四五六七八九十\d]+\s*$)");
  return RE2::FullMatch(text, re);
}

// `公开05表`, `附表3`: a table number printed in the header's corner.
bool IsNumberingSuffix(const std::string& text) {
  static const RE2 re(R"(^\s*(?:公开|附)?\s*[一二三四五六七八九十\d]+\s*表\s*$)");
  return RE2::FullMatch(text, re);
}

bool IsNoteStart(const std::string& text) {
  static const RE2 re(R"(^\s*[（(]?\s*(?:注|说明|备注|填报说明)\s*\d?\s*[：:.．、])");
  return RE2::PartialMatch(text, re);
}

bool IsEmptyStatement(const std::string& text) {
  // Every alternative below contains 本表, 空表 or 无数据; most lines contain none of them.
  if (!Contains(text, "本表") && !Contains(text, "空表") && !Contains(text, "无数据")) return false;
  static const RE2 re(
      R"(本表无数据|本表为空|为空表|无数据|故本表|因此本表|本表.*无.*(?:收支|支出|收入|数据))");
  return RE2::PartialMatch(text, re);
}

bool DeclaresRounding(const std::string& text) {
  return Contains(text, "尾差") || Contains(text, "四舍五入");
}

bool HasFigureSegment(const Line& line) {
  return std::any_of(line.segments.begin(), line.segments.end(),
                     [](const Segment& s) { return IsFigure(s.text); });
}

bool IsSubjectCode(const std::string& text);
bool IsCodeOnlyLine(const Line& line);

// A sentence of narrative: one segment, long or ending a sentence, and no figures standing alone.
bool IsProse(const Line& line) {
  if (line.segments.size() != 1) return false;
  const std::string& t = line.text;
  return Contains(t, "。") || CodePoints(t) > 40;
}

// The 栏次 row: column numbers 1, 2, 3, … (at least three, ascending by one, integers only),
// after at most two labels (`栏次`, `**`, `项目`, `行次`). Also the 行次 header of a lane.
bool IsColumnNumberLine(const Line& line) {
  if (line.segments.empty()) return false;
  const std::string& first = line.segments.front().text;
  if (first == "栏次" || first == "栏 次") return true;
  int labels = 0, numbers = 0, previous = 0;
  bool has_filler = false;
  for (const Segment& seg : line.segments) {
    const auto d = Decimal::Parse(seg.text);
    if (!d) {
      // Filler such as `**` under each label column, or up to two labels.
      const bool filler = seg.text.find_first_not_of("*＊ ") == std::string::npos;
      has_filler = has_filler || filler;
      if (!filler && ++labels > 2) return false;
      continue;
    }
    // Small whole numbers, strictly increasing (columns without a number are skipped).
    if (d->scale() != 0 || d->mantissa() <= previous || d->mantissa() > 60) return false;
    previous = static_cast<int>(d->mantissa());
    ++numbers;
  }
  // `**` filler marks the numbering row even when only one column is numbered.
  return (numbers >= 3 || (has_filler && numbers >= 1)) && labels <= 2;
}

std::string JoinedText(const Line& line) {
  std::string out;
  for (const Segment& s : line.segments) out += s.text;
  return out;
}

// A page number layout left in the body: the page's bottom-most line, a bare number of one to three
// digits as its only segment, centred on the page (`11` at y 523.5 of a 595-pt landscape page,
// just above the margin zone: central-nationalpetition-2026 pp.12-13). Read as a table row it
// would add an amount column of page numbers beside the table's own.
bool IsUnmarkedPageNumber(const Page& page, size_t index) {
  const Line& l = page.lines[index];
  static const RE2 kNumber(R"(\d{1,3})");
  if (l.direction != 0 || l.segments.size() != 1 || !RE2::FullMatch(l.text, kNumber)) return false;
  const double centre = (l.box.x0 + l.box.x1) / 2;
  if (page.width <= 0 || std::abs(centre - page.width / 2) > 0.05 * page.width) return false;
  return std::none_of(page.lines.begin(), page.lines.end(), [&](const Line& other) {
    return &other != &l && other.direction == 0 && other.box.y1 > l.box.y0;
  });
}

// A title must be followed by table material within a few lines on its page.
bool FollowedByTableMaterial(const Page& page, size_t title_index, const TableSettings& s) {
  static const RE2 kHeaderWords(R"(项目|科目|合计|金额|预算数|决算数|行次|栏次|单位\s*[：:])");
  int seen = 0;
  for (size_t i = title_index + 1; i < page.lines.size() && seen < s.title_lookahead_lines; ++i) {
    const Line& l = page.lines[i];
    if (l.role != LineRole::kBody) continue;
    ++seen;
    if (HasFigureSegment(l) || RE2::PartialMatch(l.text, kHeaderWords) ||
        IsEmptyStatement(l.text)) {
      return true;
    }
    if (ClassifyTableTitle(JoinedText(l))) return false;  // another title first
  }
  return false;
}

// ---- Subject codes ----

// Functional (2xx) and economic (3xx, 5xx) subject codes: 类 3 digits, 款 5, 项 7.
bool IsSubjectCode(const std::string& text) {
  static const RE2 re(R"([235]\d{2}(?:\d{2}){0,2})");
  return RE2::FullMatch(text, re);
}

bool IsCodePart(const std::string& text) {  // 款 or 项 part of a split code
  static const RE2 re(R"(\d{2})");
  return RE2::FullMatch(text, re);
}

bool IsText(const Segment& seg) { return !IsFigure(seg.text) && !IsDashCell(seg.text); }

// Which segments of a row spell subject codes: a code directly before a name (in any lane or
// block), the split 类/款/项 form (`201` `06` `01` before the name), or a line of codes alone.
std::vector<bool> CodeSegments(const Line& line) {
  const size_t n = line.segments.size();
  std::vector<bool> code(n, false);
  bool all_codes = n > 0;
  for (size_t i = 0; i < n; ++i) {
    if (!IsSubjectCode(line.segments[i].text)) all_codes = false;
  }
  if (all_codes) return std::vector<bool>(n, true);
  // A row whose name wrapped onto other baselines: a leading code followed by figures only.
  const bool no_text = std::none_of(line.segments.begin(), line.segments.end(), IsText);
  if (no_text && n >= 2 && IsSubjectCode(line.segments[0].text)) code[0] = true;
  for (size_t i = 0; i < n; ++i) {
    if (!IsSubjectCode(line.segments[i].text)) continue;
    size_t j = i + 1;
    if (line.segments[i].text.size() == 3) {
      while (j < n && j < i + 3 && IsCodePart(line.segments[j].text)) ++j;
    }
    if (j < n && IsText(line.segments[j])) {
      for (size_t k = i; k < j; ++k) code[k] = true;
      i = j;
    }
  }
  return code;
}

bool IsCodeOnlyLine(const Line& line) {
  const std::vector<bool> code = CodeSegments(line);
  return !code.empty() && std::all_of(code.begin(), code.end(), [](bool b) { return b; });
}

// ---- Columns ----

struct ColumnDraft {
  bool numeric = false;
  bool code = false;
  double x0 = 1e18, x1 = -1e18;  // extent of the cells
  double band0 = 0, band1 = 0;   // the horizontal band the column owns
  int count = 0;
  int integer_codes = 0;  // cells that look like subject codes
};

void SortAndBand(std::vector<ColumnDraft>& columns);
std::vector<Segment> JoinLetterSpacedLabels(const Line& line, const Page& page);

// Figures cluster by right edge; text by the zones between figure columns.
std::vector<ColumnDraft> FindColumns(const std::vector<PlacedLine>& rows) {
  std::vector<std::pair<double, const Segment*>> figures;
  std::vector<const Segment*> texts;
  std::vector<const Segment*> codes;
  for (const PlacedLine& pl : rows) {
    const std::vector<bool> is_code = CodeSegments(*pl.line);
    for (size_t k = 0; k < pl.line->segments.size(); ++k) {
      const Segment& seg = pl.line->segments[k];
      if (is_code[k]) {
        codes.push_back(&seg);
      } else if (IsFigure(seg.text) || IsDashCell(seg.text)) {
        figures.push_back({seg.box.x1, &seg});
      } else {
        texts.push_back(&seg);
      }
    }
  }
  // Cells of one column overlap horizontally whatever their alignment (some producers indent
  // figures by level); cells of neighbouring columns never do.
  std::sort(figures.begin(), figures.end(),
            [](const auto& a, const auto& b) { return a.second->box.x0 < b.second->box.x0; });
  std::vector<ColumnDraft> numeric;
  for (const auto& [unused, seg] : figures) {
    if (numeric.empty() || seg->box.x0 >= numeric.back().x1 - 0.5) numeric.push_back({true});
    ColumnDraft& c = numeric.back();
    c.x0 = std::min(c.x0, seg->box.x0);
    c.x1 = std::max(c.x1, seg->box.x1);
    ++c.count;
    if (IsIntegerCode(seg->text)) ++c.integer_codes;
  }
  // Drop dash-only or one-off clusters that would split a real column; keep the rest.
  // Codes: one column per group of overlapping cells, as for figures.
  std::sort(codes.begin(), codes.end(),
            [](const Segment* a, const Segment* b) { return a->box.x0 < b->box.x0; });
  std::vector<ColumnDraft> code_columns;
  for (const Segment* seg : codes) {
    if (code_columns.empty() || seg->box.x0 >= code_columns.back().x1 - 0.5) {
      ColumnDraft c;
      c.code = true;
      code_columns.push_back(c);
    }
    ColumnDraft& c = code_columns.back();
    c.x0 = std::min(c.x0, seg->box.x0);
    c.x1 = std::max(c.x1, seg->box.x1);
    ++c.count;
  }
  // Text zones: between consecutive numeric columns (and before the first / after the last),
  // leaving out text printed inside code columns (their 类/款/项 labels).
  std::vector<ColumnDraft> columns;
  auto in_code_column = [&](double cx) {
    return std::any_of(code_columns.begin(), code_columns.end(),
                       [&](const ColumnDraft& c) { return cx >= c.x0 - 2 && cx <= c.x1 + 2; });
  };
  auto add_text_zone = [&](double lo, double hi) {
    ColumnDraft t;
    for (const Segment* seg : texts) {
      const double cx = (seg->box.x0 + seg->box.x1) / 2;
      if (cx < lo || cx >= hi || in_code_column(cx)) continue;
      t.x0 = std::min(t.x0, seg->box.x0);
      t.x1 = std::max(t.x1, seg->box.x1);
      ++t.count;
    }
    if (t.count > 0) columns.push_back(t);
  };
  double left = -1e18;
  for (const ColumnDraft& n : numeric) {
    add_text_zone(left, (n.x0 + n.x1) / 2);
    columns.push_back(n);
    left = (n.x0 + n.x1) / 2;
  }
  add_text_zone(left, 1e18);
  // A figure cluster lying inside a code column is that column's codes printed beside figures.
  columns.erase(std::remove_if(columns.begin(), columns.end(),
                               [&](const ColumnDraft& c) {
                                 if (!c.numeric) return false;
                                 return std::any_of(code_columns.begin(), code_columns.end(),
                                                    [&](const ColumnDraft& cc) {
                                                      const double overlap = std::min(c.x1, cc.x1) -
                                                                             std::max(c.x0, cc.x0);
                                                      return overlap > 0.3 * (c.x1 - c.x0);
                                                    });
                               }),
                columns.end());
  for (const ColumnDraft& cc : code_columns) columns.push_back(cc);
  SortAndBand(columns);
  return columns;
}

// Orders columns left to right and gives each the band up to the midpoints with its neighbours.
void SortAndBand(std::vector<ColumnDraft>& columns) {
  std::sort(columns.begin(), columns.end(),
            [](const ColumnDraft& a, const ColumnDraft& b) { return a.x0 + a.x1 < b.x0 + b.x1; });
  for (size_t i = 0; i < columns.size(); ++i) {
    columns[i].band0 = i == 0 ? -1e18 : (columns[i - 1].x1 + columns[i].x0) / 2;
    columns[i].band1 = i + 1 == columns.size() ? 1e18 : (columns[i].x1 + columns[i + 1].x0) / 2;
  }
}

// A column left blank in every row has no cells to align, only its header. Header labels form a
// tree: a label with labels of later header lines beneath it heads them (`公务用车购置及运行费`
// over `小计` `购置费` `运行费`, `因公出国` over its own wrapped `（境）费`); a label with none
// beneath it is a leaf, the lowest label of one column. Each column found from the rows owns the
// leaf in its band that is best centred on its cells; another leaf in a figure column's band that
// overlaps neither the cells of a column nor an owner leaf heads a blank column of its own, as
// wide as the leaf and the wrapped lines above it that are centred on it (`公务用车购置` /
// `经费`). Spanning labels never make columns: they only label the columns beneath them.
void AddHeaderOnlyColumns(const std::vector<PlacedLine>& header,
                          std::vector<ColumnDraft>& columns) {
  double figures_from = 1e18;
  for (const ColumnDraft& c : columns) {
    if (c.numeric && !c.code) figures_from = std::min(figures_from, c.x0);
  }
  struct Label {
    Segment seg;  // letter-spaced labels joined, as LabelColumns reads them
    int line = 0;
  };
  std::vector<Label> labels;
  for (size_t i = 0; i < header.size(); ++i) {
    if (IsColumnNumberLine(*header[i].line)) continue;
    for (Segment& seg : JoinLetterSpacedLabels(*header[i].line, *header[i].page)) {
      labels.push_back({std::move(seg), static_cast<int>(i)});
    }
  }
  auto centre = [](double a, double b) { return (a + b) / 2; };
  auto overlaps = [](double a0, double a1, double b0, double b1) { return a0 < b1 && b0 < a1; };
  auto beneath = [&](const Label& upper, const Label& lower) {
    return lower.line > upper.line &&
           overlaps(upper.seg.box.x0, upper.seg.box.x1, lower.seg.box.x0, lower.seg.box.x1);
  };
  std::vector<bool> leaf(labels.size(), true);
  for (size_t i = 0; i < labels.size(); ++i) {
    for (size_t k = 0; k < labels.size() && leaf[i]; ++k) {
      if (beneath(labels[i], labels[k])) leaf[i] = false;
    }
  }
  // Labels are centred in their cells, figures right-aligned: the centre of a column's cell is
  // the centre of its 栏次 number, when the header numbers the columns (the number in the
  // column's band nearest its cells), else the centre of its cells. The owner is the leaf best
  // centred on it (`合计` over the number 2, not the lane's title `支出` standing over the
  // right-aligned figures: xa-city-health-2022 p. 153).
  std::vector<double> numbers;
  for (const PlacedLine& pl : header) {
    if (!IsColumnNumberLine(*pl.line)) continue;
    for (const Segment& seg : pl.line->segments) {
      if (IsFigure(seg.text)) numbers.push_back(centre(seg.box.x0, seg.box.x1));
    }
  }
  std::vector<const Segment*> owner(columns.size(), nullptr);
  for (size_t i = 0; i < columns.size(); ++i) {
    double c = centre(columns[i].x0, columns[i].x1);
    double nearest = 1e18;
    for (const double n : numbers) {
      if (n >= columns[i].band0 && n < columns[i].band1 &&
          std::fabs(n - c) < std::fabs(nearest - c)) {
        nearest = n;
      }
    }
    if (nearest < 1e17) c = nearest;
    for (size_t k = 0; k < labels.size(); ++k) {
      const Segment* seg = &labels[k].seg;
      const double sc = centre(seg->box.x0, seg->box.x1);
      if (!leaf[k] || sc < columns[i].band0 || sc >= columns[i].band1) continue;
      if (owner[i] == nullptr ||
          std::fabs(sc - c) < std::fabs(centre(owner[i]->box.x0, owner[i]->box.x1) - c)) {
        owner[i] = seg;
      }
    }
  }
  std::vector<std::pair<double, double>> spans;
  for (size_t k = 0; k < labels.size(); ++k) {
    const Segment* seg = &labels[k].seg;
    if (!leaf[k] || seg->box.x0 < figures_from - 5) continue;
    // Only in the band of a figure column (a name header centred over a wide name cell is not
    // a blank column).
    const double sc = centre(seg->box.x0, seg->box.x1);
    bool in_figure_band = false;
    for (const ColumnDraft& c : columns) {
      if (sc >= c.band0 && sc < c.band1) in_figure_band = c.numeric && !c.code;
    }
    if (!in_figure_band) continue;
    bool taken = false;
    for (size_t i = 0; i < columns.size() && !taken; ++i) {
      if (overlaps(seg->box.x0, seg->box.x1, columns[i].x0, columns[i].x1)) taken = true;
      if (owner[i] != nullptr &&
          overlaps(seg->box.x0, seg->box.x1, owner[i]->box.x0, owner[i]->box.x1)) {
        taken = true;
      }
    }
    if (taken) continue;
    // The leaf's cell: the leaf and the lines of its label wrapped directly above it (no gap
    // between the lines), each centred on the other.
    std::pair<double, double> span{seg->box.x0, seg->box.x1};
    for (const Label& upper : labels) {
      const BBox& u = upper.seg.box;
      const bool adjacent = seg->box.y0 - u.y1 < 0.5 * seg->box.height();
      if (beneath(upper, labels[k]) && adjacent && sc > u.x0 && sc < u.x1 &&
          centre(u.x0, u.x1) > seg->box.x0 && centre(u.x0, u.x1) < seg->box.x1) {
        span.first = std::min(span.first, u.x0);
        span.second = std::max(span.second, u.x1);
      }
    }
    spans.push_back(span);
  }
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<double, double>> merged;
  for (const auto& sp : spans) {
    if (!merged.empty() && sp.first < merged.back().second) {
      merged.back().second = std::max(merged.back().second, sp.second);
    } else {
      merged.push_back(sp);
    }
  }
  for (const auto& [x0, x1] : merged) {
    ColumnDraft c;
    c.numeric = true;
    c.x0 = x0;
    c.x1 = x1;
    columns.push_back(c);
  }
  SortAndBand(columns);
}

int ColumnOf(const std::vector<ColumnDraft>& columns, const Segment& seg, bool is_code = false) {
  if (is_code) {
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].code && seg.box.x0 >= columns[i].x0 - 1 && seg.box.x0 <= columns[i].x1) {
        return static_cast<int>(i);
      }
    }
  }
  const bool numeric = !is_code && (IsFigure(seg.text) || IsDashCell(seg.text));
  if (numeric) {
    for (size_t i = 0; i < columns.size(); ++i) {
      const double overlap =
          std::min(columns[i].x1, seg.box.x1) - std::max(columns[i].x0, seg.box.x0);
      if (columns[i].code && overlap > 0.3 * seg.box.width()) return static_cast<int>(i);
    }
  }
  // Figures by right edge against numeric columns; text by centre against bands.
  if (numeric) {
    int best = -1;
    double best_overlap = 0, best_d = 1e18;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (!columns[i].numeric || columns[i].code) continue;
      const double overlap =
          std::min(columns[i].x1, seg.box.x1) - std::max(columns[i].x0, seg.box.x0);
      const double d = std::fabs(columns[i].x1 - seg.box.x1);
      if (overlap > best_overlap || (best_overlap <= 0 && overlap <= 0 && d < best_d)) {
        best_overlap = std::max(overlap, 0.0);
        best_d = d;
        best = static_cast<int>(i);
      }
    }
    if (best >= 0 && (best_overlap > 0 || best_d <= 40)) return best;
  }
  const double cx = (seg.box.x0 + seg.box.x1) / 2;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (cx >= columns[i].band0 && cx < columns[i].band1) return static_cast<int>(i);
  }
  return -1;
}

// ---- Header labels ----

// The horizontal extent of the ruled cell around `box`: the nearest vertical rules left and
// right of it that cross its middle. nullopt when the page has no such rules.
std::optional<std::pair<double, double>> RuledCellAround(const Page& page, const BBox& box) {
  const double y = (box.y0 + box.y1) / 2;
  double left = -1e18, right = 1e18;
  for (const Ruling& r : page.rulings) {
    // Rules are often drawn cell by cell, leaving hairline gaps at the corners.
    if (r.horizontal || r.box.y0 > y + 1.5 || r.box.y1 < y - 1.5) continue;
    const double x = (r.box.x0 + r.box.x1) / 2;
    if (x <= box.x0 + 1) left = std::max(left, x);
    if (x >= box.x1 - 1) right = std::min(right, x);
  }
  if (left < -1e17 || right > 1e17) return std::nullopt;
  return std::make_pair(left, right);
}

// A label heading several columns becomes an outer path element of each; a label heading one
// column is (part of) its own label, wrapped lines of one cell joined.
// What the previous header line put on top of each group of columns, so that a spanning label
// wrapped over two lines (`因公出国` / `（境）费`) stays one label.
struct SpanMemory {
  std::vector<int> covered;
  std::string text;
  BBox box;
  int line = -1;
};

void AddLabel(const std::string& text, const BBox& box, const std::vector<int>& covered,
              std::vector<Column>& columns, std::vector<std::string>& own, int line,
              std::vector<SpanMemory>& spans) {
  if (covered.size() >= 2) {
    for (SpanMemory& m : spans) {
      // The same columns already carry a label from an earlier line, still outermost-so-far:
      // this is its continuation.
      const double overlap = std::min(box.x1, m.box.x1) - std::max(box.x0, m.box.x0);
      const double narrower = std::max(1.0, std::min(box.width(), m.box.width()));
      const bool stacked = overlap >= 0.5 * narrower && box.y0 - m.box.y1 < 0.8 * box.height();
      if (m.covered == covered && m.line < line && stacked &&
          std::all_of(covered.begin(), covered.end(), [&](int c) {
            return !columns[c].path.empty() && columns[c].path.back() == m.text && own[c].empty();
          })) {
        for (int c : covered) columns[c].path.back() += text;
        m.text += text;
        m.box.Extend(box);
        m.line = line;
        return;
      }
    }
    for (int c : covered) {
      if (!own[c].empty()) {
        columns[c].path.push_back(own[c]);
        own[c].clear();
      }
      columns[c].path.push_back(text);
    }
    spans.push_back({covered, text, box, line});
  } else if (covered.size() == 1) {
    own[covered[0]] += text;
  }
}

// Header labels letter-spaced wider than layout joins words (`收　　入`, `项　　目`): single
// characters of one header line that sit in one drawn cell (or, unruled, within four font sizes
// of each other) are one label.
std::vector<Segment> JoinLetterSpacedLabels(const Line& line, const Page& page) {
  std::vector<Segment> out;
  auto single = [](const Segment& seg) { return DecodeUtf8(seg.text).size() == 1; };
  for (const Segment& seg : line.segments) {
    if (!out.empty() && single(seg) && IsText(seg) && IsText(out.back()) &&
        DecodeUtf8(out.back().text).size() <= 3) {
      const Segment& prev = out.back();
      const auto a = RuledCellAround(page, prev.box), b = RuledCellAround(page, seg.box);
      const bool same_cell =
          a && b && std::fabs(a->first - b->first) < 1 && std::fabs(a->second - b->second) < 1;
      const bool near = !a && !b && seg.box.x0 - prev.box.x1 < 4 * std::max(line.font_size, 1.0);
      if (same_cell || near) {
        out.back().text += seg.text;
        out.back().box.Extend(seg.box);
        continue;
      }
    }
    out.push_back(seg);
  }
  return out;
}

void LabelColumns(const std::vector<PlacedLine>& header, std::vector<Column>& columns,
                  const std::vector<ColumnDraft>& drafts, const TableSettings& s) {
  std::vector<std::string> own(columns.size());
  std::vector<SpanMemory> spans;
  int line_index = -1;
  for (const PlacedLine& pl : header) {
    ++line_index;
    if (IsColumnNumberLine(*pl.line)) {
      for (const Segment& seg : pl.line->segments) {
        if (!IsFigure(seg.text)) continue;
        const int c = ColumnOf(drafts, seg);
        if (c >= 0) columns[c].column_number = seg.text;
      }
      continue;
    }
    for (const Segment& seg : JoinLetterSpacedLabels(*pl.line, *pl.page)) {
      // Table numbers (`公开05表`), units and department names are not column labels.
      if (IsNumberingLine(seg.text) || IsNumberingSuffix(seg.text) ||
          RE2::PartialMatch(seg.text, UnitPattern()) ||
          RE2::PartialMatch(seg.text, DepartmentPattern())) {
        continue;
      }
      std::vector<int> covered;
      // Where the header is ruled, the drawn cell around the label says which columns it heads.
      if (auto cell = RuledCellAround(*pl.page, seg.box)) {
        for (size_t i = 0; i < drafts.size(); ++i) {
          const double centre = (drafts[i].x0 + drafts[i].x1) / 2;
          if (centre > cell->first && centre < cell->second) covered.push_back(static_cast<int>(i));
        }
        if (!covered.empty()) {
          AddLabel(seg.text, seg.box, covered, columns, own, line_index, spans);
          continue;
        }
      }
      for (size_t i = 0; i < drafts.size(); ++i) {
        const double lo = std::max(seg.box.x0, std::max(drafts[i].band0, drafts[i].x0 - 30));
        const double hi = std::min(seg.box.x1, std::min(drafts[i].band1, drafts[i].x1 + 30));
        const double width = std::max(1.0, std::min(seg.box.width(), drafts[i].x1 - drafts[i].x0));
        if (hi - lo >= s.header_overlap * width) covered.push_back(static_cast<int>(i));
      }
      if (covered.empty()) {
        const int c = ColumnOf(drafts, seg);
        if (c >= 0) covered.push_back(c);
      }
      AddLabel(seg.text, seg.box, covered, columns, own, line_index, spans);
    }
  }
  for (size_t i = 0; i < columns.size(); ++i) {
    if (!own[i].empty()) columns[i].path.push_back(own[i]);
    for (std::string& p : columns[i].path) {
      p.erase(std::remove(p.begin(), p.end(), ' '), p.end());
    }
  }
}

bool PathHas(const Column& c, const char* word) {
  for (const std::string& p : c.path) {
    if (Contains(p, word)) return true;
  }
  return false;
}

bool PathIs(const Column& c, const char* word) { return !c.path.empty() && c.path.back() == word; }

// ---- Rows ----

int LevelOfCode(const std::string& code) {
  switch (code.size()) {
    case 3:
      return 1;
    case 5:
      return 2;
    case 7:
      return 3;
    default:
      return 0;
  }
}

bool HorizontalRuleBetween(const Page& page, double y_top, double y_bottom, double x0, double x1) {
  for (const Ruling& r : page.rulings) {
    if (!r.horizontal) continue;
    const double y = (r.box.y0 + r.box.y1) / 2;
    if (y > y_top && y < y_bottom && r.box.x0 < x1 && r.box.x1 > x0) return true;
  }
  return false;
}

bool PageHasRulings(const Page& page) {
  return std::any_of(page.rulings.begin(), page.rulings.end(),
                     [](const Ruling& r) { return r.horizontal; });
}

struct RowDraft {
  TableRow row;
  std::map<int, std::string> code_parts;  // code column index → digits printed there
  bool has_figures = false;
  double name_x0 = 0;
  double top = 0, bottom = 0;
  const Page* page = nullptr;
  bool consumed = false;
  const Segment* first_name_segment = nullptr;  // the name's first printed piece
  bool name_beside = false;  // another piece of the name stands right of it, a column apart
};

// Records a piece of a row's name: the first, and whether a later one stands beside it on its
// line, more than two character heights to its right (another column: 预算单位, then 年度).
void NoteNamePiece(RowDraft& d, const Segment& seg) {
  if (d.first_name_segment == nullptr) {
    d.first_name_segment = &seg;
    return;
  }
  const BBox& first = d.first_name_segment->box;
  const bool same_line = seg.box.y0 < first.y1 && first.y0 < seg.box.y1;
  if (same_line && seg.box.x0 - first.x1 > 2 * first.height()) d.name_beside = true;
}

// Row names as printed, without the word spaces layout keeps beside CJK text and brackets
// (`因公出国 (境)费用` → `因公出国(境)费用`); spaces between Latin words or figures stay.
std::string TidyName(const std::string& name) {
  const std::u32string u = DecodeUtf8(name);
  auto tight = [](char32_t c) {
    return c >= 0x2E80 || c == '(' || c == ')' || c == '[' || c == ']' || c == 0;
  };
  std::u32string out;
  for (size_t i = 0; i < u.size(); ++i) {
    if (u[i] == ' ') {
      const char32_t before = out.empty() ? 0 : out.back();
      const char32_t after = i + 1 < u.size() ? u[i + 1] : 0;
      if (tight(before) || tight(after)) continue;
    }
    out.push_back(u[i]);
  }
  return EncodeUtf8(out);
}

void SplitLeadingCode(TableRow& row, TableCode table) {
  // The code is the whole run of digits: `2026年` is a year, not the code 202 of `6年`.
  static const RE2 re(R"(^[\[【]?(\d{3}(?:\d{2}){0,2})[\]】]?\s*([^\d\s].*)$)");
  // 政府采购 categories: A 货物, B 工程, C 服务.
  static const RE2 procurement(R"(^([ABC])\s*((?:货物|工程|服务).*)$)");
  std::string code, name;
  if (row.code.empty() &&
      (RE2::FullMatch(row.name, re, &code, &name) ||
       (table == TableCode::kT11 && RE2::FullMatch(row.name, procurement, &code, &name)))) {
    row.code = code;
    row.name = name;
  }
}

// Some templates (Shenzhen) print a 预算单位 column beside the subjects that names the
// department (`部门名称：…` above the table) on the first row only, and no 合计 row: that row is
// the department's total of the rows below it. The first row, a row of figures named by the
// department alone, is named `合计` when no row of the table is named 合计 or 总计.
void NameDepartmentTotal(Table& table) {
  if (table.department.empty() || table.rows.empty()) return;
  TableRow& first = table.rows.front();
  const bool figures = std::any_of(first.cells.begin(), first.cells.end(),
                                   [](const Cell& c) { return c.value.has_value(); });
  const bool has_total = std::any_of(table.rows.begin(), table.rows.end(), [](const TableRow& r) {
    return Contains(r.name, "合计") || Contains(r.name, "总计");
  });
  if (figures && !has_total && first.code.empty() && first.name == TidyName(table.department)) {
    first.name = "合计";
  }
}

// Whether a line without figures at the top of a continuation page repeats header material:
// some of its labels appear in the title page's header lines, or it is a 栏次 row.
bool RepeatsHeader(const Line& line, const std::vector<PlacedLine>& header) {
  if (IsColumnNumberLine(line)) return true;
  for (const Segment& seg : line.segments) {
    for (const PlacedLine& h : header) {
      for (const Segment& hs : h.line->segments) {
        if (hs.text == seg.text) return true;
      }
    }
  }
  return false;
}

// A name that runs up to the figure of the next column is laid out as one segment with it
// (`西安市硬科技产业发展服务 1153992.13`: xa-city-science-2022 p. 43). Such a segment — text
// without figures ending in a CJK character or a bracket, a word gap, then an amount (not a bare
// year) — is split into the name and the figure, each with the box of its own glyphs.
std::vector<PlacedLine> SplitNamesRunIntoFigures(const std::vector<PlacedLine>& rows,
                                                 std::vector<std::unique_ptr<Line>>& storage) {
  static const RE2 kYear(R"((?:19|20)\d{2})");
  auto split_point = [](const Segment& seg) -> size_t {
    const size_t gap = seg.text.rfind(' ');
    if (gap == std::string::npos || gap == 0) return 0;
    const std::string head = seg.text.substr(0, gap), tail = seg.text.substr(gap + 1);
    if (!IsFigure(tail) || RE2::FullMatch(tail, kYear)) return 0;
    const std::u32string name = DecodeUtf8(head);
    const char32_t last = name.back();
    if (!(last >= 0x2E80 || last == ')') || IsFigure(head)) return 0;
    for (const absl::string_view word : absl::StrSplit(head, ' ')) {
      if (IsFigure(std::string(word))) return 0;
    }
    // The tail's glyphs, taken from the end, must spell it exactly.
    std::string spelled;
    size_t glyphs = 0;
    for (size_t k = seg.chars.size(); k-- > 0 && spelled.size() < tail.size();) {
      spelled.insert(0, seg.chars[k].text);
      ++glyphs;
    }
    return spelled == tail && glyphs < seg.chars.size() ? glyphs : 0;
  };
  std::vector<PlacedLine> out;
  for (const PlacedLine& pl : rows) {
    if (std::none_of(pl.line->segments.begin(), pl.line->segments.end(),
                     [&](const Segment& seg) { return split_point(seg) > 0; })) {
      out.push_back(pl);
      continue;
    }
    auto line = std::make_unique<Line>(*pl.line);
    line->segments.clear();
    for (const Segment& seg : pl.line->segments) {
      const size_t glyphs = split_point(seg);
      if (glyphs == 0) {
        line->segments.push_back(seg);
        continue;
      }
      Segment name, figure;
      const size_t gap = seg.text.rfind(' ');
      name.text = seg.text.substr(0, gap);
      figure.text = seg.text.substr(gap + 1);
      name.chars.assign(seg.chars.begin(), seg.chars.end() - static_cast<long>(glyphs));
      figure.chars.assign(seg.chars.end() - static_cast<long>(glyphs), seg.chars.end());
      for (const TextChar& c : name.chars) name.box.Extend(c.box);
      for (const TextChar& c : figure.chars) figure.box.Extend(c.box);
      line->segments.push_back(std::move(name));
      line->segments.push_back(std::move(figure));
    }
    out.push_back({line.get(), pl.page});
    storage.push_back(std::move(line));
  }
  return out;
}

// In a ruled table one row is the band between two horizontal rules, whatever the baselines of
// its cells: producers top-align some columns and centre others (ONLYOFFICE), and wrap names
// over several lines. Consecutive row lines of one page with no horizontal rule between their
// middles are merged into one line; segments keep reading order within each cell. Tables
// without rules keep their lines.
std::vector<PlacedLine> MergeRuledRows(const std::vector<PlacedLine>& rows,
                                       std::vector<std::unique_ptr<Line>>& storage) {
  std::vector<PlacedLine> out;
  for (const PlacedLine& pl : rows) {
    if (!out.empty() && out.back().page == pl.page && PageHasRulings(*pl.page)) {
      const Line& prev = *out.back().line;
      const double y0 = (prev.box.y0 + prev.box.y1) / 2;
      const double y1 = (pl.line->box.y0 + pl.line->box.y1) / 2;
      const double x0 = std::min(prev.box.x0, pl.line->box.x0);
      const double x1 = std::max(prev.box.x1, pl.line->box.x1);
      if (y1 > y0 && !HorizontalRuleBetween(*pl.page, y0, y1, x0, x1)) {
        auto merged = std::make_unique<Line>(prev);
        for (const Segment& seg : pl.line->segments) {
          // After the last segment that starts left of this one's end: within a cell, lower
          // lines follow upper ones.
          size_t at = 0;
          for (size_t k = 0; k < merged->segments.size(); ++k) {
            if (merged->segments[k].box.x0 < seg.box.x1 + 1.5) at = k + 1;
          }
          merged->segments.insert(merged->segments.begin() + static_cast<long>(at), seg);
        }
        merged->box.Extend(pl.line->box);
        merged->text += std::string(kSegmentSeparator) + pl.line->text;
        out.back().line = merged.get();
        storage.push_back(std::move(merged));
        continue;
      }
    }
    out.push_back(pl);
  }
  return out;
}

Table Assemble(Table table, const std::vector<PlacedLine>& lines, const TableSettings& s) {
  std::vector<PlacedLine> header, rows;
  bool in_notes = false;
  const Line* previous_note = nullptr;
  for (const PlacedLine& pl : lines) {
    const Line& l = *pl.line;
    const std::string text = JoinedText(l);
    std::string unit_text, department;
    if (RE2::PartialMatch(text, UnitPattern(), &unit_text)) {
      if (auto u = ParseUnit(unit_text)) table.unit = *u;
      if (RE2::PartialMatch(l.text, DepartmentPattern(), &department) && department != unit_text &&
          table.department.empty() && !Contains(department, "万元") && department != "元") {
        table.department = department;
      }
      if (!HasFigureSegment(l)) continue;
    }
    if (!HasFigureSegment(l) && RE2::PartialMatch(l.text, DepartmentPattern(), &department) &&
        rows.empty()) {
      if (table.department.empty()) table.department = department;
      continue;
    }
    if (IsNumberingLine(text)) continue;
    const bool continues_note =
        in_notes && previous_note != nullptr && !HasFigureSegment(l) &&
        std::fabs(l.baseline - previous_note->baseline) < 2.2 * std::max(l.font_size, 1.0);
    if (IsNoteStart(text) || continues_note || (IsEmptyStatement(text) && !HasFigureSegment(l))) {
      if (continues_note && !table.notes.empty()) {
        table.notes.back() += text;
      } else {
        table.notes.push_back(text);
      }
      in_notes = true;
      previous_note = &l;
      continue;
    }
    in_notes = false;
    const bool data = (HasFigureSegment(l) && !IsColumnNumberLine(l)) || IsCodeOnlyLine(l);
    if (rows.empty() && !data) {
      // Header material: only the first page's header labels the columns.
      if (pl.page->number == table.title_page) header.push_back(pl);
      continue;
    }
    if (!data && pl.page->number != table.title_page && !rows.empty() &&
        rows.back().page->number != pl.page->number && RepeatsHeader(l, header)) {
      // The top of a continuation page repeats the header: skip it. Rows without figures
      // there (blank rows) are kept.
      continue;
    }
    if (IsColumnNumberLine(l)) continue;
    rows.push_back(pl);
  }
  // A name wrapped above the first row (the row's figures centred in a two-line cell) was taken
  // for header: give it back to the row when that row has no name of its own.
  if (!rows.empty() && !header.empty()) {
    const Line& first = *rows.front().line;
    const Line& above = *header.back().line;
    const bool nameless = std::none_of(first.segments.begin(), first.segments.end(),
                                       [&](const Segment& seg) { return IsText(seg); });
    // …and when it stands left of the row's first figure, where a name goes.
    double first_figure = 1e18;
    const std::vector<bool> is_code = CodeSegments(first);
    for (size_t k = 0; k < first.segments.size(); ++k) {
      if (IsFigure(first.segments[k].text) && !is_code[k]) {
        first_figure = std::min(first_figure, first.segments[k].box.x0);
      }
    }
    if (nameless && above.segments.size() == 1 && header.back().page == rows.front().page &&
        first.baseline - above.baseline < 1.5 * std::max(first.font_size, 1.0) &&
        above.segments.front().box.x1 <= first_figure) {
      rows.insert(rows.begin(), header.back());
      header.pop_back();
    }
  }
  // In a ruled table the first row's cells end at the rule above it: lines below that rule
  // (names wrapped above the row's figures, `一、财政` over `拨款`) are the row's, not header.
  // The 类/款/项 labels over split code columns stay header.
  auto code_part_labels = [](const Line& line) {
    return std::all_of(line.segments.begin(), line.segments.end(), [](const Segment& seg) {
      return seg.text == "类" || seg.text == "款" || seg.text == "项";
    });
  };
  while (!rows.empty() && !header.empty() && header.back().page == rows.front().page &&
         PageHasRulings(*rows.front().page) && !IsColumnNumberLine(*header.back().line) &&
         !code_part_labels(*header.back().line)) {
    const Line& first = *rows.front().line;
    const Line& above = *header.back().line;
    const double above_middle = (above.box.y0 + above.box.y1) / 2;
    const double first_middle = (first.box.y0 + first.box.y1) / 2;
    if (first_middle <= above_middle ||
        HorizontalRuleBetween(*rows.front().page, above_middle, first_middle,
                              std::min(above.box.x0, first.box.x0),
                              std::max(above.box.x1, first.box.x1))) {
      break;
    }
    rows.insert(rows.begin(), header.back());
    header.pop_back();
  }
  for (const std::string& n : table.notes) {
    if (IsEmptyStatement(n)) table.declares_empty = true;
    if (DeclaresRounding(n)) table.declares_rounding = true;
  }
  std::vector<std::unique_ptr<Line>> merged_storage;
  rows = SplitNamesRunIntoFigures(rows, merged_storage);
  rows = MergeRuledRows(rows, merged_storage);
  // Drop trailing text-only lines after the last data row (stray narrative).
  while (!rows.empty() && !HasFigureSegment(*rows.back().line)) rows.pop_back();
  if (rows.empty()) {
    if (!table.declares_empty) table.insufficient_data = "no rows with figures under the title";
    return table;
  }

  std::vector<ColumnDraft> drafts = FindColumns(rows);
  AddHeaderOnlyColumns(header, drafts);
  std::vector<Column> columns(drafts.size());
  for (size_t i = 0; i < drafts.size(); ++i) {
    columns[i].index = static_cast<int>(i);
    columns[i].kind = drafts[i].code      ? ColumnKind::kCode
                      : drafts[i].numeric ? ColumnKind::kAmount
                                          : ColumnKind::kName;
    columns[i].x0 = drafts[i].x0;
    columns[i].x1 = drafts[i].x1;
  }
  LabelColumns(header, columns, drafts, s);

  // Kinds from labels and contents, and lanes.
  int lane = 0;
  bool seen_amount = false;
  for (size_t i = 0; i < columns.size(); ++i) {
    Column& c = columns[i];
    if (c.kind == ColumnKind::kAmount) {
      if (PathHas(c, "行次") || PathIs(c, "序号")) {
        c.kind = ColumnKind::kRowNumber;
      } else if (PathHas(c, "编码") || PathHas(c, "代码") || PathIs(c, "类") || PathIs(c, "款") ||
                 PathIs(c, "项") ||
                 (drafts[i].count > 0 && drafts[i].integer_codes == drafts[i].count &&
                  (i + 1 < columns.size() && columns[i + 1].kind == ColumnKind::kName))) {
        c.kind = ColumnKind::kCode;
      }
    }
    // A name column after figures opens a new lane (a code column just before it belongs to it).
    if (c.kind == ColumnKind::kName && seen_amount) {
      ++lane;
      seen_amount = false;
    }
    if (c.kind == ColumnKind::kAmount) seen_amount = true;
    c.lane = lane;
  }
  // The code columns directly before a lane's name column (one code, or split 类/款/项) belong
  // to that lane.
  for (size_t i = columns.size(); i-- > 1;) {
    if (columns[i].kind != ColumnKind::kName) continue;
    for (size_t k = i; k-- > 0 && columns[k].kind == ColumnKind::kCode;) {
      columns[k].lane = columns[i].lane;
    }
  }
  table.lanes = lane + 1;
  table.columns = columns;

  // Rows, per lane.
  std::vector<std::vector<RowDraft>> per_lane(table.lanes);
  for (const PlacedLine& pl : rows) {
    std::vector<RowDraft> drafts_here(table.lanes);
    for (RowDraft& d : drafts_here) {
      d.row.cells.assign(columns.size(), Cell());
      d.page = pl.page;
      d.row.page = pl.page->number;
      d.top = pl.line->box.y0;
      d.bottom = pl.line->box.y1;
      d.name_x0 = 1e18;
    }
    const std::vector<bool> is_code = CodeSegments(*pl.line);
    for (size_t k = 0; k < pl.line->segments.size(); ++k) {
      const Segment& seg = pl.line->segments[k];
      const int c = ColumnOf(drafts, seg, is_code[k]);
      if (c < 0) continue;
      const Column& col = columns[c];
      RowDraft& d = drafts_here[col.lane];
      d.row.box.Extend(seg.box);
      switch (col.kind) {
        case ColumnKind::kName:
          NoteNamePiece(d, seg);
          d.row.name += seg.text;
          d.name_x0 = std::min(d.name_x0, seg.box.x0);
          break;
        case ColumnKind::kCode:
          // Labels such as 类/款/项 printed in the code cells of the first row are not codes.
          if (std::all_of(seg.text.begin(), seg.text.end(),
                          [](char ch) { return (ch >= '0' && ch <= '9') || ch == ' '; })) {
            d.code_parts[c] += seg.text;
          } else if (CodePoints(seg.text) >= 3) {
            // A name printed in the code column: Shenzhen's 预算单位 column holds the unit's
            // name on its total row (`深圳市财政局（本级）`) left of the codes of the other rows.
            NoteNamePiece(d, seg);
            d.row.name += seg.text;
            d.name_x0 = std::min(d.name_x0, seg.box.x0);
          }
          break;
        case ColumnKind::kRowNumber:
          d.row.row_number = seg.text;
          break;
        case ColumnKind::kAmount: {
          Cell& cell = d.row.cells[c];
          if (!cell.text.empty()) cell.text += " ";
          cell.text += seg.text;
          cell.value = ParseCellFigure(cell.text, &cell.percent);
          cell.page = pl.page->number;
          cell.box.Extend(seg.box);
          if (IsFigure(seg.text)) d.has_figures = true;
          break;
        }
      }
    }
    // A label spanning lanes (`当年支出小计` across a three-block summary) names the figures of
    // the next lane when its own lane has none.
    for (int ln = 1; ln < table.lanes; ++ln) {
      RowDraft& left = drafts_here[ln - 1];
      RowDraft& right = drafts_here[ln];
      if (right.has_figures && right.row.name.empty() && right.code_parts.empty() &&
          !left.has_figures && !left.row.name.empty() && left.code_parts.empty()) {
        right.row.name = std::move(left.row.name);
        right.name_x0 = left.name_x0;
        left.row.name.clear();
      }
    }
    for (int ln = 0; ln < table.lanes; ++ln) {
      RowDraft& d = drafts_here[ln];
      if (d.row.name.empty() && d.row.code.empty() && !d.has_figures) continue;
      d.row.lane = ln;
      per_lane[ln].push_back(std::move(d));
    }
  }
  for (int ln = 0; ln < table.lanes; ++ln) {
    // Codes in split 类/款/项 columns print only the parts that change: a 款 row leaves 类 blank,
    // a 项 row may leave 类 and 款 blank. Complete them from the rows above.
    std::vector<int> code_columns;
    for (const Column& c : columns) {
      if (c.kind == ColumnKind::kCode && c.lane == ln) code_columns.push_back(c.index);
    }
    std::vector<std::string> last(code_columns.size());
    for (RowDraft& d : per_lane[ln]) {
      if (d.code_parts.empty()) continue;
      std::vector<std::string> parts(code_columns.size());
      for (size_t k = 0; k < code_columns.size(); ++k) {
        auto it = d.code_parts.find(code_columns[k]);
        if (it != d.code_parts.end()) parts[k] = it->second;
        // In split 类 / 款 (/ 项) columns, a 款 or 项 part is two digits; a spreadsheet that
        // stored it as a number drops the leading zero (`301` `2` for 30102 津贴补贴:
        // sh-putuo-wanli-2024 p. 29). Wider code blocks (procurement tables adding unit and fund
        // codes) are left as printed.
        if (k > 0 && code_columns.size() >= 2 && code_columns.size() <= 3 && parts[k].size() == 1 &&
            parts[k][0] >= '1' && parts[k][0] <= '9') {
          parts[k].insert(parts[k].begin(), '0');
        }
      }
      if (code_columns.size() >= 2) {
        size_t deepest = 0;
        for (size_t k = 0; k < parts.size(); ++k) {
          if (!parts[k].empty()) deepest = k;
        }
        for (size_t k = 0; k < deepest; ++k) {
          if (parts[k].empty()) parts[k] = last[k];
        }
        for (size_t k = 0; k < parts.size(); ++k) {
          if (!parts[k].empty()) last[k] = parts[k];
        }
        for (size_t k = deepest + 1; k < last.size(); ++k) last[k].clear();
      }
      d.row.code.clear();
      for (const std::string& p : parts) d.row.code += p;
      // One code column printing 款 as a two-digit suffix under its 类 (`208` then `05`).
      if (code_columns.size() == 1) {
        if (d.row.code.size() == 3) last[0] = d.row.code;
        if (d.row.code.size() == 2 && !last[0].empty()) d.row.code = last[0] + d.row.code;
      }
    }
  }
  for (auto& lane_rows : per_lane) {
    // A code printed on a baseline of its own belongs to the adjacent row that has none.
    for (size_t i = 0; i < lane_rows.size(); ++i) {
      RowDraft& r = lane_rows[i];
      if (r.row.code.empty() || !r.row.name.empty() || r.has_figures) continue;
      for (size_t k : {i + 1, i - 1}) {
        if (k >= lane_rows.size() || lane_rows[k].consumed || !lane_rows[k].row.code.empty()) {
          continue;
        }
        lane_rows[k].row.code = r.row.code;
        r.consumed = true;
        break;
      }
    }
    // Wrapped names: a row of figures without a name takes the text-only lines around it; a name
    // continuing below its row inside the same ruled cell is joined too.
    for (size_t i = 0; i < lane_rows.size(); ++i) {
      RowDraft& r = lane_rows[i];
      if (r.consumed || !r.has_figures) continue;
      auto text_only = [&](size_t k) {
        return k < lane_rows.size() && !lane_rows[k].consumed && !lane_rows[k].has_figures &&
               lane_rows[k].row.code.empty() && lane_rows[k].page == r.page;
      };
      const bool ruled = PageHasRulings(*r.page);
      const double line_height = r.bottom - r.top;
      // Ruled tables settle it: no rule between the lines means one cell. Unruled ones only
      // re-join a name when the row has none, or a short tail below it.
      auto same_cell = [&](const RowDraft& upper, const RowDraft& lower, bool tail) {
        if (lower.top - upper.bottom > 1.5 * line_height) return false;
        if (ruled) {
          const double x = std::min(upper.name_x0, lower.name_x0);
          return !HorizontalRuleBetween(*r.page, (upper.top + upper.bottom) / 2,
                                        (lower.top + lower.bottom) / 2, x, x + 10);
        }
        return r.row.name.empty() || (tail && CodePoints(lower.row.name) <= 3);
      };
      if (i > 0 && text_only(i - 1) && same_cell(lane_rows[i - 1], r, false)) {
        r.row.name = lane_rows[i - 1].row.name + r.row.name;
        lane_rows[i - 1].consumed = true;
      }
      if (text_only(i + 1) && same_cell(r, lane_rows[i + 1], true)) {
        r.row.name += lane_rows[i + 1].row.name;
        lane_rows[i + 1].consumed = true;
      }
    }
    for (RowDraft& d : lane_rows) {
      if (d.consumed) continue;
      // The department printed in a 预算单位 column before the row's own name
      // (`深圳市财政局（本级）` `2025年`) is not part of that name.
      if (d.name_beside && d.has_figures && !table.department.empty() &&
          TidyName(d.first_name_segment->text) == TidyName(table.department) &&
          d.row.name.rfind(d.first_name_segment->text, 0) == 0) {
        d.row.name.erase(0, d.first_name_segment->text.size());
      }
      SplitLeadingCode(d.row, table.code);
      d.row.name = TidyName(d.row.name);
      d.row.code.erase(std::remove(d.row.code.begin(), d.row.code.end(), ' '), d.row.code.end());
      d.row.level = LevelOfCode(d.row.code);
      table.rows.push_back(std::move(d.row));
    }
  }
  NameDepartmentTotal(table);
  if (table.FindColumn(ColumnKind::kAmount, 0) < 0) {
    table.insufficient_data = "no figure columns found";
  }
  return table;
}

// A line that reads as the title of some table, standard or not: short, no sentence
// punctuation, ending in 表 (before an optional bracketed qualifier or number).
bool IsOtherTableTitle(const std::string& text) {
  static const RE2 re(R"(^[^，。；：:,]{2,40}表(?:[（(][^（）()]*[）)])?\s*$)");
  return CodePoints(text) >= 5 && CodePoints(text) <= 40 && RE2::FullMatch(text, re) &&
         !IsNumberingLine(text) && !IsNumberingSuffix(text);
}

// Open minus closed round brackets (fullwidth or ASCII) in `text`.
int BracketDepth(const std::string& text) {
  int depth = 0;
  for (const char32_t c : DecodeUtf8(text)) {
    if (c == U'（' || c == U'(') ++depth;
    if (c == U'）' || c == U')') --depth;
  }
  return depth;
}

// Whether `next` ends a title line `title` left inside an open bracket: a short body line of one
// segment, without figures, that closes the bracket.
bool ClosesWrappedTitle(const std::string& title, const Line& next) {
  const int open = BracketDepth(title);
  if (open <= 0 || next.segments.size() != 1 || next.role != LineRole::kBody ||
      HasFigureSegment(next) || CodePoints(next.text) > 20) {
    return false;
  }
  return open + BracketDepth(next.text) == 0;
}

// A contents page lists table titles without tables: three or more titles and (almost) no
// figures.
bool IsContentsPage(const Page& page) {
  int titles = 0, figures = 0;
  for (const Line& l : page.lines) {
    if (l.role != LineRole::kBody) continue;
    for (const Segment& seg : l.segments) {
      if (IsFigure(seg.text) && seg.text.find('.') != std::string::npos) ++figures;
    }
    if (!HasFigureSegment(l) && ClassifyTableTitle(JoinedText(l))) ++titles;
  }
  return titles >= 3 && figures < 3;
}

}  // namespace

std::vector<Table> BuildTables(const Document& doc, const TableSettings& s) {
  std::vector<Table> tables;
  std::optional<Table> open;
  std::vector<PlacedLine> lines;
  auto close = [&] {
    if (open) {
      Table table = std::move(*open);
      tables.push_back(Assemble(std::move(table), lines, s));
    }
    open.reset();
    lines.clear();
  };
  for (const Page& page : doc.pages) {
    const bool contents = IsContentsPage(page);
    for (size_t i = 0; i < page.lines.size(); ++i) {
      const Line& l = page.lines[i];
      // A table title repeated at the top of every page it spans is marked a running header by
      // layout; as a title it still opens (or continues) its table.
      const std::string text = JoinedText(l);
      // The title of a table that is not a standard one (a performance-target form) ends the
      // open table.
      if (open && !HasFigureSegment(l) && !ClassifyTableTitle(text) && IsOtherTableTitle(text)) {
        close();
        continue;
      }
      if (l.role == LineRole::kHeader && !ClassifyTableTitle(text)) continue;
      if (l.role != LineRole::kBody && l.role != LineRole::kHeader) continue;
      if (!HasFigureSegment(l) && !contents) {
        auto title = ClassifyTableTitle(text);
        // A title split over two lines (`…政府采购（资产配置` / `）预算表`), never from inside a
        // ruled cell (`计`, the wrapped end of the row `收入合计`, is not the start of the title
        // `收入预算总表` below it).
        size_t title_end = i;
        if (!title && !IsNumberingLine(text) && i + 1 < page.lines.size() &&
            page.lines[i + 1].segments.size() == 1 && page.lines[i + 1].role == LineRole::kBody &&
            !HasFigureSegment(page.lines[i + 1]) && !RuledCellAround(page, l.box)) {
          title = ClassifyTableTitle(text + JoinedText(page.lines[i + 1]));
          if (title) title_end = i + 1;
        } else if (title && i + 1 < page.lines.size() &&
                   ClosesWrappedTitle(text, page.lines[i + 1])) {
          // A title whose bracket closes on the next line (`…（按支出功能分类科` /
          // `目-不含上年结转）`: xa-city-propaganda-2021 p. 24): that line is the title's, not a
          // header label over the columns.
          auto whole = ClassifyTableTitle(text + JoinedText(page.lines[i + 1]));
          if (whole && whole->code == title->code) title = whole;
          title_end = i + 1;
        }
        if (title && FollowedByTableMaterial(page, title_end, s)) {
          // A table continued on the next page under its title repeated: one table.
          if (open && open->code == title->code && open->title == title->title && !lines.empty() &&
              lines.back().page->number == page.number - 1) {
            if (open->pages.empty() || open->pages.back() != page.number) {
              open->pages.push_back(page.number);
            }
            i = title_end;
            continue;
          }
          close();
          Table t;
          t.code = title->code;
          t.title = title->title;
          t.numbering = title->numbering;
          t.title_page = page.number;
          t.title_box = l.box;
          open = std::move(t);
          i = title_end;
          continue;
        }
      }
      if (!open) continue;
      const bool has_rows = std::any_of(lines.begin(), lines.end(), [](const PlacedLine& pl) {
        return HasFigureSegment(*pl.line);
      });
      const bool after_statement =
          std::any_of(lines.begin(), lines.end(),
                      [](const PlacedLine& pl) { return IsEmptyStatement(pl.line->text); });
      const bool new_page = !lines.empty() && lines.back().page != &page;
      if ((has_rows || after_statement || new_page) && IsProse(l) && !IsNoteStart(text) &&
          !IsEmptyStatement(text) &&
          !(lines.back().page == &page && IsNoteStart(JoinedText(*lines.back().line)))) {
        close();
        continue;
      }
      if (new_page && !has_rows && !HasFigureSegment(l) && !FollowedByTableMaterial(page, i, s) &&
          after_statement) {
        close();
        continue;
      }
      if (IsNumberingLine(text)) continue;  // `表二` above the next title
      if (IsUnmarkedPageNumber(page, i)) continue;
      lines.push_back({&l, &page});
      if (open->pages.empty() || open->pages.back() != page.number) {
        open->pages.push_back(page.number);
      }
    }
  }
  close();
  for (Table& t : tables) {
    if (t.pages.empty() || t.pages.front() != t.title_page) {
      t.pages.insert(t.pages.begin(), t.title_page);
    }
  }
  return tables;
}

}  // namespace fiscalcheck
