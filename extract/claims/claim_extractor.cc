#include "extract/claims/claim_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <bit>
#include <map>
#include <set>

#include "extract/claims/placeholders.h"
#include "extract/utf8.h"

namespace fiscalcheck {

std::string_view ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kAmount:
      return "amount";
    case ClaimKind::kShare:
      return "share";
    case ClaimKind::kChange:
      return "change";
    case ClaimKind::kGrowth:
      return "growth";
    case ClaimKind::kCompletion:
      return "completion";
    case ClaimKind::kComposition:
      return "composition";
    case ClaimKind::kCount:
      return "count";
    case ClaimKind::kPercent:
      return "percent";
    case ClaimKind::kPlaceholder:
      return "placeholder";
  }
  return "";
}

std::u32string TextBeforeFigure(const Claim& claim) {
  const std::u32string sentence = DecodeUtf8(claim.source.sentence);
  return sentence.substr(0,
                         std::min<size_t>(sentence.size(), std::max(0, claim.source.span_begin)));
}

std::string_view DirectionName(Direction d) {
  switch (d) {
    case Direction::kNone:
      return "";
    case Direction::kUp:
      return "up";
    case Direction::kDown:
      return "down";
    case Direction::kFlat:
      return "flat";
  }
  return "";
}

std::string_view MeasureName(Measure m) {
  switch (m) {
    case Measure::kUnspecified:
      return "";
    case Measure::kFinal:
      return "决算";
    case Measure::kInitialBudget:
      return "年初预算";
    case Measure::kAdjustedBudget:
      return "全年预算";
    case Measure::kBudget:
      return "预算";
    case Measure::kPreviousYear:
      return "上年";
  }
  return "";
}

namespace {

// Whether a word opening a list (`其中`, `包括`, `分别`, `主要用于`) stands before the claim's
// figure in its sentence: the figure is a part, not the sentence's total.
bool AfterListOpening(const Claim& claim) {
  const std::u32string before = TextBeforeFigure(claim);
  for (std::u32string_view w : {std::u32string_view(U"其中"), std::u32string_view(U"包括"),
                                std::u32string_view(U"分别"), std::u32string_view(U"主要用于")}) {
    if (before.find(w) != std::u32string::npos) return true;
  }
  return false;
}

// One sentence in UTF-8 with the code point index of every byte boundary.
struct Sentence {
  const NarrativeBlock* block = nullptr;
  int begin = 0;  // code point offset of the sentence in the block
  std::string text;
  std::vector<int> cp_at;  // cp_at[byte] for each byte offset, and text.size()

  int Cp(size_t byte) const { return cp_at[std::min(byte, text.size())]; }
};

Sentence MakeSentence(const NarrativeBlock* block, const std::u32string& u32, int begin, int end) {
  Sentence s;
  s.block = block;
  s.begin = begin;
  for (int i = begin; i < end; ++i) {
    const size_t before = s.text.size();
    AppendUtf8(u32[i], s.text);
    for (size_t b = before; b < s.text.size(); ++b) s.cp_at.push_back(i - begin);
  }
  s.cp_at.push_back(end - begin);
  return s;
}

const RE2& FigureRe() {
  static const RE2 kRe(
      R"((\d[\d,]*(?:\.\d+)?)(亿元|万元|千元|元|%|人次|人|辆|台（套）|台\(套\)|台|套|个|家|项))");
  return kRe;
}

std::optional<Unit> MoneyUnit(std::string_view unit) {
  if (unit == "亿元") return Unit::kYiYuan;
  if (unit == "万元") return Unit::kWanYuan;
  if (unit == "千元") return Unit::kQianYuan;
  if (unit == "元") return Unit::kYuan;
  return std::nullopt;
}

struct Token {
  size_t begin = 0, end = 0;  // bytes: the figure with its unit
  std::string number, unit;
};

bool PrecededByFigure(const std::string& text, size_t at) {
  if (at == 0) return false;
  const char c = text[at - 1];
  return (c >= '0' && c <= '9') || c == '.' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

std::vector<Token> Tokens(const std::string& text) {
  std::vector<Token> out;
  re2::StringPiece input(text);
  re2::StringPiece groups[3];
  size_t from = 0;
  while (from < text.size() &&
         FigureRe().Match(input, from, text.size(), RE2::UNANCHORED, groups, 3)) {
    const size_t begin = groups[0].data() - text.data();
    const size_t end = begin + groups[0].size();
    from = end;
    if (PrecededByFigure(text, begin)) continue;
    std::string unit(groups[2].data(), groups[2].size());
    // `（06项）` in a subject name is its level, not a count.
    const bool bracketed = (begin >= 3 && text.compare(begin - 3, 3, "（") == 0) ||
                           (begin >= 1 && text[begin - 1] == '(');
    if (bracketed && unit == "项") continue;
    std::string number(groups[1].data(), groups[1].size());
    while (!number.empty() && number.back() == ',') number.pop_back();
    out.push_back({begin, end, number, unit});
  }
  return out;
}

// Byte offsets where clauses start: after ，；：, ; : (a comma between digits is a separator).
size_t ClauseStart(const std::string& text, size_t at) {
  static const std::vector<std::string_view> kMarks = {"，", "；", "：", "。", "！", "？"};
  size_t start = 0;
  for (size_t i = 0; i < at; ++i) {
    const char c = text[i];
    if (c == ';' || c == ':') {
      start = i + 1;
    } else if (c == ',') {
      const bool between_digits = i > 0 && i + 1 < text.size() && text[i - 1] >= '0' &&
                                  text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9';
      if (!between_digits) start = i + 1;
    } else {
      for (std::string_view m : kMarks) {
        if (text.compare(i, m.size(), m) == 0) {
          start = i + m.size();
          break;
        }
      }
    }
  }
  return start;
}

Direction VerbDirection(std::string_view verb) {
  if (verb.starts_with("增") || verb.starts_with("上升") || verb.starts_with("提高")) {
    return Direction::kUp;
  }
  return Direction::kDown;
}

bool Has(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

Measure MeasureOf(std::string_view lead) {
  if (Has(lead, "年初预算")) return Measure::kInitialBudget;
  if (Has(lead, "全年预算") || Has(lead, "调整预算") || Has(lead, "调整后预算")) {
    return Measure::kAdjustedBudget;
  }
  if (Has(lead, "决算")) return Measure::kFinal;
  // `上年结转`, `上年结余`, `上年实户资金余额` are this year's funds carried over, not figures of
  // the year before.
  static const RE2 kCarriedOver(R"(上年(?:度)?(?:结转|结余|实户|末))");
  std::string rest(lead);
  RE2::GlobalReplace(&rest, kCarriedOver, "");
  if (Has(rest, "上年") || Has(rest, "去年")) return Measure::kPreviousYear;
  // A fund's name (`一般公共预算`, `政府性基金预算`, `国有资本经营预算`) is no budget measure.
  static const RE2 kFundName(R"(一般公共预算|政府性基金预算|国有资本经营预算|经营预算)");
  std::string unfunded(lead);
  RE2::GlobalReplace(&unfunded, kFundName, "");
  if (Has(lead, "预算数") || Has(lead, "预算为") || Has(lead, "预算安排") ||
      Has(unfunded, "预算")) {
    return Measure::kBudget;
  }
  return Measure::kUnspecified;
}

// The byte length of `department` (the report's own department, `国家信访局`,
// `深圳市民政局（本级）`) at the start of `text`, spaces in `text` skipped and fullwidth and ASCII
// brackets taken as one; 0 when `text` does not start with it.
size_t DepartmentPrefix(std::string_view text, std::string_view department) {
  auto unify = [](char32_t c) { return c == U'（' ? U'(' : c == U'）' ? U')' : c; };
  const std::u32string name = DecodeUtf8(department);
  std::u32string wanted;
  for (char32_t c : name) {
    if (c != U' ' && c != U'\u3000') wanted.push_back(unify(c));
  }
  if (wanted.empty()) return 0;
  const std::u32string u32 = DecodeUtf8(text);
  size_t matched = 0, at = 0;
  for (; at < u32.size() && matched < wanted.size(); ++at) {
    if (u32[at] == U' ' || u32[at] == U'\u3000') continue;
    if (unify(u32[at]) != wanted[matched]) return 0;
    ++matched;
  }
  return matched == wanted.size() ? EncodeUtf8(std::u32string_view(u32).substr(0, at)).size() : 0;
}

// The report's department named before a subject (`国家信访局一般公共预算基本支出`, `2026年国家
// 信访局收入预算总计`): the words after it, without the year before it; nullopt when the lead
// does not open with the department's name. The name alone, or with only budget wording after it
// (`深圳市人民政府口岸办公室预算…`, `…部门预算`), is kept: it is the subject, the department's
// whole budget (the binder reads it so). The name is also tried without a trailing bracketed scope
// (`深圳市民政局` of `深圳市民政局（本级）`); a bracket after it keeps the lead whole:
// `深圳市民政局（本级）` in a report of `深圳市民政局` names a unit of it, not the department.
std::optional<std::string> WithoutDepartment(const std::string& lead, std::string_view department) {
  if (department.empty()) return std::nullopt;
  static const RE2 kLeadingYear(R"(^\s*\d{4}\s*年度?)");
  static const RE2 kScope(R"(^(.*?)\s*[（(][^（）()]*[）)]\s*$)");
  static const RE2 kBudgetWordsOnly(
      R"(^(?:部门|单位)?(?:年初|全年)?(?:预算|决算)?(?:数|总额|总计|合计)?(?:为|是|共|共计)?$)");
  std::string rest = lead;
  RE2::Replace(&rest, kLeadingYear, "");
  std::string bare;
  std::vector<std::string_view> names = {department};
  if (RE2::FullMatch(department, kScope, &bare) && !bare.empty()) names.push_back(bare);
  for (std::string_view name : names) {
    const size_t at = DepartmentPrefix(rest, name);
    if (at == 0) continue;
    std::string after = rest.substr(at);
    if (after.starts_with("（") || after.starts_with("(") ||
        RE2::FullMatch(after, kBudgetWordsOnly)) {
      return rest;
    }
    return after;
  }
  return std::nullopt;
}

// The words naming what a figure is about, from the words before it in its clause. `department`:
// the report's own department ("" when unknown), removed where it is named before the subject.
std::string SubjectOf(std::string lead, std::string_view department = {}) {
  // Words opening a list or a sub-clause of reasons (`主要原因是基本支出增加…`): the subject
  // follows them.
  static const RE2 kAfterList(
      R"(^.*(?:其中|主要用于以下方面|主要包括|包括|分别是|分别为|具体是|主要是|主要用于|原因是|原因为|主要原因[：:]?))");
  // The earlier figure compared against: a year (`比2025年`, `和2025年相比`, `较上一年度`), a
  // budget (`较预算数`, `比年初预算数`) or an execution (`比2025年执行`).
  static const RE2 kCompare(
      R"((?:比|较|与|同|和)(?:\d{4}年度?|上年度?|上一年?度?|去年|(?:年初|调整后?)?预算数?)(?:相比|相较|同期|决算数?|(?:年初)?预算(?:执行)?数?|执行数?)?)");
  // A parenthetical that defines a term for the rest of the text (`（上一年度，下同）`).
  static const RE2 kDefinition(R"([（(][^（）()]*下同[）)])");
  // What is left of a comparison whose year was cut off by a line break (`年相比`, `相比`, `比`).
  static const RE2 kCompareResidue(R"(^年?度?(?:与|比|较|同|和)?(?:相比|相较)?$)");
  // A cause inserted between a subject and its verb (`公用经费因人员增加正常增加`), never the
  // `因公` of `因公出国（境）费`.
  static const RE2 kCause(R"(因[^公].*$|(?:正常|相应)$)");
  static const RE2 kYear(R"(\d{4}年度?)");
  static const RE2 kLeading(
      R"(^(?:[、，]|[一二三四五六七八九十]+[、是]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|[\x{2460}-\x{2487}]|其中|另外|此外|同时|全年|本年度|当年|本部门|本单位|部门|共|合计：)+)");
  static const RE2 kTrailing(
      R"((?:的|了|为|是|共|共计|总计为|合计为|达到?|约|人民币|金额|总额|安排|列支|预计|中|、|各|均|”?科目|”)+$)");
  static const RE2 kMeasure(
      R"((?:年初预算数?|全年预算数?|调整(?:后)?预算数?|(?:当年)?(?:预算)?执行数|预算数|决算数|决算|预算)(?:的|为|是)*$)");
  // A department or unit named before the subject (`上海市普陀区规划和自然资源局收入支出总计`).
  static const RE2 kOwner(
      R"(^[^，。]*?[省市区县州][^，。]*?(?:局|委员会|办公室|办公厅|厅|中心|院|馆|站|所|工作部|宣传部|组织部|统战部)(?:本级|部门（单位）|部门|单位)?)");
  RE2::Replace(&lead, kAfterList, "");
  if (std::optional<std::string> owned = WithoutDepartment(lead, department)) {
    lead = *std::move(owned);
  } else {
    std::string rest = lead;
    if (RE2::Replace(&rest, kOwner, "") && rest.size() >= 9) lead = rest;
  }
  RE2::GlobalReplace(&lead, kCompare, "");
  RE2::GlobalReplace(&lead, kDefinition, "");
  // A clause that starts inside a parenthetical (`（上一年度，下同）预算`: the clause split at its
  // comma) starts after it.
  {
    const size_t close = lead.find("）");
    if (close != std::string::npos && lead.rfind("（", close) == std::string::npos) {
      lead.erase(0, close + std::string_view("）").size());
    }
  }
  RE2::GlobalReplace(&lead, kYear, "");
  if (lead.size() > 3) RE2::Replace(&lead, kCause, "");
  // `收、支预算总计` and `财政拨款收、支总计` are `收入、支出预算总计` / `…收入、支出总计`
  // abbreviated (the amount they change is so named).
  for (std::string_view total : {"预算总计", "总计"}) {
    const std::string abbreviated = "收、支" + std::string(total);
    const size_t at = lead.find(abbreviated);
    if (at == std::string::npos) continue;
    lead.replace(at, abbreviated.size(), "收入、支出" + std::string(total));
    break;
  }
  // Up to three passes; a pass that changes nothing ends it (the next would change nothing).
  // A fund's name keeps its `预算` (`一般公共预算`, `政府性基金预算`): it is no measure.
  static const RE2 kFundStem(R"((?:一般公共|政府性基金|国有资本经营)$)");
  for (int i = 0; i < 3; ++i) {
    const bool leading = RE2::Replace(&lead, kLeading, "");
    const bool trailing = RE2::Replace(&lead, kTrailing, "");
    std::string without_measure = lead;
    const bool measure = RE2::Replace(&without_measure, kMeasure, "") &&
                         !RE2::PartialMatch(without_measure, kFundStem);
    if (measure) lead = std::move(without_measure);
    if (!leading && !trailing && !measure) break;
  }
  if (RE2::FullMatch(lead, kCompareResidue)) lead.clear();
  // Opening brackets and quotes left alone at either end.
  while (!lead.empty() && (lead.back() == '(' || lead.back() == ' ')) lead.pop_back();
  for (std::string_view cut : {"（", "“"}) {
    if (lead.size() >= cut.size() && lead.compare(lead.size() - cut.size(), cut.size(), cut) == 0) {
      lead.resize(lead.size() - cut.size());
    }
  }
  return lead;
}

bool IsGenericSubject(const std::string& s) {
  static const std::vector<std::string_view> kGeneric = {"",     "支出", "收入", "资金", "经费",
                                                         "费用", "其",   "该项", "数",   "总额"};
  for (std::string_view g : kGeneric) {
    if (s == g) return true;
  }
  return false;
}

int CompareYear(std::string_view lead, int report_year) {
  static const RE2 kYear(R"((?:比|较|与|同)(\d{4})年)");
  int year = 0;
  if (RE2::PartialMatch(lead, kYear, &year)) return year;
  if ((Has(lead, "上年") || Has(lead, "去年") || Has(lead, "上一年")) && report_year > 0) {
    return report_year - 1;
  }
  return 0;
}

int StatedYear(std::string_view lead, int report_year) {
  static const RE2 kYear(R"(^(?:[^比较与同]*?)(\d{4})年)");
  int year = 0;
  if (RE2::PartialMatch(lead, kYear, &year) && year > 1990 && year < 2100) return year;
  return report_year;
}

class SentenceReader {
 public:
  // `label`: the sentence before, when it names a subject without figures
  // (`1.社会保障和就业支出（类）…（项）。年初预算为…`); "" otherwise.
  // `context_total`: the total stated last in the part of the report the sentence is in (a
  // share's unstated base), -1 when none. `section_path`: the headings above the sentence.
  // `carried`: the one amount of the sentence before in the same section, or the total leading
  // its list (ListTotal), or the amount carried past a sentence listing parts (-1 when none): what
  // a sentence stating no subject of its own (`比上年执行数增加362.05万元`) is about.
  // `indicator_pages`: the (file, page) pairs that hold a performance-indicator table
  // (IndicatorTablePages); nullptr when none are known.
  // `heading_label`: the subject the heading just above names (`（一）因公出国（境）经费`), for an
  // amount that names none at all (`2026年预算安排7.05万元`); "" when none.
  SentenceReader(const Sentence& s, int report_year, int context_total, int carried,
                 std::string label, std::string section_path, std::vector<Claim>& out,
                 const std::set<std::pair<int, int>>* indicator_pages = nullptr,
                 std::string heading_label = {}, std::string_view department = {})
      : s_(s),
        year_(report_year),
        context_total_(context_total),
        carried_(carried),
        label_(std::move(label)),
        heading_label_(std::move(heading_label)),
        section_path_(std::move(section_path)),
        indicator_pages_(indicator_pages),
        department_(department),
        out_(out) {}

  // The claims this sentence produced, in order.
  const std::vector<int>& Mine() const { return mine_; }

  void Read() {
    const std::vector<Token> tokens = Tokens(s_.text);
    for (const Token& t : tokens) money_in_sentence_ = money_in_sentence_ || MoneyUnit(t.unit);
    size_t previous_end = 0;
    for (const Token& t : tokens) {
      const size_t clause = ClauseStart(s_.text, t.begin);
      const size_t lead_begin = std::max(clause, previous_end);
      const std::string lead = s_.text.substr(lead_begin, t.begin - lead_begin);
      const std::string clause_lead = s_.text.substr(clause, t.begin - clause);
      previous_end = t.end;
      const size_t first = out_.size();
      ReadToken(t, lead, clause_lead);
      for (size_t i = first; i < out_.size(); ++i) {
        out_[i].not_table_fact = NotTableFact(out_[i], clause_lead, t.begin);
      }
    }
    ReadDirectionWords();
    ReadCompositions();
    ReadPlaceholders();
  }

 private:
  Claim& NewClaim(ClaimKind kind, size_t begin, size_t end) {
    Claim c;
    c.id = static_cast<int>(out_.size());
    c.kind = kind;
    c.year = year_;
    c.source.file = s_.block ? s_.block->file : 0;
    c.source.section = s_.block ? s_.block->section : -1;
    c.source.sentence = s_.text;
    c.source.span_begin = s_.Cp(begin);
    c.source.span_end = s_.Cp(end);
    if (s_.block) {
      const GlyphPosition p =
          SpanPosition(*s_.block, s_.begin + c.source.span_begin, s_.begin + c.source.span_end);
      c.source.page = p.page;
      c.source.box = p.box;
    }
    out_.push_back(std::move(c));
    mine_.push_back(out_.back().id);
    return out_.back();
  }

  // The latest claim of this sentence matching `pred`, or -1.
  template <typename Pred>
  int Latest(Pred pred) const {
    for (auto it = mine_.rbegin(); it != mine_.rend(); ++it) {
      if (pred(out_[*it])) return *it;
    }
    return -1;
  }
  // The latest amount about `subject` in this sentence, else earlier in the same section.
  int SameSubjectAmount(const std::string& subject) const {
    if (subject.empty()) return -1;
    const int section = s_.block ? s_.block->section : -1;
    for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
      if (it->source.section != section) break;
      if (it->kind == ClaimKind::kAmount && it->subject == subject) return it->id;
    }
    return -1;
  }

  // Whether claim `id` is the only amount of its sentence.
  bool AloneInSentence(int id) const {
    const Claim& c = out_[id];
    for (const Claim& x : out_) {
      if (x.id != id && x.kind == ClaimKind::kAmount && x.source.file == c.source.file &&
          x.source.page == c.source.page && x.source.sentence == c.source.sentence) {
        return false;
      }
    }
    return true;
  }

  // Whether a `；` stands between claim `c`'s figure and byte `at` of the sentence.
  bool ClosedBefore(const Claim& c, size_t at) const {
    for (size_t p = s_.text.find("；"); p != std::string::npos && p < at;
         p = s_.text.find("；", p + 1)) {
      if (s_.Cp(p) >= c.source.span_end) return true;
    }
    return false;
  }

  int LatestChange() const {
    return Latest([](const Claim& c) { return c.kind == ClaimKind::kChange; });
  }

  // Whether the figure at byte `at` opens a bracket right after a change's figure
  // (`增加27.47万元（402.20%）`).
  bool ParenthesisedAfterChange(size_t at) const {
    const int change = LatestChange();
    if (change < 0 || mine_.empty() || mine_.back() != change) return false;
    return s_.Cp(at) == out_[change].source.span_end + 1;
  }

  int LatestAmount() const {
    return Latest([](const Claim& c) { return c.kind == ClaimKind::kAmount; });
  }

  // The code point where the last sub-clause opened by `主要是`, `主要原因是`, `其中` … before
  // byte `at` starts, or -1: a rate after it is about the sub-clause's own subject.
  int SubClauseStart(size_t at) const {
    static const std::vector<std::string_view> kMarks = {"主要是", "主要原因是", "主要原因",
                                                         "原因是", "其中"};
    int start = -1;
    for (std::string_view m : kMarks) {
      for (size_t p = s_.text.find(m); p != std::string::npos && p < at;
           p = s_.text.find(m, p + m.size())) {
        start = std::max(start, s_.Cp(p));
      }
    }
    return start;
  }

  // Why a figure is not a restatement of a standard table ("" when it may be one): by its
  // section and the words of its clause.
  // `at`: the figure's byte offset in the sentence.
  std::string NotTableFact(const Claim& c, const std::string& clause_lead, size_t at) const {
    if (c.kind == ClaimKind::kCount || c.kind == ClaimKind::kPlaceholder) return "";
    if (Has(section_path_, "绩效")) return "performance";
    // A cell of a performance-indicator table read as text (`指标1：评审、审计费用61.5万元`,
    // `成本指标指标3：…`; cs-city-police's 项目支出绩效目标表 pages).
    if (indicator_pages_ &&
        indicator_pages_->contains(std::make_pair(c.source.file, c.source.page))) {
      return "performance";
    }
    static const RE2 kNumberedIndicator(R"(指标\d+[：:])");
    if (RE2::PartialMatch(std::string_view(s_.text).substr(0, at), kNumberedIndicator)) {
      return "performance";
    }
    if (Has(section_path_, "国有资产") || Has(section_path_, "资产占用")) return "asset";
    if (Has(clause_lead, "单价") || Has(clause_lead, "单位价值") || Has(clause_lead, "价值在")) {
      return "asset";
    }
    static const RE2 kIndicator(
        R"(≥|≤|＞|＜|>|<|不低于|不少于|不高于|不超过|满意|合格率|达标率|覆盖率|及时率|知晓率|)"
        R"(准确率|到位率|执行率|得分|指标|目标值|[=＝])");
    if (RE2::PartialMatch(clause_lead, kIndicator)) return "performance";
    if (c.kind == ClaimKind::kPercent && !money_in_sentence_) return "bare percentage";
    return "";
  }

  void ReadToken(const Token& t, const std::string& lead, const std::string& clause_lead) {
    static const RE2 kChangeVerb(
        R"((增加|减少|增长|下降|上升|降低|压减|节约|节省|缩减|提高|减|增)了?约?$)");
    const std::optional<Decimal> value = Decimal::Parse(t.number);
    const std::optional<Unit> money = MoneyUnit(t.unit);
    std::string verb;
    const bool change_word = RE2::PartialMatch(lead, kChangeVerb, &verb);
    if (money) {
      Claim& c = NewClaim(change_word ? ClaimKind::kChange : ClaimKind::kAmount, t.begin, t.end);
      c.value = value;
      c.unit = *money;
      const int id = c.id;
      if (change_word) {
        Claim& ch = out_[id];
        ch.direction = VerbDirection(verb);
        ch.compared_year = CompareYear(s_.text.substr(0, t.begin), year_);
        // The words before the verb and what trails it (`增加了约`), not just the verb's length.
        std::string before_verb = lead;
        RE2::Replace(&before_verb, kChangeVerb, "");
        std::string subject = SubjectOf(before_verb, department_);
        const int amount = LatestAmount();
        ch.measure = MeasureOf(lead);
        if (IsGenericSubject(subject) && amount < 0 && carried_ >= 0) {
          ch.subject = out_[carried_].subject;
          ch.subject_claim = carried_;
          return;
        }
        if (IsGenericSubject(subject) && amount >= 0) {
          // After a list (`A万元，其中：B万元，C万元；比2021年增加X万元`, `…C万元；支出比2025年
          // 增加X万元`) the change is the total's, not the last item's: a bare `收入`/`支出`
          // names the side's total, and so does a change with no subject once a `；` closed the
          // list.
          const int total = SentenceTotal();
          const bool side_word = subject == "收入" || subject == "支出";
          if (total >= 0 && total != amount && (side_word || ClosedBefore(out_[amount], t.begin))) {
            ch.subject = side_word ? subject : out_[total].subject;
            ch.subject_claim = total;
            return;
          }
          subject = out_[amount].subject;
        } else if (amount >= 0 && subject.size() >= 6 && subject != out_[amount].subject &&
                   out_[amount].subject.ends_with(subject)) {
          // `财政拨款收入总计、支出总计均为X万元，与上年相比收入总计、支出总计均增加Y万元`: the
          // subject repeats the amount's name without its qualifier.
          subject = out_[amount].subject;
        }
        ch.subject = subject;
        ch.subject_claim = SameSubjectAmount(subject);
        // A change is of the report's year's figure, never of the earlier figure it is compared
        // with (`2026年…预算数为7.61万元，2025年预算数为9.23万元，和2025年相比预算减少1.62万元`).
        // With no figure of the report's year (`收入预算XX万元，比2025年年初预算数1506121.45万元
        // 减少57334.09万元` with the figure left as residue), it is about none of them.
        if (ch.subject_claim >= 0 && out_[ch.subject_claim].year != year_) {
          out_[id].subject_claim = -1;
          for (auto it = mine_.rbegin(); it != mine_.rend(); ++it) {
            const Claim& x = out_[*it];
            if (x.kind == ClaimKind::kAmount && x.subject == subject && x.year == year_ &&
                x.measure != Measure::kPreviousYear) {
              out_[id].subject_claim = x.id;
              break;
            }
          }
        }
        return;
      }
      Claim& a = out_[id];
      a.measure = MeasureOf(lead);
      a.year =
          a.measure == Measure::kPreviousYear && year_ > 0 ? year_ - 1 : StatedYear(lead, year_);
      // The figure compared against, stated right after its year (`比2025年年初预算数1506121.45
      // 万元减少…`), is that year's.
      static const RE2 kComparedFigure(
          R"((?:比|较|与|同)(\d{4})年度?(?:年初|全年|当年)?(?:预算|执行|决算)?(?:执行)?数?(?:为|是)?$)");
      int compared = 0;
      if (RE2::PartialMatch(lead, kComparedFigure, &compared) && compared > 1990 &&
          compared < 2100) {
        a.year = compared;
      }
      std::string subject = SubjectOf(lead, department_);
      if (IsGenericSubject(subject)) {
        const int previous = Latest(
            [](const Claim& c) { return c.kind == ClaimKind::kAmount && !c.subject.empty(); });
        if (previous >= 0 && previous != id) {
          subject = out_[previous].subject;
        } else if (carried_ >= 0 && !out_[carried_].subject.empty() && !lead.empty() &&
                   t.begin > 0 && AloneInSentence(carried_)) {
          // (Not for a figure opening the sentence: a fragment of a sentence broken apart; nor
          // the total of a list before: `支出预算16497.86万元` is not the income total's.)
          subject = out_[carried_].subject;
        } else if (subject.empty() && !heading_label_.empty()) {
          subject = heading_label_;
        } else if (!label_.empty()) {
          subject = label_;
        }
      }
      a.subject = subject;
      return;
    }
    if (t.unit == "%") {
      ReadPercent(t, value, lead, clause_lead, change_word ? verb : std::string());
      return;
    }
    Claim& c = NewClaim(ClaimKind::kCount, t.begin, t.end);
    c.value = value;
    c.count_unit = t.unit;
    c.subject = SubjectOf(lead, department_);
  }

  void ReadPercent(const Token& t, const std::optional<Decimal>& value, const std::string& lead,
                   const std::string& clause_lead, const std::string& verb) {
    static const RE2 kRateWord(R"((增幅|降幅|减幅|增长率|下降率|增速)(?:为|是|达)?约?$)");
    std::string rate_word;
    ClaimKind kind = ClaimKind::kPercent;
    if (Has(clause_lead, "完成") || Has(clause_lead, "执行率") || Has(clause_lead, "执行进度")) {
      kind = ClaimKind::kCompletion;
    } else if (!verb.empty() || RE2::PartialMatch(lead, kRateWord, &rate_word)) {
      kind = ClaimKind::kGrowth;
    } else if ((lead == "（" || lead == "(") && ParenthesisedAfterChange(t.begin)) {
      // `较上年增加27.47万元（402.20%）`: the change's rate.
      kind = ClaimKind::kGrowth;
    } else if (Has(clause_lead, "占") || Has(clause_lead, "比重") || Has(clause_lead, "比例")) {
      kind = ClaimKind::kShare;
    }
    Claim& c = NewClaim(kind, t.begin, t.end);
    c.value = value;
    c.unit = Unit::kPercent;
    const int id = c.id;
    const int amount =
        Latest([id](const Claim& x) { return x.kind == ClaimKind::kAmount && x.id != id; });
    switch (kind) {
      case ClaimKind::kGrowth: {
        Claim& g = out_[id];
        const int paren_change = verb.empty() && rate_word.empty() ? LatestChange() : -1;
        g.direction = paren_change >= 0 ? out_[paren_change].direction
                      : !verb.empty()
                          ? VerbDirection(verb)
                          : (rate_word == "降幅" || rate_word == "减幅" || rate_word == "下降率"
                                 ? Direction::kDown
                                 : Direction::kUp);
        g.compared_year = CompareYear(s_.text.substr(0, t.begin), year_);
        // A rate in a `主要是…`/`其中…` sub-clause is about what the sub-clause names, never
        // about the change or amount before it.
        const int sub = SubClauseStart(t.begin);
        auto in_reach = [sub](const Claim& x) { return sub < 0 || x.source.span_begin >= sub; };
        g.change_claim =
            Latest([&](const Claim& x) { return x.kind == ClaimKind::kChange && in_reach(x); });
        const int near_amount = Latest([&](const Claim& x) {
          return x.kind == ClaimKind::kAmount && x.id != id && in_reach(x);
        });
        if (g.change_claim >= 0) {
          g.subject = out_[g.change_claim].subject;
          g.subject_claim = out_[g.change_claim].subject_claim;
          if (g.compared_year == 0) g.compared_year = out_[g.change_claim].compared_year;
        } else if (near_amount >= 0) {
          g.subject = out_[near_amount].subject;
          g.subject_claim = near_amount;
        } else if (sub < 0 && carried_ >= 0) {
          g.subject = out_[carried_].subject;
          g.subject_claim = carried_;
        } else if (sub >= 0) {
          std::string own = lead;
          if (!verb.empty() && own.size() >= verb.size()) own.resize(own.size() - verb.size());
          RE2::Replace(&own, kRateWord, "");
          g.subject = SubjectOf(own, department_);
        }
        break;
      }
      case ClaimKind::kCompletion: {
        Claim& k = out_[id];
        k.subject_claim = Latest([id](const Claim& x) {
          return x.kind == ClaimKind::kAmount && x.measure == Measure::kFinal && x.id != id;
        });
        k.base_claim = Latest([id](const Claim& x) {
          return x.kind == ClaimKind::kAmount && x.id != id &&
                 (x.measure == Measure::kInitialBudget || x.measure == Measure::kAdjustedBudget ||
                  x.measure == Measure::kBudget);
        });
        if (k.subject_claim >= 0) k.subject = out_[k.subject_claim].subject;
        if (Has(clause_lead, "年初预算")) k.measure = Measure::kInitialBudget;
        if (Has(clause_lead, "调整预算") || Has(clause_lead, "全年预算")) {
          k.measure = Measure::kAdjustedBudget;
        }
        break;
      }
      case ClaimKind::kShare: {
        Claim& sh = out_[id];
        const size_t zhan = clause_lead.find("占");
        std::string before =
            zhan == std::string::npos ? std::string() : clause_lead.substr(0, zhan);
        std::string base = zhan == std::string::npos ? std::string() : clause_lead.substr(zhan + 3);
        static const RE2 kBaseTail(R"((?:的|比重|比例|为|是|约|达)+$)");
        RE2::Replace(&base, kBaseTail, "");
        static const RE2 kBaseHead(R"(^(?:全部|总)$)");
        if (RE2::FullMatch(base, kBaseHead)) base.clear();
        before = SubjectOf(before, department_);
        if (!before.empty() && !IsGenericSubject(before)) {
          sh.subject = before;
          sh.subject_claim = Latest(
              [&](const Claim& x) { return x.kind == ClaimKind::kAmount && x.subject == before; });
        } else if (amount >= 0) {
          sh.subject = out_[amount].subject;
          sh.subject_claim = amount;
        }
        sh.base = base;
        sh.base_stated = !base.empty();
        if (!base.empty()) {
          sh.base_claim = Latest(
              [&](const Claim& x) { return x.kind == ClaimKind::kAmount && x.subject == base; });
        } else {
          // Unstated base: the total leading the sentence (an amount before the list, not an
          // item with a share of its own), else the total stated last before it in this part
          // of the report; never smaller than the part.
          const int lead_amount = SentenceTotal(id);
          if (lead_amount >= 0 && lead_amount != sh.subject_claim) {
            sh.base_claim = lead_amount;
          } else if (context_total_ >= 0 && context_total_ != sh.subject_claim) {
            sh.base_claim = context_total_;
          }
          if (sh.base_claim >= 0 && sh.subject_claim >= 0 &&
              Smaller(out_[sh.base_claim], out_[sh.subject_claim])) {
            sh.base_claim = -1;
          }
          if (sh.base_claim >= 0) sh.base = out_[sh.base_claim].subject;
        }
        break;
      }
      default:
        if (amount >= 0) out_[id].subject = out_[amount].subject;
        break;
    }
  }

  // The total a sentence states before its list: its first amount, unless words that open a list
  // (`其中`, `包括`, `分别`) come before it, it is last year's figure, or a share (other than
  // `except`) is about it (then it is the list's first item).
  int SentenceTotal(int except = -1) const {
    for (int m : mine_) {
      const Claim& c = out_[m];
      if (c.kind != ClaimKind::kAmount) continue;
      if (c.measure == Measure::kPreviousYear) return -1;
      if (AfterListOpening(c)) return -1;
      for (int k : mine_) {
        if (k != except && out_[k].kind == ClaimKind::kShare && out_[k].subject_claim == m)
          return -1;
      }
      return m;
    }
    return -1;
  }

 public:
  // The sentence's total (see SentenceTotal) once it is read, for the sentences after it.
  int Total() const { return SentenceTotal(); }

 private:
  // Whether `a` is below `b` (both money), beyond the precision shown.
  static bool Smaller(const Claim& a, const Claim& b) {
    if (!a.value || !b.value || a.unit == Unit::kPercent || b.unit == Unit::kPercent) return false;
    const auto bv = b.value->Convert(b.unit, a.unit);
    if (!bv) return false;
    return Interval::Of(*a.value).hi < Interval::Of(*bv).lo;
  }

  // `持平`, `决算数大于/小于预算数`: directions without a figure.
  void ReadDirectionWords() {
    static const RE2 kFlat(
        R"(((?:与|同|比|较)?(?:上年|\d{4}年度?|预算数?|年初预算)?(?:基本)?持平))");
    static const RE2 kVersus(
        R"(决算数?(?:均|略)?(大于|小于|高于|低于|超过|等于|同|与)(?:年初)?预算数?(持平)?)");
    re2::StringPiece input(s_.text);
    re2::StringPiece groups[3];
    size_t from = 0;
    while (from < s_.text.size() &&
           kVersus.Match(input, from, s_.text.size(), RE2::UNANCHORED, groups, 3)) {
      const size_t begin = groups[0].data() - s_.text.data();
      from = begin + groups[0].size();
      const std::string word(groups[1].data(), groups[1].size());
      Claim& c = NewClaim(ClaimKind::kCompletion, begin, from);
      c.direction = (word == "大于" || word == "高于" || word == "超过") ? Direction::kUp
                    : (word == "小于" || word == "低于")                 ? Direction::kDown
                                                                         : Direction::kFlat;
      c.subject_claim = LatestCompletionAmount();
    }
    from = 0;
    while (from < s_.text.size() &&
           kFlat.Match(input, from, s_.text.size(), RE2::UNANCHORED, groups, 2)) {
      const size_t begin = groups[0].data() - s_.text.data();
      from = begin + groups[0].size();
      const std::string_view words(groups[1].data(), groups[1].size());
      // `决算数同预算数持平` was read above as a completion direction.
      if (begin >= 3 && s_.text.compare(begin - 3, 3, "数") == 0) continue;
      if (Has(words, "预算")) continue;
      const int before_cp = s_.Cp(begin);
      const int amount = Latest([before_cp](const Claim& x) {
        return x.kind == ClaimKind::kAmount && x.source.span_end <= before_cp;
      });
      Claim& c = NewClaim(ClaimKind::kGrowth, begin, from);
      c.direction = Direction::kFlat;
      c.compared_year = CompareYear(words, year_);
      if (amount >= 0) {
        c.subject_claim = amount;
        c.subject = out_[amount].subject;
      }
    }
  }

  int LatestCompletionAmount() const {
    for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
      if (it->source.section != (s_.block ? s_.block->section : -1)) break;
      if (it->kind == ClaimKind::kAmount && it->measure == Measure::kFinal) return it->id;
    }
    return -1;
  }

  // `A万元，其中：B万元；C万元`: the total before 其中 and the amounts after it.
  void ReadCompositions() {
    size_t at = 0;
    while ((at = s_.text.find("其中", at)) != std::string::npos) {
      const int where = s_.Cp(at);
      const size_t next = s_.text.find("其中", at + 6);
      const int until = next == std::string::npos ? 1 << 30 : s_.Cp(next);
      at += 6;
      int total = -1;
      std::vector<int> parts;
      for (int m : mine_) {
        const Claim& c = out_[m];
        if (c.kind != ClaimKind::kAmount) continue;
        if (c.source.span_end <= where) total = m;
        if (c.source.span_begin > where && c.source.span_begin < until) parts.push_back(m);
      }
      if (total < 0 || parts.empty()) continue;
      const Claim total_claim = out_[total];
      size_t begin_byte = 0, end_byte = s_.text.size();
      for (size_t b = 0; b < s_.text.size(); ++b) {
        if (s_.Cp(b) == total_claim.source.span_begin) {
          begin_byte = b;
          break;
        }
      }
      for (size_t b = 0; b <= s_.text.size(); ++b) {
        if (s_.Cp(b) == out_[parts.back()].source.span_end) {
          end_byte = b;
          break;
        }
      }
      Claim& c = NewClaim(ClaimKind::kComposition, begin_byte, end_byte);
      c.value = total_claim.value;
      c.unit = total_claim.unit;
      c.subject = total_claim.subject;
      c.measure = total_claim.measure;
      c.subject_claim = total;
      c.parts = parts;
    }
  }

  void ReadPlaceholders() {
    for (const PlaceholderMatch& m : FindPlaceholders(s_.text)) {
      Claim& c = NewClaim(ClaimKind::kPlaceholder, m.begin, m.end);
      c.text = s_.text.substr(m.begin, m.end - m.begin);
      c.subject = m.kind;
    }
  }

  const Sentence& s_;
  int year_;
  int context_total_;
  int carried_;
  std::string label_;
  std::string heading_label_;
  std::string section_path_;
  const std::set<std::pair<int, int>>* indicator_pages_;
  std::string_view department_;  // the report's department ("" when unknown): SubjectOf
  std::vector<Claim>& out_;
  std::vector<int> mine_;
  bool money_in_sentence_ = false;
};

// Whether the claims `mine` of one sentence include a change or growth: a change after such a
// sentence may be of any of its figures (`其中：…运行维护费6.7万元，比上年减少2.3万元。）比上年
// 减少2.3万元，下降25.6%`, gz-city-statistics-2026 p.23), so none is carried.
bool StatesChange(const std::vector<Claim>& out, const std::vector<int>& mine) {
  return std::any_of(mine.begin(), mine.end(), [&](int m) {
    return out[m].kind == ClaimKind::kChange || out[m].kind == ClaimKind::kGrowth;
  });
}

// `total` (a claim of `mine`, the claims of one sentence) when it leads a list: every other
// amount of the sentence stands after a word opening a list (`其中`, `包括`, `主要用于`, `分别`)
// that follows the total, and the sentence states no change; -1 otherwise.
int ListTotal(const std::vector<Claim>& out, const std::vector<int>& mine, int total) {
  if (total < 0 || StatesChange(out, mine)) return -1;
  const Claim& t = out[total];
  const std::u32string sentence = DecodeUtf8(t.source.sentence);
  for (int m : mine) {
    const Claim& c = out[m];
    if (m == total || c.kind != ClaimKind::kAmount) continue;
    if (c.source.span_begin <= t.source.span_end) return -1;
    const std::u32string between =
        sentence.substr(t.source.span_end,
                        std::min<size_t>(sentence.size(), c.source.span_begin) - t.source.span_end);
    bool listed = false;
    for (std::u32string_view w : {std::u32string_view(U"其中"), std::u32string_view(U"包括"),
                                  std::u32string_view(U"主要用于"), std::u32string_view(U"分别")}) {
      listed = listed || between.find(w) != std::u32string::npos;
    }
    if (!listed) return -1;
  }
  return total;
}

// Whether the claims `mine` of one sentence are several amounts that all stand after a word
// opening a list (`包括`, `其中`, `分别`, `主要用于`), with no change stated: parts of a total
// stated before the sentence.
bool ListsPartsOnly(const std::vector<Claim>& out, const std::vector<int>& mine) {
  int amounts = 0, first = -1;
  for (int m : mine) {
    if (out[m].kind != ClaimKind::kAmount) continue;
    if (out[m].measure == Measure::kPreviousYear) return false;
    if (first < 0) first = m;
    ++amounts;
  }
  if (amounts < 2 || StatesChange(out, mine)) return false;
  return AfterListOpening(out[first]);
}

// A figure-free sentence as a subject label: its ordinal and final stop removed.
std::string LabelOf(std::string text) {
  static const RE2 kStop(R"([。：:；;，]+$)");
  RE2::Replace(&text, kStop, "");
  return SubjectOf(text);
}

// The (file, page) pairs whose narrative text is a performance-indicator table (绩效目标表 read
// as text): the page names at least two of the indicator table's column or level words
// (`一级指标`, `二级指标`, `指标值`, `产出指标`, `成本指标` …). A page continuing such a table
// without its header still names its levels (`成本指标`, `效益指标`).
std::set<std::pair<int, int>> IndicatorTablePages(const std::vector<NarrativeBlock>& blocks) {
  static const std::u32string_view kWords[] = {U"一级指标", U"二级指标", U"三级指标",  U"指标值",
                                               U"产出指标", U"效益指标", U"成本指标",  U"数量指标",
                                               U"质量指标", U"时效指标", U"满意度指标"};
  std::map<std::pair<int, int>, unsigned> seen;  // (file, page) → bit set of kWords found
  for (const NarrativeBlock& block : blocks) {
    for (size_t w = 0; w < std::size(kWords); ++w) {
      for (size_t at = block.text.find(kWords[w]); at != std::u32string::npos;
           at = block.text.find(kWords[w], at + 1)) {
        const int page = at < block.positions.size() && block.positions[at].page > 0
                             ? block.positions[at].page
                             : block.page;
        seen[{block.file, page}] |= 1u << w;
      }
    }
  }
  std::set<std::pair<int, int>> pages;
  for (const auto& [page, words] : seen) {
    if (std::popcount(words) >= 2) pages.insert(page);
  }
  return pages;
}

}  // namespace

int ExtractClaims(const std::vector<NarrativeBlock>& blocks, int report_year,
                  std::vector<Claim>& out, const std::vector<Section>* sections,
                  const std::string& department) {
  const int section_count = sections ? static_cast<int>(sections->size()) : 0;
  // The part of the report a share's unstated base is looked for in: the nearest enclosing
  // section of level 2 (`（一）`) or above, so `2.…结构情况` reads the total of its `（五）`.
  auto scope_of = [&](int section) {
    while (section >= 0 && section < section_count && (*sections)[section].level > 2 &&
           (*sections)[section].parent >= 0) {
      section = (*sections)[section].parent;
    }
    return section;
  };
  auto path_of = [&](int section) {
    std::string path;
    for (int s = section; s >= 0 && s < section_count; s = (*sections)[s].parent) {
      path = (*sections)[s].heading + "\n" + path;
    }
    return path;
  };
  int sentences = 0;
  const std::set<std::pair<int, int>> indicator_pages = IndicatorTablePages(blocks);
  std::map<std::pair<int, int>, int> totals;  // (file, scope section) → claim id
  std::string label;
  // The subject a heading names (`（一）因公出国（境）经费`, `(二)支出预算:`), for the first
  // sentence with figures after it: `2026年预算安排7.05万元` states the heading's figure
  // (fz-city-civilaffairs-2026 p.27). "" once that sentence is read.
  std::string heading_label;
  int carried = -1, carried_section = -2;
  const NarrativeBlock* carried_block = nullptr;  // the paragraph of the last sentence read
  for (const NarrativeBlock& block : blocks) {
    const std::string path = path_of(block.section);
    if (block.heading_length > 0) {
      // A whole heading: the block itself, or words up to a colon or a full stop (`(二)支出预算:`,
      // `（一）收入预算。`), not words cut short at a figure or at the heading's length limit.
      const std::u32string_view heading =
          std::u32string_view(block.text).substr(0, block.heading_length);
      const bool whole = heading.size() == block.text.size() || heading.ends_with(U"：") ||
                         heading.ends_with(U":") || block.text[heading.size()] == U'。';
      const std::string text = EncodeUtf8(heading);
      heading_label = whole && Tokens(text).empty() ? LabelOf(text) : std::string();
    }
    for (const auto& [begin, end] : SplitSentences(block.text)) {
      ++sentences;
      const Sentence s = MakeSentence(&block, block.text, begin, end);
      const auto key = std::make_pair(block.file, scope_of(block.section));
      const auto found = totals.find(key);
      SentenceReader reader(s, report_year, found == totals.end() ? -1 : found->second,
                            carried_section == block.section ? carried : -1, label, path, out,
                            &indicator_pages, heading_label, department);
      reader.Read();
      if (!reader.Mine().empty()) heading_label.clear();
      // The sentence's one amount, for the next sentence to carry. A sentence with no figure
      // in the same paragraph (`主要用于：行政单位的基本支出。`) keeps the topic: the amount before
      // it is still carried (sh-putuo-justice-2026-dept-budget.pdf p.8).
      const bool figure_free = reader.Mine().empty() && carried_block == &block;
      carried_block = &block;
      // A sentence that only lists parts (`按支出功能分类，包括教育支出54.94万元，…`) keeps the
      // total carried before it: `比2025年减少29,815.76万元` after the list is the total's
      // (cq-city-planning-2026 p.4).
      const bool parts_only = ListsPartsOnly(out, reader.Mine());
      if (!figure_free && !parts_only) {
        carried = -1;
        carried_section = block.section;
        int amounts = 0;
        for (int m : reader.Mine()) {
          if (out[m].kind == ClaimKind::kAmount) {
            ++amounts;
            carried = m;
          }
        }
        // A total and its list (`口岸管理业务40,000.70万元,主要包括：口岸管养工作38,297.20万元，
        // …。较2025年年初预算增加569.63万元`, sz-city-portoffice-2026 p.7): the total.
        if (amounts > 1) carried = ListTotal(out, reader.Mine(), reader.Total());
        if (amounts == 0) carried = -1;
      }
      // A figure-free sentence naming a budget subject (`…（款）…（项）。`) labels what follows.
      static const RE2 kSubjectLabel(R"([（(](?:类|款|项)[）)])");
      if (Tokens(s.text).empty() && end - begin <= 80 && RE2::PartialMatch(s.text, kSubjectLabel)) {
        label = LabelOf(s.text);
      }
      const int total = reader.Total();
      if (total >= 0) totals[key] = total;
    }
  }
  return sentences;
}

std::vector<Claim> ClaimsOfSentence(const std::string& sentence, int report_year,
                                    const std::string& department) {
  const std::u32string u32 = DecodeUtf8(sentence);
  NarrativeBlock block;
  block.text = u32;
  block.positions.resize(u32.size());
  std::vector<Claim> out;
  ExtractClaims({block}, report_year, out, nullptr, department);
  for (Claim& c : out) c.source.page = 0;
  return out;
}

std::vector<std::pair<int, int>> NumericTokens(const std::u32string& text) {
  static const RE2 kToken(R"((\d[\d,]*(?:\.\d+)?)(?:亿元|万元|千元|元|%))");
  const Sentence s = MakeSentence(nullptr, text, 0, static_cast<int>(text.size()));
  std::vector<std::pair<int, int>> out;
  re2::StringPiece input(s.text);
  re2::StringPiece match;
  size_t from = 0;
  while (from < s.text.size() &&
         kToken.Match(input, from, s.text.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t begin = match.data() - s.text.data();
    from = begin + match.size();
    if (PrecededByFigure(s.text, begin)) continue;
    out.emplace_back(s.Cp(begin), s.Cp(from));
  }
  return out;
}

}  // namespace fiscalcheck
