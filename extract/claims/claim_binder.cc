#include "extract/claims/claim_binder.h"

#include <re2/re2.h>

#include <algorithm>

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
  if (k.size() < 6 || k.compare(k.size() - 6, 6, "经费") != 0) k = StripSuffix(k, "费");
  if (k.size() >= 6) forms.push_back(k);
  std::string without = k;
  ReplaceAll(without, "财政拨款", "");
  if (without.size() >= 12 && without != k) forms.push_back(without);
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
      bool row_named = !code.empty() ? row.code == code : Matches(key_forms, n.rows[ri]);
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
      if (!code.empty()) continue;
      for (size_t ci = 0; ci < t.columns.size(); ++ci) {
        const Column& c = t.columns[ci];
        if (c.kind != ColumnKind::kAmount || c.lane != row.lane || c.path.empty()) continue;
        if (!Matches(key_forms, n.columns[ci])) continue;
        // In a table with budget and final columns, the claim's measure picks the side.
        const bool budget_side = PathHas(c, "预算");
        const bool final_side = PathHas(c, "决算");
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
  if (final_tables && budget_measure) {
    std::erase_if(
        all, [&](const FactRef& f) { return !PathHas(tables[f.table].columns[f.column], "预算"); });
    if (all.empty()) {
      claim.unbound_reason =
          "a budget figure: no budget column of the final-accounts tables "
          "is named '" +
          claim.subject + "'";
      return;
    }
  }
  if (all.empty()) {
    claim.unbound_reason = "no table row or column is named '" + claim.subject + "'";
    return;
  }
  std::optional<TableCode> section_table;
  if (claim.source.section >= 0 && claim.source.section < static_cast<int>(sections.size())) {
    section_table = sections[claim.source.section].table;
  }
  std::vector<FactRef> preferred;
  for (const FactRef& f : all) {
    if (section_table && f.code == *section_table) preferred.push_back(f);
  }
  // The section's table has no cell of that name: another table's cell is taken only when the
  // name settles it (one cell, or cells all showing the same figure).
  const bool outside_section = preferred.empty() && section_table.has_value();
  if (outside_section) {
    bool held = false;
    for (const Table& t : tables) held = held || (t.code == *section_table);
    if (!held) {
      // `公务接待费` in the 三公 section of a report without T7 is not T6's 公务接待费 item.
      claim.unbound_reason = "the section explains " + std::string(TableCodeName(*section_table)) +
                             ", which the report does not hold";
      return;
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
    claim.fact = preferred.front();
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
    return;
  }
  claim.candidates.assign(preferred.begin(),
                          preferred.begin() + std::min<size_t>(preferred.size(), 8));
  claim.unbound_reason = agreeing.empty()
                             ? "ambiguous: several cells are named so and none shows this figure"
                             : "ambiguous: several cells named so show this figure";
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
  ReplaceAll(s, "（", "(");
  ReplaceAll(s, "）", ")");
  return s;
}

bool IsBindableKind(const Claim& c) {
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
  for (Claim& c : claims) {
    if (c.kind != ClaimKind::kAmount) continue;
    if (report_year != 0 && c.year != 0 && c.year != report_year) {
      c.unbound_reason = "a figure of " + std::to_string(c.year) + ", not of the report's year";
      continue;
    }
    BindAmount(tables, names, sections, c);
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
        if (c.subject_claim < 0) {
          c.unbound_reason = "no amount named for it";
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
