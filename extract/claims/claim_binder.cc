#include "extract/claims/claim_binder.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>

#include "extract/claims/derived_facts.h"
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

std::string WithoutSpaces(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

std::string StripSuffix(std::string s, std::string_view suffix) {
  if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
    s.resize(s.size() - suffix.size());
  }
  return s;
}

// The 三公 and 机关运行经费 items, and T6's 人员经费/公用经费, under any of their printed names
// (a 三公 item also as `…支出`, as T7 rows name them: `（一）因公出国（境）支出`; the vehicle
// item also with `和` for `及`: `公务用车购置和运行维护费`, and as `公务车…`)
// with only budget wording around them (`一般公共预算拨款安排的机关运行经费支出`,
// `公务用车运行维护费 预算支出`, `机关运行经费预算数`): a form `=` + the canonical item, ""
// otherwise. An owner or qualifier that narrows the item (`在职人员经费`, `信访局临聘人员经费`,
// `日常公用经费`) is no such form.
std::string ConceptForm(const std::string& key) {
  static const RE2 kConcept(
      R"(^(?:本部门|本单位|\(本级\)|本级|部门|单位|行政单位及?|(?:行政类)?参公事业单位|一般公共预算|)"
      R"(财政拨款|拨款|安排|的|当年|本年|年度|\d{4}年度?)*)"
      R"((机关运行经费|因公出国\(境\)(?:经?费|支出)|公务用车购置[及和]运行(?:维护)?(?:经?费|支出)|)"
      R"(公务用车购置(?:经?费?|支出)|公务用车运行及?(?:维护)?(?:经?费?|支出)|公务接待(?:经?费|支出)|)"
      R"(人员经费|公用经费|会议费|培训费))"
      R"((?:财政拨款)?(?:预算|决算)?(?:支出)?(?:预算|决算)?数?(?:合计|总额|总计)?$)");
  // `公务车购置及运行费`, and its slip `公务车用车运行费` (sh-putuo-finance-2025 p. 22): the
  // 公务用车 items.
  std::string vehicle_key = key;
  ReplaceAll(vehicle_key, "公务车用车", "公务用车");
  static const RE2 kShortVehicle(R"(公务车([购运]))");
  RE2::GlobalReplace(&vehicle_key, kShortVehicle, R"(公务用车\1)");
  std::string item;
  if (!RE2::FullMatch(vehicle_key, kConcept, &item)) return "";
  static const RE2 kCanonical[] = {
      RE2(R"(^因公出国.*)"),     RE2(R"(^公务用车购置[及和].*)"), RE2(R"(^公务用车购置.*)"),
      RE2(R"(^公务用车运行.*)"), RE2(R"(^公务接待.*)"),
  };
  static const char* const kNames[] = {"因公出国(境)费", "公务用车购置及运行费", "公务用车购置费",
                                       "公务用车运行费", "公务接待费"};
  for (size_t i = 0; i < std::size(kNames); ++i) {
    if (RE2::FullMatch(item, kCanonical[i])) return std::string("=") + kNames[i];
  }
  return "=" + item;
}

// A name without the budget wording a budget's narrative puts inside it: `预算` after `收入`/
// `支出` or before them (`本年收入预算合计`, `财政拨款预算支出`, `预算支出合计`), never a fund's
// own `预算` (`一般公共预算支出`, `政府性基金预算收入`).
std::string WithoutBudgetWording(const std::string& key) {
  static const RE2 kBudgetWord(R"((收入|支出)预算|(^|[^共金营])预算(收入|支出))");
  std::string plain = key;
  RE2::GlobalReplace(&plain, kBudgetWord, R"(\1\2\3)");
  return plain;
}

// The canonical form of a fund's allocation as income (`=fund:一般公共预算`): `一般公共预算`,
// `一般公共预算拨款收入`, `本年一般公共预算收入`, `一般公共预算当年拨款收入`, `政府性基金
// 拨款收入` all name T1's income item of that fund; "" for any other name. The year's
// allocation without `收入` (`一般公共预算当年拨款`) is no such name: it is as often the
// year's spending of it (T5's total). Only an income-side cell may be named so (Candidates
// keeps expenditure names off income cells and back).
std::string FundIncomeForm(const std::string& key) {
  static const RE2 kFund(
      R"(^(本年|当年)?(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?(当年|本年)?)"
      R"((?:财政)?(?:拨款)?(收入)?$)");
  std::string year_before, fund, year_after, income;
  if (!RE2::FullMatch(key, kFund, &year_before, &fund, &year_after, &income)) return "";
  if (income.empty() && !(year_before.empty() && year_after.empty())) return "";
  return "=fund:" + fund;
}

// The forms a key is compared in: as is, without a trailing `支出`/`费`/`合计`, and without
// `财政拨款` inside (`“三公”经费财政拨款支出` names the `财政拨款“三公”经费` columns); the same
// without budget wording (WithoutBudgetWording) and without a leading `本年`/`当年` on an item
// (`本年事业收入` is T1's `事业收入`; a total keeps it: `本年收入合计` is not `收入合计`), these
// two keeping `财政拨款` (`财政拨款收入预算总计` is not `收入总计`); a fund's allocation in its
// canonical form (FundIncomeForm).
std::vector<std::string> NameForms(const std::string& key, bool drop_allocation_word);
std::vector<std::string> KeyForms(const std::string& key) {
  std::vector<std::string> forms = NameForms(key, true);
  auto add_forms_of = [&forms](const std::string& other) {
    for (std::string& f : NameForms(other, false)) {
      if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
    }
  };
  const std::string plain = WithoutBudgetWording(key);
  if (plain != key && plain.size() >= 12) add_forms_of(plain);
  static const RE2 kYearItem(R"(^(?:本年|当年)(.+(?:收入|资金))$)");
  std::string item;
  if (RE2::FullMatch(plain, kYearItem, &item) && item.find("合计") == std::string::npos &&
      item.find("总计") == std::string::npos && item.find("小计") == std::string::npos &&
      item != "收入" && item.size() >= 12) {
    add_forms_of(item);
  }
  if (std::string fund = FundIncomeForm(plain); !fund.empty()) forms.push_back(fund);
  return forms;
}

std::vector<std::string> NameForms(const std::string& key, bool drop_allocation_word) {
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
  if (drop_allocation_word && without.size() >= 12 && without != k) forms.push_back(without);
  if (std::string item = ConceptForm(key); !item.empty()) forms.push_back(item);
  // `对个人和家庭补助支出` is T6's `对个人和家庭的补助`.
  static const RE2 kOfBetweenWords(R"(([^安])的)");
  std::string without_of = k;
  RE2::GlobalReplace(&without_of, kOfBetweenWords, R"(\1)");
  if (without_of != k && without_of.size() >= 12) forms.push_back(without_of);
  // `一般公共预算财政拨款收入` is printed `一般公共预算拨款` in some tables (also with `的`
  // dropped: `上年结转结余的一般公共预算收入` names the column `上年结转结余 › 一般公共预算`).
  for (const std::string& base : {k, without_of}) {
    std::string short_form = StripSuffix(StripSuffix(base, "收入"), "资金");
    ReplaceAll(short_form, "财政拨款", "拨款");
    if (short_form.size() >= 12 && short_form != base &&
        std::find(forms.begin(), forms.end(), short_form) == forms.end()) {
      forms.push_back(short_form);
    }
  }
  return forms;
}

// The words before the claim's figure since the last of `stops` in its sentence, in UTF-8.
std::string ClauseBeforeFigure(const Claim& claim, std::u32string_view stops) {
  const std::u32string before = TextBeforeFigure(claim);
  const size_t stop = before.find_last_of(stops);
  return EncodeUtf8(stop == std::u32string::npos ? std::u32string_view(before)
                                                 : std::u32string_view(before).substr(stop + 1));
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
    // A fund under a 三公 item (`公务用车购置费 › 一般公共预算`, `公务用车购置及运行维护费 ›
    // 小计 › 一般公共预算`: a 财政拨款“三公”经费表 split by fund) is a part of that item.
    static const RE2 kFund(R"(一般公共预算|政府性基金预算|国有资本经营预算)");
    if (i > 0 && RE2::FullMatch(label, kFund)) {
      const std::string& above = c.path[i - 1];
      const bool subtotal = (above == "合计" || above == "小计") && i > 1;
      if (!ConceptForm(MatchKey(subtotal ? c.path[i - 2] : above)).empty()) continue;
    }
    // `小计` also printed run together with its neighbour (`公务用车购置小计经费`, `小计购置费`),
    // but not with a measure (`小计预算数` beside `决算数` columns is no column of either).
    static const RE2 kMeasureWord(R"(预算|决算|执行)");
    if (i > 0 && (label == "合计" || (label.find("小计") != std::string::npos &&
                                      !RE2::PartialMatch(label, kMeasureWord)))) {
      return c.path[i - 1];
    }
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

// A row's name without spaces and without a leading year (`2026 年预算数` → `预算数`); the
// year, when one leads it, in `year`.
std::string RowNameAfterYear(const TableRow& row, int* year) {
  const std::string name = WithoutSpaces(row.name);
  static const RE2 kLeadingYear(R"(^(\d{4})年度?)");
  int y = 0;
  re2::StringPiece rest(name);
  if (RE2::Consume(&rest, kLeadingYear, &y) && y > 1990 && y < 2100) {
    if (year) *year = y;
    return std::string(rest);
  }
  if (year) *year = 0;
  return name;
}

// A row that is a measure (`预算数`/`决算数`, also of a year: `2026年预算数`; T7 printed with
// one row per measure): "预算", "决算" or "".
std::string RowMeasure(const TableRow& row) {
  static const RE2 kBudget(R"((?:年初|全年|调整后?)?预算数?)");
  static const RE2 kFinal(R"(决算数?)");
  const std::string name = RowNameAfterYear(row, nullptr);
  if (RE2::FullMatch(name, kBudget)) return "预算";
  if (RE2::FullMatch(name, kFinal)) return "决算";
  return "";
}

// A row that is a year (`2026年`, `2026年度`, `2026年预算数`, `2025年执行数`: T7 printed with one
// row per year): that year, else 0. A name with more after the year (`2026年政策性农业保险…`, a
// project) is no such row.
int RowYear(const TableRow& row) {
  int year = 0;
  const std::string rest = RowNameAfterYear(row, &year);
  static const RE2 kMeasure(R"((?:(?:年初|全年|调整后?)?预算|决算|执行)?数?)");
  return year != 0 && RE2::FullMatch(rest, kMeasure) ? year : 0;
}

// A row that is the difference between two periods (`增减变化金额`, `增减`, `比上年增减`): the
// change, never a figure of either year.
bool RowDifference(const TableRow& row) {
  static const RE2 kDifference(R"((?:比上年)?(?:增减|增减变化|变化|变动)(?:金额|额|数|情况)?)");
  return RE2::FullMatch(WithoutSpaces(row.name), kDifference);
}

// Whether every row of `t` is a period (RowYear, RowMeasure, RowDifference) and one at least is
// a year or a measure: the table is read like a one-row table, each figure from the row of its
// own year and measure, never from the difference.
bool PeriodRows(const Table& t) {
  bool period = false;
  for (const TableRow& row : t.rows) {
    const bool of_period = RowYear(row) != 0 || !RowMeasure(row).empty();
    if (!of_period && !RowDifference(row)) return false;
    period = period || of_period;
  }
  return period;
}

// For a table of PeriodRows: whether `row` may hold a figure of `year` (0: unknown) — never the
// difference row, never the row of another year (nor any year's row when the figure's year is
// unknown).
bool PeriodRowOfYear(const TableRow& row, int year) {
  if (RowDifference(row)) return false;
  const int row_year = RowYear(row);
  return row_year == 0 || row_year == year;
}

bool BudgetMeasure(Measure m) {
  return m == Measure::kInitialBudget || m == Measure::kAdjustedBudget || m == Measure::kBudget;
}

bool OtherYear(const Column& c, int year);

// The amount column of `lane` a row-name match reads for a figure of `year`: the measure's
// column where the table has one per measure, else the lane's first amount column; never a
// column headed by another year (`2025年预算数` beside `2026年预算数`) or a difference.
int ValueColumn(const Table& t, int lane, Measure measure, int year) {
  int first = -1;
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != lane) continue;
    if (OtherYear(c, year)) continue;
    if (first < 0) first = c.index;
    if (BudgetMeasure(measure) && PathHas(c, "预算")) return c.index;
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
  bool period_rows = false;  // PeriodRows(table): one row per year or measure
};

std::vector<TableNames> IndexNames(const std::vector<Table>& tables) {
  std::vector<TableNames> index(tables.size());
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    TableNames& n = index[ti];
    n.topic = FormsOfKey(TitleTopic(t));
    n.period_rows = PeriodRows(t);
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      n.rows.push_back(FormsOfKey(MatchKey(t.rows[ri].name)));
      n.parents.push_back(FormsOfKey(ParentName(t, ri)));
    }
    for (const Column& c : t.columns) {
      Forms forms = FormsOfKey(MatchKey(ColumnName(c)));
      // A column is also named by its whole header path (`上年结转结余 › 一般公共预算`:
      // `上年结转结余一般公共预算`), totals and measures left out, when that path has two labels
      // or more: the label alone names the part of whichever heading is above it.
      std::string whole;
      int labels = 0;
      for (const std::string& label : c.path) {
        if (IsMeasureLabel(label) || label == "合计" || label == "小计") continue;
        whole += label;
        ++labels;
      }
      // Only the path as printed: no shortened form of it, which could name another column.
      if (labels >= 2) forms.forms.push_back(MatchKey(whole));
      n.columns.push_back(std::move(forms));
    }
  }
  return index;
}

// The year a column's header names (`2025年预算数`, `2025年执行数`), 0 when none. `上年…`
// names no year: `上年结转` columns hold this year's funds carried over.
int ColumnYear(const Column& c) {
  static const RE2 kYear(R"((\d{4})年)");
  for (const std::string& label : c.path) {
    int y = 0;
    if (RE2::PartialMatch(label, kYear, &y) && y > 1990 && y < 2100) return y;
  }
  return 0;
}

// Whether a header label of the column names a year other than `year` (`2025年预算数`), the
// year before (`上年`, `上年数`) or a difference (`增减`): not a column of the figure of
// `year`. (`上年结转` columns are counted here too: they hold the part of a figure carried
// over, never the figure a claim states.) `year` 0: any year is other.
bool OtherYear(const Column& c, int year) {
  const int y = ColumnYear(c);
  if (y != 0 && y != year) return true;
  for (const std::string& label : c.path) {
    if (label.starts_with("上年") || label.find("增减") != std::string::npos) return true;
  }
  return false;
}

enum class Side { kNone, kIncome, kExpenditure };

// The side a name states: `收入` or `支出` (not both, as `收入支出总计`).
Side NameSide(const std::string& name) {
  const bool income = name.find("收入") != std::string::npos;
  const bool expenditure = name.find("支出") != std::string::npos;
  if (income == expenditure) return Side::kNone;
  return income ? Side::kIncome : Side::kExpenditure;
}

// The side of a cell of a two-sided table: its column's header (`收入 › 预算数`, `本年支出 ›
// 预算数`), else its row's name.
Side CellSide(const Table& t, const FactRef& f) {
  for (const std::string& label : t.columns[f.column].path) {
    if (const Side s = NameSide(label); s != Side::kNone) return s;
  }
  return NameSide(t.rows[f.row].name);
}

// The fund a column is split by under an item or a total (`总计 › 一般公共预算`, `公务用车购置费 ›
// 政府性基金预算`, `公务用车购置及运行维护费 › 小计 › 国有资本经营预算`: a 财政拨款“三公”经费表
// printed by fund): its last label when that names a fund and a label stands above it; "" else.
std::string FundOfSplit(const Column& c) {
  static const RE2 kFund(R"(一般公共预算|政府性基金预算?|国有资本经营预算?)");
  if (c.path.size() < 2 || !RE2::FullMatch(c.path.back(), kFund)) return "";
  return c.path.back();
}

// Whether two columns are fund columns (FundOfSplit) of one item: the same labels above.
bool SameFundSplit(const Column& a, const Column& b) {
  return a.kind == ColumnKind::kAmount && b.kind == ColumnKind::kAmount && a.lane == b.lane &&
         a.path.size() == b.path.size() && !FundOfSplit(a).empty() && !FundOfSplit(b).empty() &&
         std::equal(a.path.begin(), a.path.end() - 1, b.path.begin());
}

// The fund a claim's subject names (`一般公共预算…`, `政府性基金…`, `国有资本经营…`), as the
// start of the fund's column label; "" when none (`财政拨款` is every fund).
std::string FundNamed(const std::string& key) {
  for (std::string_view fund : {"一般公共预算", "政府性基金", "国有资本经营"}) {
    if (key.find(fund) != std::string::npos) return std::string(fund);
  }
  return "";
}

// Whether column `c` of a fund split (FundOfSplit) is the cell the figure of its item reads in
// `row`. With `fund` (the claim names one) it is that fund's column. Otherwise the figure is the
// item's of all funds, the sum of its fund columns (the columns under the same labels), which one
// cell prints only where the others of the row are zero or blank: the column with a figure other
// than zero, the first one when all are zero; none when two funds have figures. A column not
// split by fund is always read.
bool ReadsFundSplit(const Table& t, const TableRow& row, const Column& c, const std::string& fund) {
  const std::string own = FundOfSplit(c);
  if (own.empty()) return true;
  if (!fund.empty()) return own.starts_with(fund);
  int first = -1, with_figure = -1, figures = 0;
  for (const Column& other : t.columns) {
    if (!SameFundSplit(c, other)) continue;
    if (first < 0) first = other.index;
    if (other.index >= static_cast<int>(row.cells.size())) continue;
    const Cell& cell = row.cells[other.index];
    if (cell.value ? cell.value->is_zero() : cell.blank()) continue;
    ++figures;  // a figure other than zero, or text that is no figure
    with_figure = other.index;
  }
  if (figures > 1) return false;
  return c.index == (figures == 1 ? with_figure : first);
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
  // `（公务用车购置费0万元…`: an opening bracket the subject took from its sentence.
  if ((key.starts_with("(") || key.starts_with("（")) && key.find(")") == std::string::npos &&
      key.find("）") == std::string::npos) {
    key.erase(0, key.starts_with("(") ? 1 : 3);
  }
  if (key.empty()) return;
  const Forms key_forms = FormsOfKey(key);
  const Forms parent_forms = FormsOfKey(parent);
  std::vector<FactRef> orphans;
  static const RE2 kCode(R"((\d{3}(?:\d{2}){0,2}))");
  std::string code;
  RE2::PartialMatch(key, kCode, &code);
  // Figures after a bracketed code (`资本性支出（310）15.420-4.6`, xa-city-science-2022 p.31): a
  // table line read as text, whose figure is none of the row's.
  static const RE2 kFiguresAfterCode(R"([（(]\d{3,7}[）)].*\d)");
  if (RE2::PartialMatch(key, kFiguresAfterCode)) return;
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
                           ValueColumn(t, row.lane, claim.measure, claim.year)});
        continue;
      }
      if (!row_named && total && Matches(key_forms, n.topic)) row_named = true;
      if (row_named) {
        const int col = ValueColumn(t, row.lane, claim.measure, claim.year);
        if (col >= 0) {
          out.push_back({static_cast<int>(ti), t.code, static_cast<int>(ri), col});
        }
        continue;
      }
      // A table of one row (T7, T12), or of one row per period (PeriodRows: `2025年`, `2026年`,
      // `增减变化金额`; `预算数`, `决算数`), is named by its columns: a figure of a period reads
      // the row of its year, never another year's row or the difference row.
      const bool single_row =
          (t.rows.size() <= 2 && (t.code == TableCode::kT7 || t.code == TableCode::kT12)) ||
          n.period_rows;
      if (!total && !single_row) continue;
      if (n.period_rows && !PeriodRowOfYear(row, claim.year)) continue;
      // A code or a `（类）…（项）` chain names a row, never a column (`培训支出（项）` is not T7's
      // 培训费 column).
      if (!code.empty() || chain.size() > 1) continue;
      const std::string fund = FundNamed(key);
      for (size_t ci = 0; ci < t.columns.size(); ++ci) {
        const Column& c = t.columns[ci];
        if (c.kind != ColumnKind::kAmount || c.lane != row.lane || c.path.empty()) continue;
        if (!Matches(key_forms, n.columns[ci])) continue;
        // An item split by fund: the fund's column, or the one cell printing all funds' figure.
        if (!ReadsFundSplit(t, row, c, fund)) continue;
        // T7 printed for two years side by side: never a column headed by another year; a
        // carry-over column (`上年结转结余 › 一般公共预算`) only when the claim names the
        // carry-over itself.
        const bool carry_over_named = key.starts_with("上年结转") &&
                                      c.path.front().starts_with("上年结转") && ColumnYear(c) == 0;
        if (OtherYear(c, claim.year) && !carry_over_named) continue;
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
  // An income never reads an expenditure cell of the two-sided tables (T1/T4), nor an
  // expenditure an income cell (`财政拨款支出` is not T1's income item `财政拨款`).
  const Side side = NameSide(key);
  if (side != Side::kNone) {
    std::erase_if(out, [&](const FactRef& f) {
      if (f.code != TableCode::kT1 && f.code != TableCode::kT4) return false;
      const Side cell = CellSide(tables[f.table], f);
      return cell != Side::kNone && cell != side;
    });
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
  if (row < 0 && (t.code == TableCode::kT7 || PeriodRows(t))) {
    // One row per period (PeriodRows): the row of the claim's year and measure, never the
    // difference row nor another year's; a row of a year is taken whatever measure the claim
    // states unless the row states another, a row of a measure only for that measure. Taken
    // only when one row is so.
    const std::string want = claim.measure == Measure::kFinal ? "决算"
                             : BudgetMeasure(claim.measure)   ? "预算"
                                                              : "";
    int found = 0;
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      const TableRow& r = t.rows[ri];
      if (r.lane != 0 || !PeriodRowOfYear(r, claim.year)) continue;
      const std::string measure = RowMeasure(r);
      const bool of_year = RowYear(r) != 0;
      if (measure.empty() ? !of_year : measure != want && !(of_year && want.empty())) continue;
      if (found++ == 0) row = static_cast<int>(ri);
    }
    if (found > 1) row = -1;
  }
  if (row < 0) return std::nullopt;
  // The measure's first amount column, never one headed by another year (`2025年预算数`).
  const bool budget = BudgetMeasure(claim.measure);
  // T7's total is its “三公” 小计 where the table also holds 会议费/培训费 (then its 合计 is
  // not the 三公经费).
  bool meetings = false;
  for (const Column& c : t.columns) {
    for (const std::string& label : c.path) {
      meetings = meetings || label.find("会议费") != std::string::npos ||
                 label.find("培训费") != std::string::npos;
    }
  }
  const Column* split_total = nullptr;  // the first fund column of a total printed by fund
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
    // A total printed by fund (`总计 › 一般公共预算`, `总计 › 政府性基金预算` …): among its fund
    // columns, the claim's fund's, or the one cell that is all funds' total; none when no one
    // cell is.
    if (!FundOfSplit(c).empty()) {
      if (split_total && !SameFundSplit(*split_total, c)) break;
      if (!split_total) split_total = &c;
      if (ReadsFundSplit(t, t.rows[row], c, FundNamed(MatchKey(claim.subject)))) {
        return FactRef{static_cast<int>(ti), t.code, row, c.index};
      }
      continue;
    }
    if (split_total) break;
    return FactRef{static_cast<int>(ti), t.code, row, c.index};
  }
  return std::nullopt;
}

// A side's total of T1 (of T4 for `财政拨款…`) by its wording, `key` without budget wording:
// `收入总计`/`支出总计` the grand total, `本年收入合计` the year's, `收入合计`, `财政拨款支出`
// either (the figure settles which), whatever the template prints them as: the year's total is
// `本年收入合计` or `当年收入小计`, the grand total `收入总计`, or, in a table with no 总计
// row (Jiangsu: `当年收入小计`, `上年结转资金`, `收入合计`), its `收入合计`. Empty when the key
// is no such wording or the table prints no such row.
std::vector<FactRef> SideTotals(const std::vector<Table>& tables, const Claim& claim,
                                const std::string& key, std::optional<TableCode>* named) {
  static const RE2 kSideTotal(R"(^(财政拨款)?(本年)?(收入|支出)(合计|总计|小计)?$)");
  // `总收入`, `总支出` (fs-city-railtransit-2019 p. 24: `2019年度总收入1668.14万元`): the grand
  // total.
  static const RE2 kTotalFirst(R"(^(财政拨款)?总(收入|支出)$)");
  std::string total_first = key;
  RE2::Replace(&total_first, kTotalFirst, R"(\1\2总计)");
  std::string allocation, year_word, side_word, total_word;
  std::vector<FactRef> out;
  if (!RE2::FullMatch(total_first, kSideTotal, &allocation, &year_word, &side_word, &total_word)) {
    return out;
  }
  if (allocation.empty() && year_word.empty() && total_word.empty()) return out;  // bare `收入`
  const TableCode code = allocation.empty() ? TableCode::kT1 : TableCode::kT4;
  const Side side = NameSide(side_word);
  const bool want_grand = total_word == "总计" || year_word.empty();
  const bool want_year = total_word != "总计";
  static const RE2 kYearRow(R"(^(?:本年|当年)(?:收入|支出)?(?:合计|小计)$)");
  static const RE2 kGrandRow(R"(^(?:收入|支出)?总计$)");
  static const RE2 kPlainRow(R"(^(?:收入|支出)?合计$)");
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    if (t.code != code || !t.insufficient_data.empty()) continue;
    if (named) *named = code;
    std::vector<FactRef> year_rows, grand_rows, plain_rows;
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      const int col = ValueColumn(t, t.rows[ri].lane, claim.measure, claim.year);
      if (col < 0) continue;
      const FactRef f{static_cast<int>(ti), t.code, static_cast<int>(ri), col};
      // A total printed blank in the column read (a 决算 T4 with a stray `合计` column) is
      // not read as 0.
      if (CellSide(t, f) != side || !t.rows[ri].cells[col].value) continue;
      const std::string name = MatchKey(t.rows[ri].name);
      if (RE2::FullMatch(name, kYearRow)) year_rows.push_back(f);
      if (RE2::FullMatch(name, kGrandRow)) grand_rows.push_back(f);
      if (RE2::FullMatch(name, kPlainRow)) plain_rows.push_back(f);
    }
    const std::vector<FactRef>& grand = grand_rows.empty() ? plain_rows : grand_rows;
    const std::vector<FactRef>& year = year_rows.empty() ? plain_rows : year_rows;
    if (want_year) out.insert(out.end(), year.begin(), year.end());
    if (want_grand) {
      for (const FactRef& f : grand) {
        if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
      }
    }
  }
  return out;
}

// Budget wording for a table's total that no row or column is named by: `收支总预算` (T1's 收入
// 总计), `财政拨款收支总预算` (T4's), `一般公共预算拨款支出` (T5's 合计), `政府性基金拨款支出`
// (T8's), `国有资本经营预算拨款支出` (T9's), `“三公”经费` (T7's 合计); a side's total
// (SideTotals: `本年收入预算合计`, `支出预算总计`, `财政拨款收入预算总计`).
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
      // `通过一般公共预算财政拨款安排的“三公”经费`.
      {{R"((?:通过)?(?:一般公共)?(?:财政拨款)?三公经费(?:财政拨款)?(?:支出)?(?:合计|总额)?)"},
       TableCode::kT7},
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
  if (!code) return SideTotals(tables, claim, key, named);
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

// `深圳市人民政府口岸办公室预算55,884.67万元`: an amount whose subject is the report's department
// itself (the extractor keeps the name when only budget wording follows it) is the department's
// whole budget, T1's 收入总计 or 支出总计: the side the words before the figure state, else both
// where they print the same figure (then 收入总计), else ambiguous with both as candidates.
// Returns whether the claim was such an amount (bound or left unbound with its reason).
bool BindDepartmentTotal(const std::vector<Table>& tables, const std::string& department,
                         Claim& claim) {
  if (department.empty() || claim.kind != ClaimKind::kAmount || claim.subject.empty() ||
      MatchKey(claim.subject) != MatchKey(department)) {
    return false;
  }
  const Side stated = NameSide(ClauseBeforeFigure(claim, U"。；;，,"));
  std::vector<FactRef> totals;
  for (const std::string& key : {std::string("收入总计"), std::string("支出总计")}) {
    if (stated != Side::kNone && NameSide(key) != stated) continue;
    for (const FactRef& f : SideTotals(tables, claim, key, nullptr)) {
      if (f.code == TableCode::kT1) totals.push_back(f);
    }
  }
  if (totals.empty()) {
    claim.unbound_reason = "the department's total ('" + claim.subject +
                           "'): the report prints no T1 收入总计/支出总计";
    return true;
  }
  const auto shown = [&](const FactRef& f) { return CellIn(tables[f.table], f, claim.unit); };
  const bool same = std::all_of(totals.begin(), totals.end(), [&](const FactRef& f) {
    const auto a = shown(f), b = shown(totals.front());
    return a && b && *a == *b;
  });
  if (same) {
    claim.fact = totals.front();
    return true;
  }
  claim.candidates.assign(totals.begin(), totals.begin() + std::min<size_t>(totals.size(), 8));
  claim.unbound_reason = "ambiguous: the department's total ('" + claim.subject +
                         "') names no side, and T1's 收入总计 and 支出总计 differ";
  return true;
}

// `国家信访局2026年委托业务费财政拨款预算1,391.68万元` (central-nationalpetition-2026 p. 25): an
// economic item named as the whole appropriation's (`…财政拨款`, basic and project spending) is
// not T6's row of that item, which holds basic expenditure only (220.00 there), unless it is
// stated in T6's own part or names 基本支出. A claim bound so is left unbound with that reason.
void UnbindAppropriationItemFromBasicRow(const std::vector<Table>& tables,
                                         const std::vector<Section>& sections, Claim& claim) {
  if (!claim.fact || claim.fact->code != TableCode::kT6) return;
  if (IsTotalRow(tables[claim.fact->table].rows[claim.fact->row])) return;
  if (claim.subject.find("财政拨款") == std::string::npos ||
      claim.subject.find("基本") != std::string::npos) {
    return;
  }
  const int section = claim.source.section;
  if (section >= 0 && section < static_cast<int>(sections.size()) &&
      sections[section].table == TableCode::kT6) {
    return;
  }
  claim.candidates = {*claim.fact};
  claim.fact.reset();
  claim.unbound_reason = "'" + claim.subject +
                         "' is the whole appropriation's item; T6's row of that name holds basic "
                         "expenditure only";
}

// Whether a subject names a fund or the appropriation (`一般公共预算…`, `政府性基金…`,
// `财政拨款…`): a part of the department's budget, not its whole.
bool NamesFund(const std::string& subject) {
  for (std::string_view word :
       {"一般公共", "政府性基金", "国有资本", "财政拨款", "拨款", "专户", "事业收入", "经营"}) {
    if (subject.find(word) != std::string::npos) return true;
  }
  return false;
}

// Among cells of several tables, those of the tables whose title covers the spending the
// claim's part of the narrative is about: a part about all 一般公共预算 spending reads the
// economic-class table of all spending, not the one of 基本支出 only, and a 基本支出 part the
// 基本支出 table (xa-city-finance-2026 p.14 `商品和服务支出（302）6,052.36万元` under
// `七、一般公共预算拨款支出明细情况说明` → p.31's 302 row, not p.35's). A name, never a value,
// decides: the cells are kept as they are outside a part about 一般公共预算 spending (T5/T6: a
// part about all the department's spending, T3, is no part of one fund's tables' scope), when the
// subject itself names a scope, when a part of a row by expenditure type (`人员经费：…`) precedes
// the figure, or when no cell's table matches the part's scope.
void NarrowToSectionScope(const std::vector<Table>& tables, const std::vector<Section>& sections,
                          const Claim& claim, std::vector<FactRef>& cells) {
  if (cells.size() < 2 || !SpendingScope(claim.subject).empty()) return;
  const int section = claim.source.section;
  if (section < 0 || section >= static_cast<int>(sections.size()) ||
      (sections[section].table != TableCode::kT5 && sections[section].table != TableCode::kT6)) {
    return;
  }
  static const RE2 kTypeLabel(R"((?:人员经费|公用经费|专项业务经费|项目支出|基本支出)[：:])");
  if (RE2::PartialMatch(EncodeUtf8(TextBeforeFigure(claim)), kTypeLabel)) return;
  const std::string scope = SectionSpendingScope(sections, claim.source.section);
  std::vector<FactRef> matching;
  bool other = false;
  for (const FactRef& f : cells) {
    if (SpendingScope(tables[f.table].title) == scope) {
      matching.push_back(f);
    } else {
      other = true;
    }
  }
  if (!matching.empty() && other) cells = std::move(matching);
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
    const bool subject_found = !all.empty();
    std::erase_if(all, [&](const FactRef& f) {
      return !PathHas(tables[f.table].columns[f.column], "预算") &&
             RowMeasure(tables[f.table].rows[f.row]) != "预算";
    });
    if (all.empty() && subject_found) {
      // The subject is in the tables, which print its final figure only: the budget figure
      // (`年初预算为A万元，支出决算为B万元`) is none of the report's table facts.
      claim.not_table_fact = "budget figure";
      claim.unbound_reason = "not a table fact (budget figure): the final-accounts tables print '" +
                             claim.subject + "' without a budget column";
      return;
    }
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
    // 人员经费 / 公用经费 that no cell prints: the sum of T6's class rows (derived_facts.h).
    // Whether a derivation settled the claim: bound to its terms, or unbound with its reason.
    auto settled_by = [&claim](DerivedFact derived) {
      if (!derived.terms.empty()) {
        claim.fact_terms = std::move(derived.terms);
        claim.derivation = std::move(derived.derivation);
        return true;
      }
      if (derived.reason.empty()) return false;
      claim.candidates = std::move(derived.candidates);
      claim.unbound_reason =
          "no table row or column is named '" + claim.subject + "'; " + derived.reason;
      return true;
    };
    if (const auto part = BasicExpenditurePartOf(ConceptForm(MatchKey(claim.subject)))) {
      if (settled_by(DeriveBasicExpenditurePart(tables, sections, claim, *part))) return;
    }
    // A government economic class (`机关工资福利支出（501）`) that no row prints: the sum of
    // T6's detail rows of that government class (derived_facts.h).
    if (const std::string gov = GovernmentClassOf(claim.subject); !gov.empty()) {
      if (settled_by(DeriveGovernmentClass(tables, sections, claim, gov))) return;
    }
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
  auto all_same = [&](const std::vector<FactRef>& cells) {
    for (const FactRef& f : cells) {
      const auto a = value(f), b = value(cells.front());
      if (!a || !b || !(*a == *b)) return false;
    }
    return true;
  };
  if (!all_same(preferred)) NarrowToSectionScope(tables, sections, claim, preferred);
  bool same = all_same(preferred);
  // A subject naming no fund (`基本支出`, `项目支出`) stated in a part about the department's
  // whole budget (T1–T3) whose table has no such cell is the whole department's figure: among
  // cells of several other tables, the all-funds tables' (T1, T3) are read before the fund
  // tables' (T4 财政拨款, T5, T8, T9), and bind when they agree (fz-city-civilaffairs-2026 p.25
  // `其中：基本支出1451.64万元、 项目支出798.28万元` → T3, not T5's 693.28 of 一般公共预算 only).
  if (!same && outside_section && !NamesFund(claim.subject) &&
      (*section_table == TableCode::kT1 || *section_table == TableCode::kT2 ||
       *section_table == TableCode::kT3)) {
    std::vector<FactRef> whole;
    for (const FactRef& f : preferred) {
      if (f.code == TableCode::kT1 || f.code == TableCode::kT3) whole.push_back(f);
    }
    if (!whole.empty() && all_same(whole)) {
      preferred = std::move(whole);
      same = true;
    }
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
  // A T6 printed as two lanes (人员经费 | 公用经费, each with its own 合计: Shanghai 决算): its
  // 基本支出 total is the sum of the lanes' totals, printed in no cell.
  if (agreeing.empty() && preferred.size() == 2 &&
      claim.subject.find("基本支出") != std::string::npos) {
    const FactRef& a = preferred[0];
    const FactRef& b = preferred[1];
    const Table& t = tables[a.table];
    if (a.table == b.table && a.code == TableCode::kT6 &&
        t.rows[a.row].lane != t.rows[b.row].lane && IsTotalRow(t.rows[a.row]) &&
        IsTotalRow(t.rows[b.row])) {
      claim.fact_terms = preferred;
      claim.derivation = t.rows[a.row].name + "+" + t.rows[b.row].name;
      return;
    }
  }
  claim.candidates.assign(preferred.begin(),
                          preferred.begin() + std::min<size_t>(preferred.size(), 8));
  claim.unbound_reason = agreeing.empty()
                             ? "ambiguous: several cells are named so and none shows this figure"
                             : "ambiguous: several cells named so show this figure";
}

// Where the last `主要是`/`原因是`/`主要原因`/`其中` before the claim's figure starts in its
// sentence (code points), or -1 when none does.
int SubClauseMarker(const Claim& c) {
  const std::u32string before = TextBeforeFigure(c);
  int marker = -1;
  for (std::u32string_view w : {std::u32string_view(U"主要是"), std::u32string_view(U"原因是"),
                                std::u32string_view(U"主要原因"), std::u32string_view(U"其中")}) {
    const size_t at = before.rfind(w);
    if (at != std::u32string::npos) marker = std::max(marker, static_cast<int>(at));
  }
  return marker;
}

// Whether the claim's figure stands after `主要是`/`原因是`/`其中` in its sentence: a component or
// a sub-unit the sentence explains the main change by, not the report's own row.
bool InSubClause(const Claim& c) { return SubClauseMarker(c) >= 0; }

// Whether a subject is the report's bare total of one side (`收入`, `支出预算` reduced to `支出`).
bool BareSideTotal(const std::string& key) {
  return key == "收入" || key == "支出" || key == "预算收入" || key == "预算支出";
}

// For a claim in a sub-clause (InSubClause): whether the change the sub-clause explains is a
// change of the report's total, so that the items it names are the report's own rows and columns
// (`支出比2025年减少86,685.29万元,主要是基本支出增加4,372.14万元`), not the parts of one row
// (`行政运行（2060101）支出…比上年减少117.05万元，原因是…人员经费减少139.51万元`) or of one item
// (`公务接待费…减少5.31万元，…主要原因是…西安地球环境创新研究院预算减少2.44万元`). The change
// explained is the latest change before the claim's sub-clause opens in its sentence, else the
// latest change outside any sub-clause in the sentence before (same section); it is of a total
// when it is bound to a total row (`本年支出合计`, `收入总计`) or its subject is a bare
// `收入`/`支出`.
bool ExplainsTotalChange(const std::vector<Table>& tables, const std::vector<Claim>& claims,
                         const Claim& c) {
  const int marker = SubClauseMarker(c);
  for (int i = std::min<int>(c.id, static_cast<int>(claims.size())) - 1; i >= 0; --i) {
    const Claim& p = claims[i];
    if (p.source.file != c.source.file || p.source.section != c.source.section) return false;
    const bool same_sentence = p.source.sentence == c.source.sentence;
    if (p.kind != ClaimKind::kChange) continue;
    // A change in a sub-clause of the sentence before is an item, unless it is bound to a total
    // row itself (`其中一般公共预算支出93664.78万元，比2021年增加33030.59万元` → T5's 合计).
    const bool total_item =
        !same_sentence && p.fact && IsTotalRow(tables[p.fact->table].rows[p.fact->row]);
    if (same_sentence ? p.source.span_end > marker : InSubClause(p) && !total_item) continue;
    if (!same_sentence) {
      // Only the sentence right before: no claim of a third sentence in between.
      for (int k = i + 1; k < c.id; ++k) {
        if (claims[k].source.sentence != p.source.sentence &&
            claims[k].source.sentence != c.source.sentence) {
          return false;
        }
      }
    }
    if (p.fact) return IsTotalRow(tables[p.fact->table].rows[p.fact->row]);
    return BareSideTotal(MatchKey(p.subject));
  }
  return false;
}

// Whether a cell may be what a sub-clause's item names: a column of a total row (`基本支出` →
// 合计 × 基本支出), a row of the income and expenditure totals (T1/T4: income sources, spending
// types, classes) or a subject row of the subject tables (T2/T3/T5/T6/T8/T9: class/款/项, economic
// class). Never an item row of T7, T10-T12: those name sub-units or projects (a T7 printed per
// unit, with unit codes).
bool ItemCell(const Table& t, const FactRef& f) {
  return IsTotalRow(t.rows[f.row]) || f.code == TableCode::kT1 || f.code == TableCode::kT4 ||
         IsSubjectTable(f.code);
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

// The items of a 政府采购 category in a T11 that lists items, not categories (xa-city budgets:
// `财政管理A02020400多功能一体机`): the rows whose name carries a 品目 code of the national
// catalogue (A… 货物, B… 工程, C… 服务: a letter and two digits or more, `A02020400`, `C17`),
// read in `column`. Empty where
// no item is of the category, or where the coded items do not add up to the table's 合计 in that
// column (some items uncoded: the sum would be partial).
std::vector<FactRef> ItemsOfCategory(const Table& t, size_t ti, int column,
                                     const std::string& category) {
  static const RE2 kItemCode(R"(([ABC])\d{2,})");
  const std::string letter = category == "货物" ? "A" : category == "工程" ? "B" : "C";
  std::vector<FactRef> items;
  Decimal coded(0, 2);
  std::optional<Decimal> total;
  for (size_t ri = 0; ri < t.rows.size(); ++ri) {
    const TableRow& r = t.rows[ri];
    if (column >= static_cast<int>(r.cells.size())) continue;
    const std::optional<Decimal>& v = r.cells[column].value;
    if (IsTotalRow(r) && !total) total = v;
    std::string found;
    if (!RE2::PartialMatch(r.name, kItemCode, &found) || !v) continue;
    const std::optional<Decimal> sum = Decimal::Add(coded, *v);
    if (!sum) return {};
    coded = *sum;
    if (found == letter) {
      items.push_back({static_cast<int>(ti), t.code, static_cast<int>(ri), column});
    }
  }
  if (!total || !(coded == *total)) return {};
  return items;
}

// 政府采购 amounts where the report has a 政府采购预算表 (T11): the total (`政府采购支出预算总额
// 3,096.24万元`, `本部门政府采购预算共4201.64万元`) is T11's 合计 row, a category (`拟购买货物`,
// `拟采购服务支出`, `政府采购工程类预算`) its 货物/工程/服务 row, read in T11's total column
// (`总计`, `合计`, `预算金额`; the only amount column where there is one). Returns whether the
// claim was a procurement amount T11 settles: bound, or unbound because T11 has no such row or
// total column (a category printed as no row is not taken for zero). A T11 listing items, not
// categories, gives a category as the sum of its items (ItemsOfCategory).
bool BindProcurement(const std::vector<Table>& tables, Claim& claim) {
  std::string key = MatchKey(claim.subject);
  static const RE2 kOwner(
      R"(^(?:本部门|本单位|我部门|我单位|所属各预算单位|\d{4}年度?|当年|年度)+)");
  RE2::Replace(&key, kOwner, "");
  static const RE2 kProcurement(
      R"(^(?:(?:一般公共预算|政府性基金预算?|财政)?拨款(?:安排的?)?)?(?:政府采购|拟采购|拟购买)(货物|工程|服务)?类?(?:支出)?(?:预算)?(?:总额|合计|共|总计|总)?$)");
  std::string category;
  if (!RE2::FullMatch(key, kProcurement, &category)) return false;
  // A list of one fund's part (`其中一般公共预算拨款政府采购预算…：政府采购货物预算564.79万元`)
  // reads that fund's column, never the total column.
  std::string fund;
  {
    const std::string before = ClauseBeforeFigure(claim, U"；;。");
    static const RE2 kFund(R"((一般公共预算|政府性基金|国有资本经营|财政专户|单位资金|财政拨款))");
    RE2::PartialMatch(before, kFund, &fund);
  }
  static const RE2 kCategoryRow(R"(^(?:[一二三四][、.．])?(货物|工程|服务)类?[A-Ca-c]?$)");
  static const RE2 kTotalColumn(R"((?:采购)?(?:总计|合计|预算金额|金额))");
  bool held = false;
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    if (t.code != TableCode::kT11 || !t.insufficient_data.empty()) continue;
    held = true;
    int row = -1;
    for (size_t ri = 0; ri < t.rows.size() && row < 0; ++ri) {
      const TableRow& r = t.rows[ri];
      if (r.lane != 0) continue;
      std::string found;
      if (category.empty()
              ? IsTotalRow(r)
              : RE2::FullMatch(MatchKey(r.name), kCategoryRow, &found) && found == category) {
        row = static_cast<int>(ri);
      }
    }
    int column = -1, amounts = 0, first = -1;
    for (const Column& c : t.columns) {
      if (c.kind != ColumnKind::kAmount || c.lane != 0) continue;
      ++amounts;
      if (first < 0) first = c.index;
      if (column >= 0) continue;
      if (fund.empty() ? c.path.size() == 1 && RE2::FullMatch(c.path[0], kTotalColumn)
                       : c.path.back().find(fund) != std::string::npos) {
        column = c.index;
      }
    }
    if (column < 0 && amounts == 1 && fund.empty()) column = first;
    if (column < 0) continue;
    if (row < 0 && !category.empty()) {
      // No category row: the category is the sum of the items its 品目 code names.
      if (std::vector<FactRef> items = ItemsOfCategory(t, ti, column, category); !items.empty()) {
        claim.fact_terms = std::move(items);
        claim.derivation = "Σ items coded " + category;
        return true;
      }
    }
    if (row < 0) continue;
    claim.fact = FactRef{static_cast<int>(ti), t.code, row, column};
    return true;
  }
  if (!held) return false;
  const std::string where = fund.empty() ? "a total column" : "a column of " + fund;
  claim.unbound_reason = category.empty() ? "T11 prints no total row in " + where
                                          : "T11 prints no row of " + category + " in " + where;
  return true;
}

// An amount of another year than the report's (`2025年当年预算执行数为1690.69万元`, `上年预算
// 数…`): bound to the column headed by that year where a table prints one (`2025年预算数`,
// `2025年执行数`), or to the row of that year in a table of one row per year (`2025年`), never
// to a column or row of no stated year. Where no table prints that year but the
// subject names a cell of the report's year, the figure is none of the report's table facts
// (not_table_fact "other year"); otherwise it stays unbound.
void BindOtherYear(const std::vector<Table>& tables, const std::vector<TableNames>& names,
                   const std::vector<Section>& sections, int report_year, Claim& claim) {
  Claim trial = claim;
  if (trial.measure == Measure::kPreviousYear) trial.measure = Measure::kUnspecified;
  BindAmount(tables, names, sections, trial);
  if (trial.fact &&
      (ColumnYear(tables[trial.fact->table].columns[trial.fact->column]) == claim.year ||
       RowYear(tables[trial.fact->table].rows[trial.fact->row]) == claim.year)) {
    claim.fact = trial.fact;
    return;
  }
  Claim current = trial;
  current.year = report_year;
  current.fact.reset();
  current.not_table_fact.clear();
  BindAmount(tables, names, sections, current);
  if (current.fact) {
    claim.not_table_fact = "other year";
    claim.candidates = {*current.fact};
    claim.unbound_reason = "not a table fact (other year): the tables print '" + claim.subject +
                           "' for " + std::to_string(report_year) + " only, not for " +
                           std::to_string(claim.year);
    return;
  }
  claim.unbound_reason = "a figure of " + std::to_string(claim.year) + ", not of the report's year";
}

// An amount left unbound whose subject a table of one row per year (PeriodRows) names, in a
// row of another year only (`2025年`, `2026年` where the claim is of 2027, or of no known year):
// the reason says so. The claim stays unbound; the binding is not changed.
void ExplainMissingPeriodRow(const std::vector<Table>& tables, const std::vector<TableNames>& names,
                             Claim& claim) {
  if (claim.Bound() || !claim.not_table_fact.empty()) return;
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    if (!t.insufficient_data.empty() || !names[ti].period_rows) continue;
    std::vector<int> years;
    for (const TableRow& row : t.rows) {
      const int y = RowYear(row);
      if (y != 0 && std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
    }
    if (years.empty() || std::find(years.begin(), years.end(), claim.year) != years.end()) {
      continue;
    }
    for (int y : years) {
      Claim trial = claim;
      trial.year = y;
      std::vector<FactRef> named;
      Candidates(tables, names, trial, named);
      for (const FactRef& f : TotalByWording(tables, trial)) named.push_back(f);
      if (std::none_of(named.begin(), named.end(),
                       [&](const FactRef& f) { return f.table == static_cast<int>(ti); })) {
        continue;
      }
      std::string printed;
      for (int py : years) printed += (printed.empty() ? "" : ", ") + std::to_string(py);
      claim.candidates.clear();
      claim.unbound_reason = std::string(TableCodeName(t.code)) + " prints '" + claim.subject +
                             "' in rows of " + printed + " only, none of " +
                             (claim.year != 0 ? std::to_string(claim.year) : "the figure's year");
      return;
    }
  }
}

// `政府性基金拨款支出预算0万元` where the report prints its T8 (T9) without figures: the zero is
// the report's statement that it has no such funds (what table-empty-unstated reads), not a
// figure of any cell, so it is set apart (not_table_fact "empty table"). A figure other than
// zero stays unbound: it contradicts the empty table.
void SetApartEmptyTableZero(const std::vector<Table>& tables, Claim& claim) {
  if (claim.Bound() || !claim.not_table_fact.empty() || !claim.value || !claim.value->is_zero()) {
    return;
  }
  std::optional<TableCode> named;
  if (!TotalByWording(tables, claim, &named).empty() || !named) return;
  if (*named != TableCode::kT8 && *named != TableCode::kT9) return;
  bool empty = false;
  for (const Table& t : tables) {
    if (t.code == *named) empty = empty || !t.insufficient_data.empty() || t.rows.empty();
  }
  if (!empty) return;
  claim.not_table_fact = "empty table";
  claim.unbound_reason = "not a table fact (empty table): " + std::string(TableCodeName(*named)) +
                         " is printed without figures and the text states its total as 0";
}

}  // namespace

std::string MatchKey(const std::string& name) {
  std::string s = WithoutSpaces(name);
  static const RE2 kQualifier(R"([（(]\d*(?:类|款|项|类级|款级|项级)[）)])");
  static const RE2 kQuotes(R"([“”"「」‘’])");
  static const RE2 kOrdinal(
      R"(^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|)"
      R"([\x{2460}-\x{2487}]|其中[：:]?)+)");  // ①–⑳ and ⑴–⒇: list markers
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
                std::vector<Claim>& claims, int report_year, const std::string& department) {
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
      BindOtherYear(tables, names, sections, report_year, c);
      continue;
    }
    if (BindProcurement(tables, c)) continue;
    if (BindDepartmentTotal(tables, department, c)) continue;
    BindAmount(tables, names, sections, c);
    UnbindAppropriationItemFromBasicRow(tables, sections, c);
    NarrowToTypeColumn(tables, names, c);
    ExplainMissingPeriodRow(tables, names, c);
  }
  for (Claim& c : claims) {
    switch (c.kind) {
      case ClaimKind::kAmount:
        SetApartEmptyTableZero(tables, c);
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
          // A bare `收入`/`支出` names the total of the section's table only. In a `主要是…`/
          // `原因是…`/`其中…` sub-clause the name binds only where the sub-clause explains a
          // change of the report's total (ExplainsTotalChange): elsewhere it names a part of
          // one row, a project or a sub-unit. A completion rate in a budget, or a figure of
          // another year, binds to nothing, and says so.
          c.unbound_reason = "no amount named for it";
          const std::string key = MatchKey(c.subject);
          const bool bare_total = BareSideTotal(key);
          if (report_year != 0 && c.year != 0 && c.year != report_year) {
            c.unbound_reason = "a figure of " + std::to_string(c.year) +
                               ", not of the report's year, with no amount named for it";
          } else if (c.kind == ClaimKind::kCompletion && !tables.empty() &&
                     std::none_of(tables.begin(), tables.end(), [](const Table& t) {
                       return t.title.find("决算") != std::string::npos;
                     })) {
            c.unbound_reason =
                "a completion rate with no amounts named for it: the budget's tables hold no "
                "execution figures";
          } else if ((c.kind == ClaimKind::kChange || c.kind == ClaimKind::kGrowth) &&
                     (key.size() >= 9 || bare_total) && key != "收入合计" && key != "支出合计" &&
                     c.direction != Direction::kFlat &&
                     (!InSubClause(c) || ExplainsTotalChange(tables, claims, c))) {
            Claim named;
            named.kind = ClaimKind::kAmount;
            named.subject = c.subject;
            named.year = c.year;
            named.source = c.source;
            BindAmount(tables, names, sections, named);
            // Not a project (T10), and an expenditure never read from an income row or column
            // (a total of both sides, `财政拨款收入、支出总计`, reads either).
            if (named.fact &&
                (named.fact->code == TableCode::kT10 ||
                 (key.find("支出") != std::string::npos && key.find("收入") == std::string::npos &&
                  ReadsIncome(tables[named.fact->table], *named.fact)))) {
              named.fact.reset();
            }
            // A bare side word, or a total of both sides (`收入总计、支出总计`) that no fund
            // qualifies, names the section's table's total only.
            const bool both_sides =
                key.find("收入") != std::string::npos && key.find("支出") != std::string::npos;
            if (named.fact && (bare_total || both_sides)) {
              const int section = c.source.section;
              const bool in_section_table = section >= 0 &&
                                            section < static_cast<int>(sections.size()) &&
                                            sections[section].table == named.fact->code;
              if (!in_section_table) named.fact.reset();
            }
            if (named.fact && InSubClause(c) && !ItemCell(tables[named.fact->table], *named.fact)) {
              named.fact.reset();
            }
            if (named.fact) {
              c.fact = named.fact;
              c.unbound_reason.clear();
            }
          }
        } else if (claims[c.subject_claim].Bound()) {
          c.fact = claims[c.subject_claim].fact;
          c.fact_terms = claims[c.subject_claim].fact_terms;
          c.derivation = claims[c.subject_claim].derivation;
        } else {
          c.unbound_reason = "its amount is unbound: " + claims[c.subject_claim].unbound_reason;
        }
      }
    }
  }
}

}  // namespace fiscalcheck
