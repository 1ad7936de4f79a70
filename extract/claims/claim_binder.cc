#include "extract/claims/claim_binder.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>

#include "extract/utf8.h"

namespace fiscalcheck {
namespace {

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// What a table's title says it holds, as a match key: `一般公共预算财政拨款支出决算表` →
// `一般公共预算财政拨款支出`.
std::string TitleTopic(const Table& t) {
  std::string title = MatchKey(t.title);
  static const RE2 kYear(R"(^.*?\d{4}年度?)");
  static const RE2 kTail(R"((?:\(功能分类\)|（功能分类）)?(?:决算|预算)?(?:总)?(?:情况)?表$)");
  RE2::Replace(&title, kYear, "");
  RE2::Replace(&title, kTail, "");
  return title;
}

bool IsTotalRow(const TableRow& row) {
  return row.name.find("合计") != std::string::npos || row.name.find("总计") != std::string::npos;
}

std::string StripSuffix(std::string s, std::string_view suffix) {
  if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
    s.resize(s.size() - suffix.size());
  }
  return s;
}

// The 三公 and 机关运行经费 items, and T6's 人员经费/公用经费, under any of their printed names
// (a 三公 item also as `…支出`, as T7 rows name them: `（一）因公出国（境）支出`)
// with only budget wording around them (`一般公共预算拨款安排的机关运行经费支出`,
// `公务用车运行维护费 预算支出`, `机关运行经费预算数`): a form `=` + the canonical item, ""
// otherwise. An owner or qualifier that narrows the item (`在职人员经费`, `信访局临聘人员经费`,
// `日常公用经费`) is no such form.
std::string ConceptForm(const std::string& key) {
  static const RE2 kConcept(
      R"(^(?:本部门|本单位|\(本级\)|本级|部门|单位|行政单位及?|(?:行政类)?参公事业单位|一般公共预算|)"
      R"(财政拨款|拨款|安排|的|当年|本年|年度|\d{4}年度?)*)"
      R"((机关运行经费|因公出国\(境\)(?:经?费|支出)|公务用车购置及运行(?:维护)?(?:经?费|支出)|)"
      R"(公务用车购置(?:经?费?|支出)|公务用车运行及?(?:维护)?(?:经?费?|支出)|公务接待(?:经?费|支出)|)"
      R"(人员经费|公用经费|会议费|培训费))"
      R"((?:财政拨款)?(?:预算|决算)?(?:支出)?(?:预算|决算)?数?(?:合计|总额|总计)?$)");
  std::string item;
  if (!RE2::FullMatch(key, kConcept, &item)) return "";
  static const RE2 kCanonical[] = {
      RE2(R"(^因公出国.*)"),     RE2(R"(^公务用车购置及.*)"), RE2(R"(^公务用车购置.*)"),
      RE2(R"(^公务用车运行.*)"), RE2(R"(^公务接待.*)"),
  };
  static const char* const kNames[] = {"因公出国(境)费", "公务用车购置及运行费", "公务用车购置费",
                                       "公务用车运行费", "公务接待费"};
  for (size_t i = 0; i < std::size(kNames); ++i) {
    if (RE2::FullMatch(item, kCanonical[i])) return std::string("=") + kNames[i];
  }
  return "=" + item;
}

// The forms a key is compared in: as is, without a trailing `支出`/`费`/`合计`, and without
// `财政拨款` inside (`“三公”经费财政拨款支出` names the `财政拨款“三公”经费` columns).
std::vector<std::string> KeyForms(const std::string& key) {
  std::vector<std::string> forms = {key};
  // Budget wording puts 预算 inside the name: `本年收入预算合计`, `收入预算总计`.
  for (std::string_view infix : {"收入预算", "支出预算"}) {
    const size_t at = key.find(infix);
    if (at != std::string::npos) {
      std::string f = key;
      f.erase(at + 6, 6);
      forms.push_back(f);
    }
  }
  // `收入支出总计` is both totals of a balanced table: the income one names it.
  if (key.size() > 12 && key.compare(key.size() - 12, 12, "收入支出总计") == 0) {
    forms.push_back(key.substr(0, key.size() - 12) + "收入总计");
    if (key.size() == 18) forms.push_back("总计");  // `收入支出总计`: T1's bare 总计 rows
  }
  std::string k = StripSuffix(StripSuffix(key, "合计"), "支出");
  // A `…费` is an economic item (培训费, 30216) and a `…支出` a functional one (培训支出,
  // 2050803): the stem of a `费` keeps a mark, so the two never meet by their stems.
  if (k.size() < 6 || k.compare(k.size() - 6, 6, "经费") != 0) {
    const std::string stem = StripSuffix(k, "费");
    if (stem != k) k = stem + "#费";
  }
  if (k.size() >= 6) forms.push_back(k);
  std::string without = k;
  ReplaceAll(without, "财政拨款", "");
  if (without.size() >= 12 && without != k) forms.push_back(without);
  if (std::string item = ConceptForm(key); !item.empty()) forms.push_back(item);
  // `一般公共预算财政拨款收入` is printed `一般公共预算拨款` in some tables.
  std::string short_form = StripSuffix(StripSuffix(k, "收入"), "资金");
  ReplaceAll(short_form, "财政拨款", "拨款");
  if (short_form.size() >= 12 && short_form != k) forms.push_back(short_form);
  return forms;
}

bool IsMeasureLabel(const std::string& label) {
  static const RE2 kMeasure(R"((?:年初)?(?:预算|决算|执行)数?|金额|本年数|全年数)");
  return RE2::FullMatch(label, kMeasure);
}

// The label a column is named by: the deepest header label that is not a measure (`决算数`);
// a `合计`/`小计` column is named by the label above it.
std::string ColumnName(const Column& c) {
  for (int i = static_cast<int>(c.path.size()) - 1; i >= 0; --i) {
    const std::string& label = c.path[i];
    if (IsMeasureLabel(label)) continue;
    if ((label == "合计" || label == "小计") && i > 0) return c.path[i - 1];
    // T7's `公务用车购置及运行费 › 购置费`: the item under its vehicle heading.
    static const RE2 kVehiclePart(R"((?:购置|运行(?:维护)?)费?)");
    if (i > 0 && RE2::FullMatch(label, kVehiclePart) &&
        c.path[i - 1].find("公务用车") != std::string::npos) {
      return "公务用车" + label;
    }
    return label;
  }
  return c.path.empty() ? std::string() : c.path.back();
}

// Whether a header label of the column names the measure `word` (预算 or 决算) by itself:
// `预算数`, `年初预算`, `决算数` — not `一般公共预算` inside a fund's name.
bool PathHas(const Column& c, std::string_view word) {
  static const RE2 kBudget(R"((?:年初|全年|调整后?)?预算数?)");
  static const RE2 kFinal(R"(决算数?)");
  for (const std::string& label : c.path) {
    if (RE2::FullMatch(label, word == "预算" ? kBudget : kFinal)) return true;
  }
  return false;
}

// A row that is a measure (`预算数`/`决算数`: T7 printed with one row per measure): "预算",
// "决算" or "".
std::string RowMeasure(const TableRow& row) {
  static const RE2 kBudget(R"((?:年初|全年|调整后?)?预算数?)");
  static const RE2 kFinal(R"(决算数?)");
  std::string name;
  for (char ch : row.name) {
    if (ch != ' ') name += ch;
  }
  if (RE2::FullMatch(name, kBudget)) return "预算";
  if (RE2::FullMatch(name, kFinal)) return "决算";
  return "";
}

bool BudgetMeasure(Measure m) {
  return m == Measure::kInitialBudget || m == Measure::kAdjustedBudget || m == Measure::kBudget;
}

// The amount column of `lane` a row-name match reads: the measure's column where the table
// has one per measure, else the lane's first amount column.
int ValueColumn(const Table& t, int lane, Measure measure) {
  int first = -1;
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != lane) continue;
    if (first < 0) first = c.index;
    const bool budget = measure == Measure::kInitialBudget || measure == Measure::kAdjustedBudget ||
                        measure == Measure::kBudget;
    if (budget && PathHas(c, "预算")) return c.index;
    if (measure == Measure::kFinal && PathHas(c, "决算")) return c.index;
  }
  return first;
}

std::optional<Decimal> CellIn(const Table& t, const FactRef& f, Unit unit) {
  const Cell& cell = t.rows[f.row].cells[f.column];
  Decimal v = cell.value ? *cell.value : Decimal(0, 2);
  if (!cell.value && !cell.blank()) return std::nullopt;
  if (t.unit == Unit::kNone || unit == Unit::kNone || t.unit == unit) return v;
  return v.Convert(t.unit, unit);
}

// The name of the nearest row above `row` of a higher level (its parent in the hierarchy).
std::string ParentName(const Table& t, size_t row) {
  const int level = t.rows[row].level;
  if (level <= 1) return "";
  for (size_t i = row; i-- > 0;) {
    if (t.rows[i].lane == t.rows[row].lane && t.rows[i].level > 0 && t.rows[i].level < level) {
      return MatchKey(t.rows[i].name);
    }
  }
  return "";
}

// A name's match forms (KeyForms of its MatchKey), computed once; empty for an empty key.
struct Forms {
  std::vector<std::string> forms;
};

Forms FormsOfKey(const std::string& key) { return key.empty() ? Forms{} : Forms{KeyForms(key)}; }

// Two names match when any of their forms are equal.
bool Matches(const Forms& a, const Forms& b) {
  for (const std::string& x : a.forms) {
    for (const std::string& y : b.forms) {
      if (x == y) return true;
    }
  }
  return false;
}

// The names of every table, row and column as match forms: binding compares each claim with
// every row, so the names are reduced once per report, not once per comparison.
struct TableNames {
  Forms topic;
  std::vector<Forms> rows, parents, columns;
};

std::vector<TableNames> IndexNames(const std::vector<Table>& tables) {
  std::vector<TableNames> index(tables.size());
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    TableNames& n = index[ti];
    n.topic = FormsOfKey(TitleTopic(t));
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      n.rows.push_back(FormsOfKey(MatchKey(t.rows[ri].name)));
      n.parents.push_back(FormsOfKey(ParentName(t, ri)));
    }
    for (const Column& c : t.columns) n.columns.push_back(FormsOfKey(MatchKey(ColumnName(c))));
  }
  return index;
}

// Whether a header label of the column names a year other than `year` (`2025年预算数`), the
// year before (`上年`) or a difference (`增减`).
bool OtherYear(const Column& c, int year) {
  static const RE2 kYear(R"((\d{4})年)");
  for (const std::string& label : c.path) {
    int y = 0;
    if (RE2::PartialMatch(label, kYear, &y) && y != year) return true;
    if (label.starts_with("上年") || label.find("增减") != std::string::npos) return true;
  }
  return false;
}

void Candidates(const std::vector<Table>& tables, const std::vector<TableNames>& names,
                const Claim& claim, std::vector<FactRef>& out) {
  // `A（类）B（款）C（项）`: the row named C whose parent is B.
  static const RE2 kQualifier(R"([（(]\d*(?:类|款|项)[）)])");
  std::vector<std::string> chain;
  {
    std::string rest = claim.subject;
    re2::StringPiece input(rest);
    re2::StringPiece m;
    size_t from = 0;
    while (from < rest.size() &&
           kQualifier.Match(input, from, rest.size(), RE2::UNANCHORED, &m, 1)) {
      const size_t at = m.data() - rest.data();
      if (at > from) chain.push_back(MatchKey(rest.substr(from, at - from)));
      from = at + m.size();
    }
    if (from < rest.size() && !chain.empty()) chain.push_back(MatchKey(rest.substr(from)));
  }
  std::erase_if(chain, [](const std::string& k) { return k.empty(); });
  // `…（款）行政运行（项）支出`: a bare `支出` after the last level is a suffix, not a level.
  if (chain.size() > 2 && (chain.back() == "支出" || chain.back() == "收入")) chain.pop_back();
  // `住房保障（类）支出` is one name with a qualifier inside, not a chain.
  if (chain.size() == 2 && chain.back().size() <= 6) chain.clear();
  std::string key = chain.size() > 1 ? chain.back() : MatchKey(claim.subject);
  const std::string parent = chain.size() > 1 ? chain[chain.size() - 2] : std::string();
  if (key.empty()) return;
  const Forms key_forms = FormsOfKey(key);
  const Forms parent_forms = FormsOfKey(parent);
  std::vector<FactRef> orphans;
  static const RE2 kCode(R"((\d{3}(?:\d{2}){0,2}))");
  std::string code;
  RE2::PartialMatch(key, kCode, &code);
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    if (!t.insufficient_data.empty()) continue;
    const TableNames& n = names[ti];
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      const TableRow& row = t.rows[ri];
      const bool total = IsTotalRow(row);
      // A code read from two code columns (`类` + the full code: `2052050803` for 2050803, as
      // xa-city tables print it) is still that code.
      bool row_named = !code.empty() ? (row.code == code ||
                                        (code.size() > 3 && row.code == code.substr(0, 3) + code))
                                     : Matches(key_forms, n.rows[ri]);
      if (row_named && !parent.empty() && !Matches(parent_forms, n.parents[ri])) {
        // The stated parent does not match: kept as a weaker candidate.
        orphans.push_back({static_cast<int>(ti), t.code, static_cast<int>(ri),
                           ValueColumn(t, row.lane, claim.measure)});
        continue;
      }
      if (!row_named && total && Matches(key_forms, n.topic)) row_named = true;
      if (row_named) {
        const int col = ValueColumn(t, row.lane, claim.measure);
        if (col >= 0) {
          out.push_back({static_cast<int>(ti), t.code, static_cast<int>(ri), col});
        }
        continue;
      }
      const bool single_row =
          t.rows.size() <= 2 && (t.code == TableCode::kT7 || t.code == TableCode::kT12);
      if (!total && !single_row) continue;
      // A code or a `（类）…（项）` chain names a row, never a column (`培训支出（项）` is not T7's
      // 培训费 column).
      if (!code.empty() || chain.size() > 1) continue;
      for (size_t ci = 0; ci < t.columns.size(); ++ci) {
        const Column& c = t.columns[ci];
        if (c.kind != ColumnKind::kAmount || c.lane != row.lane || c.path.empty()) continue;
        if (!Matches(key_forms, n.columns[ci])) continue;
        // T7 printed for two years side by side: never a column headed by another year.
        if (OtherYear(c, claim.year)) continue;
        // In a table with budget and final columns, the claim's measure picks the side.
        const std::string row_measure = RowMeasure(row);
        const bool budget_side = PathHas(c, "预算") || row_measure == "预算";
        const bool final_side = PathHas(c, "决算") || row_measure == "决算";
        if (final_side && claim.measure == Measure::kBudget && !row_measure.empty()) continue;
        if (budget_side && claim.measure == Measure::kFinal) continue;
        if (final_side && (claim.measure == Measure::kInitialBudget ||
                           claim.measure == Measure::kAdjustedBudget)) {
          continue;
        }
        out.push_back({static_cast<int>(ti), t.code, static_cast<int>(ri), c.index});
      }
    }
  }
  if (out.empty()) {
    for (const FactRef& f : orphans) {
      if (f.column >= 0) out.push_back(f);
    }
  }
}

// A table's own total: its 合计/总计 row (T7 printed as one row: that row) in the claim's
// measure column; nullopt when the table has no such row.
std::optional<FactRef> TableTotal(const std::vector<Table>& tables, size_t ti, const Claim& claim) {
  const Table& t = tables[ti];
  if (!t.insufficient_data.empty()) return std::nullopt;
  // The grand total (`收入总计`, with carry-overs) before the year's (`本年收入合计`).
  int row = -1;
  for (std::string_view word : {"总计", "合计"}) {
    for (size_t ri = 0; ri < t.rows.size() && row < 0; ++ri) {
      if (t.rows[ri].lane == 0 && t.rows[ri].name.find(word) != std::string::npos) {
        row = static_cast<int>(ri);
      }
    }
  }
  if (row < 0 && t.code == TableCode::kT7 && t.rows.size() == 1) row = 0;
  if (row < 0 && t.code == TableCode::kT7) {
    // One row per measure: the claim's measure picks it.
    const std::string want = claim.measure == Measure::kFinal ? "决算"
                             : BudgetMeasure(claim.measure)   ? "预算"
                                                              : "";
    for (size_t ri = 0; ri < t.rows.size() && row < 0 && !want.empty(); ++ri) {
      if (RowMeasure(t.rows[ri]) == want) row = static_cast<int>(ri);
    }
  }
  if (row < 0) return std::nullopt;
  // The measure's first amount column, never one headed by another year (`2025年预算数`).
  const bool budget = claim.measure == Measure::kInitialBudget ||
                      claim.measure == Measure::kAdjustedBudget ||
                      claim.measure == Measure::kBudget;
  // T7's total is its “三公” 小计 where the table also holds 会议费/培训费 (then its 合计 is
  // not the 三公经费).
  bool meetings = false;
  for (const Column& c : t.columns) {
    for (const std::string& label : c.path) {
      meetings = meetings || label.find("会议费") != std::string::npos ||
                 label.find("培训费") != std::string::npos;
    }
  }
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != t.rows[row].lane) continue;
    if (OtherYear(c, claim.year)) continue;
    if (budget && PathHas(c, "决算")) continue;
    if (claim.measure == Measure::kFinal && PathHas(c, "预算")) continue;
    if (t.code == TableCode::kT7 && meetings) {
      bool sangong_total = false;
      for (size_t i = 0; i + 1 < c.path.size(); ++i) {
        sangong_total = sangong_total || (c.path[i].find("三公") != std::string::npos &&
                                          (c.path.back() == "小计" || c.path.back() == "合计") &&
                                          i + 2 == c.path.size());
      }
      if (!sangong_total) continue;
    }
    return FactRef{static_cast<int>(ti), t.code, row, c.index};
  }
  return std::nullopt;
}

// Budget wording for a table's total that no row or column is named by: `收支总预算` (T1's 收入
// 总计), `财政拨款收支总预算` (T4's), `一般公共预算拨款支出` (T5's 合计), `政府性基金拨款支出`
// (T8's), `国有资本经营预算拨款支出` (T9's), `“三公”经费` (T7's 合计).
std::vector<FactRef> TotalByWording(const std::vector<Table>& tables, const Claim& claim,
                                    std::optional<TableCode>* named = nullptr) {
  std::string key = MatchKey(claim.subject);
  for (std::string_view noise : {"、", "，", "预算", "当年", "本部门", "安排的", "安排"}) {
    ReplaceAll(key, noise, "");
  }
  // Wording → table, tried in this order (T4's wording contains T1's).
  struct Wording {
    RE2 pattern;
    TableCode code;
  };
  static const Wording kWordings[] = {
      {{R"(财政拨款(?:收支总计?|收入支出总计|收入总计支出总计均?))"}, TableCode::kT4},
      {{R"((?:收支总计?|收入支出总计|收入总计支出总计均?))"}, TableCode::kT1},
      {{R"(一般公共(?:财政)?(?:拨款)?(?:支出)?)"}, TableCode::kT5},
      {{R"(政府性基金(?:拨款)?(?:支出){0,2})"}, TableCode::kT8},
      {{R"(国有资本经营(?:拨款)?(?:支出){0,2})"}, TableCode::kT9},
      {{R"((?:财政拨款|一般公共)?三公经费(?:支出)?(?:合计|总额)?)"}, TableCode::kT7},
      // `财政拨款基本支出预算18570.82万元`: the 基本支出表's 合计.
      {{R"((?:一般公共(?:财政)?(?:拨款)?|财政拨款)基本支出)"}, TableCode::kT6},
  };
  std::optional<TableCode> code;
  for (const Wording& w : kWordings) {
    if (RE2::FullMatch(key, w.pattern)) {
      code = w.code;
      break;
    }
  }
  std::vector<FactRef> out;
  if (!code) return out;
  if (named) *named = code;
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    if (tables[ti].code != *code) continue;
    // A T6 that is all spending by economic class (`一般公共预算支出经济分类情况表`) holds no
    // 基本支出 total.
    if (*code == TableCode::kT6 && tables[ti].title.find("基本支出") == std::string::npos) {
      continue;
    }
    if (auto f = TableTotal(tables, ti, claim)) out.push_back(*f);
  }
  return out;
}

void BindAmount(const std::vector<Table>& tables, const std::vector<TableNames>& names,
                const std::vector<Section>& sections, Claim& claim) {
  if (tables.empty()) {
    claim.unbound_reason = "the report has no tables";
    return;
  }
  if (claim.measure == Measure::kPreviousYear) {
    claim.unbound_reason = "a previous year's figure: no table of the report holds it";
    return;
  }
  if (claim.subject.empty()) {
    claim.unbound_reason = "no subject named before the figure";
    return;
  }
  // A 决算 report's tables hold final figures only (but for 预算数 columns such as T7's); a
  // budget's tables hold no final figures.
  bool final_tables = false;
  for (const Table& t : tables) {
    if (t.title.find("决算") != std::string::npos) final_tables = true;
  }
  const bool budget_measure = claim.measure == Measure::kInitialBudget ||
                              claim.measure == Measure::kAdjustedBudget ||
                              (final_tables && claim.measure == Measure::kBudget);
  if (!final_tables && claim.measure == Measure::kFinal) {
    claim.unbound_reason = "a final-accounts figure: the budget's tables do not hold it";
    return;
  }
  std::vector<FactRef> all;
  Candidates(tables, names, claim, all);
  // A bare `收入` / `支出` (`收入预算37,151.47万元`) is the report's total of that side: the
  // year's total if the tables print one, else the grand total.
  const std::string bare = MatchKey(claim.subject);
  if (all.empty() && (bare == "收入" || bare == "支出")) {
    for (const std::string& total : {"本年" + bare + "合计", bare + "总计"}) {
      Claim named = claim;
      named.subject = total;
      Candidates(tables, names, named, all);
      if (!all.empty()) break;
    }
  }
  // `部门预算收入55,884.67万元`, `预算支出1682.76万元`: T1's total of the year or its grand
  // total, both named; the figure settles which (or the claim stays ambiguous).
  if (all.empty() && (bare == "预算收入" || bare == "预算支出" || bare == "部门预算收入" ||
                      bare == "部门预算支出")) {
    const std::string side = bare.substr(bare.size() - 6);
    for (const std::string& total : {"本年" + side + "合计", side + "总计"}) {
      Claim named = claim;
      named.subject = total;
      Candidates(tables, names, named, all);
    }
    // The department's totals are T1's (T4's are the 财政拨款 part only).
    std::erase_if(all, [](const FactRef& f) { return f.code != TableCode::kT1; });
  }
  std::optional<TableCode> total_named;
  if (all.empty()) all = TotalByWording(tables, claim, &total_named);
  if (all.empty()) {
    // `财政拨款安排公务接待费`, `一般公共预算拨款安排的培训费`: the item after `安排`.
    static const RE2 kArranged(R"(^.*?安排的?)");
    Claim named = claim;
    if (RE2::Replace(&named.subject, kArranged, "") && named.subject.size() >= 6) {
      Candidates(tables, names, named, all);
    }
  }
  if (final_tables && budget_measure) {
    std::erase_if(all, [&](const FactRef& f) {
      return !PathHas(tables[f.table].columns[f.column], "预算") &&
             RowMeasure(tables[f.table].rows[f.row]) != "预算";
    });
    if (all.empty()) {
      claim.unbound_reason =
          "a budget figure: no budget column of the final-accounts tables "
          "is named '" +
          claim.subject + "'";
      return;
    }
  }
  if (all.empty() && total_named) {
    // `政府性基金拨款支出预算0万元` where the T8 is printed without figures: no cell to bind.
    bool held = false, empty = false;
    for (const Table& t : tables) {
      if (t.code != *total_named) continue;
      held = true;
      empty = empty || !t.insufficient_data.empty() || t.rows.empty();
    }
    const std::string code(TableCodeName(*total_named));
    claim.unbound_reason =
        !held   ? "the total of " + code + ", which the report does not hold"
        : empty ? "the total of " + code + ", which is printed without figures (an empty table)"
                : "the total of " + code + ": no total row or column of the claim's measure";
    return;
  }
  if (all.empty()) {
    claim.unbound_reason = "no table row or column is named '" + claim.subject + "'";
    return;
  }
  // An expenditure subject named in the expenditure tables is not read from the income table
  // T2 (whose rows are the same functional subjects).
  if (claim.subject.find("支出") != std::string::npos ||
      claim.subject.find("（项）") != std::string::npos) {
    const bool spent = std::any_of(all.begin(), all.end(), [](const FactRef& f) {
      return f.code == TableCode::kT3 || f.code == TableCode::kT5;
    });
    if (spent) std::erase_if(all, [](const FactRef& f) { return f.code == TableCode::kT2; });
  }
  std::optional<TableCode> section_table;
  if (claim.source.section >= 0 && claim.source.section < static_cast<int>(sections.size())) {
    section_table = sections[claim.source.section].table;
  }
  // A 三公, 会议费/培训费 or 机关运行经费 item stated in its own part (T7/T12) is the whole
  // unit's figure, never T6's row of the same name (basic expenditure only), nor, in the 三公
  // part, an item row of T12 (`培训费` of the 机关运行经费).
  if (section_table && (*section_table == TableCode::kT7 || *section_table == TableCode::kT12)) {
    static const RE2 kArrangedPrefix(R"(^.*?安排的?)");
    std::string item = MatchKey(claim.subject);
    RE2::Replace(&item, kArrangedPrefix, "");
    if (!ConceptForm(MatchKey(claim.subject)).empty() || !ConceptForm(item).empty()) {
      std::erase_if(all, [&](const FactRef& f) {
        return f.code == TableCode::kT6 ||
               (f.code == TableCode::kT12 && *section_table == TableCode::kT7 &&
                !IsTotalRow(tables[f.table].rows[f.row]) && tables[f.table].rows.size() > 2);
      });
      if (all.empty()) {
        claim.unbound_reason = "no " + std::string(TableCodeName(*section_table)) +
                               " cell is named '" + claim.subject +
                               "' (T6's row of that name holds basic expenditure only)";
        return;
      }
    }
  }
  std::vector<FactRef> preferred;
  for (const FactRef& f : all) {
    if (section_table && f.code == *section_table) preferred.push_back(f);
  }
  // The section's table has no cell of that name: another table's cell is taken only when the
  // name settles it (one cell, or cells all showing the same figure).
  bool outside_section = preferred.empty() && section_table.has_value();
  if (outside_section) {
    bool held = false;
    for (const Table& t : tables) held = held || (t.code == *section_table);
    // A functional subject (`…（类）…（款）…（项）`) or a code names its row anywhere.
    static const RE2 kNamesRow(R"([（(](?:类|款|项)[）)]|\d{3,7})");
    if (!held && !RE2::PartialMatch(claim.subject, kNamesRow)) {
      // `公务接待费` in the 三公 section of a report without T7 is not T6's 公务接待费 item (nor
      // `差旅费` under 机关运行经费 T6's); a total or source of the income and expenditure tables
      // (`财政拨款收入`, `一般公共预算拨款支出`) is the same figure wherever it is stated.
      std::vector<FactRef> general;
      // `公用经费`, `人员经费` … are the section's own topic (a unit's 机关运行经费), not a total.
      const bool topic_word = MatchKey(claim.subject).find("经费") != std::string::npos;
      for (const FactRef& f : topic_word ? std::vector<FactRef>{} : all) {
        if (f.code == TableCode::kT1 || f.code == TableCode::kT2 || f.code == TableCode::kT3 ||
            f.code == TableCode::kT4 || f.code == TableCode::kT5) {
          general.push_back(f);
        }
      }
      // A 机关运行经费 part of a report without T12: the `“三公”经费和机关运行经费预算表` (T7)
      // holds the figure in its own column.
      if (*section_table == TableCode::kT12) {
        for (const FactRef& f : all) {
          if (f.code == TableCode::kT7) general.push_back(f);
        }
      }
      if (general.empty()) {
        claim.unbound_reason = "the section explains " +
                               std::string(TableCodeName(*section_table)) +
                               ", which the report does not hold";
        return;
      }
      all = std::move(general);
    }
  }
  if (preferred.empty()) preferred = all;
  auto value = [&](const FactRef& f) { return CellIn(tables[f.table], f, claim.unit); };
  bool same = true;
  for (const FactRef& f : preferred) {
    const auto a = value(f), b = value(preferred.front());
    if (!a || !b || !(*a == *b)) same = false;
  }
  if (same) {
    // One figure in several tables: an expenditure subject is not read from the income table
    // (T2 rows are functional subjects too), but from the expenditure tables.
    claim.fact = preferred.front();
    // The same figure under 预算数 and 决算数 (T7 of a 决算): a figure of no stated measure is
    // the final one.
    if (final_tables &&
        (claim.measure == Measure::kUnspecified || claim.measure == Measure::kFinal)) {
      for (const FactRef& f : preferred) {
        if (PathHas(tables[f.table].columns[f.column], "决算") ||
            RowMeasure(tables[f.table].rows[f.row]) == "决算") {
          claim.fact = f;
          break;
        }
      }
    }
    if (claim.fact->code == TableCode::kT2 && (claim.subject.find("支出") != std::string::npos ||
                                               claim.subject.find("（项）") != std::string::npos)) {
      for (TableCode code : {TableCode::kT3, TableCode::kT5}) {
        const auto it = std::find_if(preferred.begin(), preferred.end(),
                                     [code](const FactRef& f) { return f.code == code; });
        if (it != preferred.end()) {
          claim.fact = *it;
          break;
        }
      }
    }
    return;
  }
  if (outside_section) {
    claim.candidates.assign(preferred.begin(),
                            preferred.begin() + std::min<size_t>(preferred.size(), 8));
    claim.unbound_reason = "ambiguous: the section's table has no such cell and several others do";
    return;
  }
  std::vector<FactRef> agreeing;
  for (const FactRef& f : preferred) {
    const auto v = value(f);
    if (v && claim.value && CompareShownTwice(*v, *claim.value) != Agreement::kInconsistent) {
      if (agreeing.empty() || !(*value(agreeing.front()) == *v)) agreeing.push_back(f);
    }
  }
  if (agreeing.size() == 1) {
    claim.fact = agreeing.front();
    // The same figure in T2 and in T3/T5: an expenditure subject reads the expenditure table.
    if (claim.fact->code == TableCode::kT2 && (claim.subject.find("支出") != std::string::npos ||
                                               claim.subject.find("（项）") != std::string::npos)) {
      const auto shown = value(*claim.fact);
      for (TableCode code : {TableCode::kT3, TableCode::kT5}) {
        const auto it = std::find_if(preferred.begin(), preferred.end(), [&](const FactRef& f) {
          const auto v = value(f);
          return f.code == code && v && shown && *v == *shown;
        });
        if (it != preferred.end()) {
          claim.fact = *it;
          break;
        }
      }
    }
    return;
  }
  claim.candidates.assign(preferred.begin(),
                          preferred.begin() + std::min<size_t>(preferred.size(), 8));
  claim.unbound_reason = agreeing.empty()
                             ? "ambiguous: several cells are named so and none shows this figure"
                             : "ambiguous: several cells named so show this figure";
}

// Whether the claim's figure stands after `主要是`/`原因是`/`其中` in its sentence: a component or
// a sub-unit the sentence explains the main change by, not the report's own row.
bool InSubClause(const Claim& c) {
  const std::u32string sentence = DecodeUtf8(c.source.sentence);
  const std::u32string before =
      sentence.substr(0, std::min<size_t>(sentence.size(), std::max(0, c.source.span_begin)));
  for (std::u32string_view w : {std::u32string_view(U"主要是"), std::u32string_view(U"原因是"),
                                std::u32string_view(U"主要原因"), std::u32string_view(U"其中")}) {
    if (before.find(w) != std::u32string::npos) return true;
  }
  return false;
}

// Whether a cell is on the income side: its row or a label above its column says 收入.
bool ReadsIncome(const Table& t, const FactRef& f) {
  if (t.rows[f.row].name.find("收入") != std::string::npos) return true;
  for (const std::string& label : t.columns[f.column].path) {
    if (label.find("收入") != std::string::npos) return true;
  }
  return false;
}

// `（2）公用经费：①行政运行（2013201）124.00万元…②培训支出（2050803）2万元` (xa-city budgets):
// a part opened by an expenditure type states each row's figure of that type, i.e. the row's
// cell in the column so named (`公用经费支出`), never its 合计. A bound amount moves to that
// column; where its table has none, it is unbound.
void NarrowToTypeColumn(const std::vector<Table>& tables, const std::vector<TableNames>& names,
                        Claim& claim) {
  if (!claim.fact) return;
  static const RE2 kTypeLabel(
      R"(^[（(]?[0-9一二三四五六七八九十]*[）)、.．]?(人员经费|公用经费|专项业务经费|项目支出|基本支出)[：:])");
  std::string label;
  if (!RE2::PartialMatch(claim.source.sentence, kTypeLabel, &label)) return;
  const FactRef f = *claim.fact;
  const Table& t = tables[f.table];
  if (Matches(FormsOfKey(label), names[f.table].columns[f.column])) return;
  const Forms label_forms = FormsOfKey(label);
  for (size_t ci = 0; ci < t.columns.size(); ++ci) {
    const Column& c = t.columns[ci];
    if (c.kind != ColumnKind::kAmount || c.lane != t.rows[f.row].lane) continue;
    if (!Matches(label_forms, names[f.table].columns[ci])) continue;
    claim.fact->column = c.index;
    return;
  }
  claim.fact.reset();
  claim.unbound_reason = "a part of the row by expenditure type ('" + label + "'), which " +
                         std::string(TableCodeName(f.code)) + " prints no column for";
}

}  // namespace

std::string MatchKey(const std::string& name) {
  std::string s;
  s.reserve(name.size());
  for (char c : name) {
    if (c != ' ') s += c;
  }
  static const RE2 kQualifier(R"([（(]\d*(?:类|款|项|类级|款级|项级)[）)])");
  static const RE2 kQuotes(R"([“”"「」‘’])");
  static const RE2 kOrdinal(
      R"(^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|其中[：:]?)+)");
  RE2::GlobalReplace(&s, kQualifier, "");
  RE2::GlobalReplace(&s, kQuotes, "");
  RE2::Replace(&s, kOrdinal, "");
  static const RE2 kOwnLevel(R"(^[（(]本级[）)])");
  static const RE2 kSubjectWord(R"(科目$)");
  RE2::Replace(&s, kOwnLevel, "");
  RE2::Replace(&s, kSubjectWord, "");
  ReplaceAll(s, "费用", "费");
  ReplaceAll(s, "费费", "费");  // a doubled character (xa-city-propaganda-2021 p.11 `公务接待费费`)
  ReplaceAll(s, "（", "(");
  ReplaceAll(s, "）", ")");
  return s;
}

bool IsBindableKind(const Claim& c) {
  if (!c.not_table_fact.empty()) return false;
  switch (c.kind) {
    case ClaimKind::kAmount:
    case ClaimKind::kComposition:
    case ClaimKind::kChange:
    case ClaimKind::kShare:
    case ClaimKind::kGrowth:
    case ClaimKind::kCompletion:
    case ClaimKind::kPercent:
      return c.value.has_value();
    default:
      return false;
  }
}

void BindClaims(const std::vector<Table>& tables, const std::vector<Section>& sections,
                std::vector<Claim>& claims, int report_year) {
  const std::vector<TableNames> names = IndexNames(tables);
  bool procurement_table = false;
  for (const Table& t : tables) procurement_table = procurement_table || t.code == TableCode::kT11;
  for (Claim& c : claims) {
    // 政府采购 figures where no table of the report covers them (every 决算; budgets without a
    // 政府采购预算表) are narrative-only information.
    if (c.not_table_fact.empty() && !procurement_table && !tables.empty() &&
        (c.kind == ClaimKind::kAmount || c.kind == ClaimKind::kComposition) &&
        (c.subject.find("采购") != std::string::npos ||
         (c.source.sentence.find("政府采购") != std::string::npos &&
          (c.subject.find("中小企业") != std::string::npos ||
           c.subject.find("小微") != std::string::npos ||
           c.subject.find("小型") != std::string::npos ||
           c.subject.find("预留") != std::string::npos ||
           c.subject.find("货物") != std::string::npos ||
           c.subject.find("工程") != std::string::npos ||
           c.subject.find("服务") != std::string::npos)))) {
      c.not_table_fact = "procurement";
    }
  }
  for (Claim& c : claims) {
    if (c.kind != ClaimKind::kAmount) continue;
    if (c.not_table_fact == "performance") {
      // A performance paragraph may restate a table figure by its name (`其中，基本支出…`):
      // bound so, it is a table fact after all.
      Claim trial = c;
      trial.not_table_fact.clear();
      if (report_year == 0 || trial.year == 0 || trial.year == report_year) {
        BindAmount(tables, names, sections, trial);
      }
      if (trial.fact) {
        c = std::move(trial);
        continue;
      }
    }
    if (!c.not_table_fact.empty()) {
      c.unbound_reason = "not a table fact (" + c.not_table_fact + ")";
      continue;
    }
    if (report_year != 0 && c.year != 0 && c.year != report_year) {
      c.unbound_reason = "a figure of " + std::to_string(c.year) + ", not of the report's year";
      continue;
    }
    BindAmount(tables, names, sections, c);
    NarrowToTypeColumn(tables, names, c);
  }
  for (Claim& c : claims) {
    switch (c.kind) {
      case ClaimKind::kAmount:
        break;
      case ClaimKind::kCount:
        c.unbound_reason = "a count: not a table figure";
        break;
      case ClaimKind::kPlaceholder:
        c.unbound_reason = "template residue";
        break;
      default: {
        if (c.not_table_fact.empty() && c.subject_claim >= 0) {
          c.not_table_fact = claims[c.subject_claim].not_table_fact;
        }
        if (!c.not_table_fact.empty()) {
          c.unbound_reason = "not a table fact (" + c.not_table_fact + ")";
        } else if (c.subject_claim < 0) {
          // A change or rate of a subject whose amount the text does not state (`主要是事业收入
          // 增长7.6%`) is about the cell its subject names, bound by that name alone.
          c.unbound_reason = "no amount named for it";
          const std::string key = MatchKey(c.subject);
          if ((c.kind == ClaimKind::kChange || c.kind == ClaimKind::kGrowth) && key.size() >= 9 &&
              !InSubClause(c) && key != "收入合计" && key != "支出合计" &&
              c.direction != Direction::kFlat &&
              (report_year == 0 || c.year == 0 || c.year == report_year)) {
            Claim named;
            named.kind = ClaimKind::kAmount;
            named.subject = c.subject;
            named.year = c.year;
            named.source = c.source;
            BindAmount(tables, names, sections, named);
            // Not a project (T10), and an expenditure never read from an income row or column.
            if (named.fact && (named.fact->code == TableCode::kT10 ||
                               (key.find("支出") != std::string::npos &&
                                ReadsIncome(tables[named.fact->table], *named.fact)))) {
              named.fact.reset();
            }
            if (named.fact) {
              c.fact = named.fact;
              c.unbound_reason.clear();
            }
          }
        } else if (claims[c.subject_claim].fact) {
          c.fact = claims[c.subject_claim].fact;
        } else {
          c.unbound_reason = "its amount is unbound: " + claims[c.subject_claim].unbound_reason;
        }
      }
    }
  }
}

}  // namespace fiscalcheck
