#include "extract/claims/derived_facts.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "extract/utf8.h"

namespace fiscalcheck {
namespace {

struct PartDefinition {
  const char* name;                   // as the narrative states it
  std::vector<std::string> required;  // class codes that must be printed with a figure
  std::vector<std::string> optional;  // class codes added where printed
  bool closed;  // any other class with a figure leaves the part undefined (公用经费)
};

const PartDefinition& Definition(BasicExpenditurePart part) {
  static const PartDefinition kPersonnel = {"人员经费", {"301", "303"}, {}, false};
  static const PartDefinition kPublic = {"公用经费", {"302"}, {"307", "310", "312", "399"}, true};
  return part == BasicExpenditurePart::kPersonnel ? kPersonnel : kPublic;
}

bool Contains(const std::string& s, std::string_view word) {
  return s.find(word) != std::string::npos;
}

// Whether the column's header names a year other than `year` (`2025年预算数`), the year before
// (`上年数`) or a difference (`增减`): never read for the claim's figure.
bool OtherYearColumn(const Column& c, int year) {
  static const RE2 kYear(R"((\d{4})年)");
  for (const std::string& label : c.path) {
    int y = 0;
    if (year != 0 && RE2::PartialMatch(label, kYear, &y) && y > 1990 && y < 2100 && y != year) {
      return true;
    }
    if (label.starts_with("上年数") || label.starts_with("上年预算") || Contains(label, "增减")) {
      return true;
    }
  }
  return false;
}

bool HasLabel(const Column& c, std::string_view word) {
  return std::any_of(c.path.begin(), c.path.end(),
                     [&](const std::string& label) { return Contains(label, word); });
}

// Whether the table prints the split of basic expenditure itself (人员经费 / 公用经费 columns,
// `人员类`, `日常公用支出`): its cells, not a sum, are the figures.
bool StatesSplit(const Table& t) {
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount) continue;
    for (std::string_view word : {"人员经费", "公用经费", "人员支出", "公用支出", "人员类"}) {
      if (HasLabel(c, word)) return true;
    }
  }
  return false;
}

// The column of `lane` holding basic expenditure for the claim, -1 when none: in a 基本支出
// table the claim's measure's column (else the first); in a table of all spending by economic
// class its `基本支出` column.
int BasicColumn(const Table& t, int lane, const Claim& claim) {
  const bool basic_table = Contains(t.title, "基本支出");
  const bool budget = claim.measure == Measure::kInitialBudget ||
                      claim.measure == Measure::kAdjustedBudget ||
                      claim.measure == Measure::kBudget;
  int first = -1;
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != lane || OtherYearColumn(c, claim.year)) continue;
    if (!basic_table) {
      if (!c.path.empty() && c.path.back() == "基本支出") return c.index;
      continue;
    }
    if (first < 0) first = c.index;
    if (budget && HasLabel(c, "预算")) return c.index;
    if (claim.measure == Measure::kFinal && HasLabel(c, "决算")) return c.index;
  }
  return first;
}

bool IsClassCode(const std::string& code) { return code.size() == 3 && code[0] == '3'; }

// One T6's terms for `part`, or why it gives none.
struct Reading {
  std::vector<FactRef> terms;
  std::vector<std::string> codes;
  std::string failure;
};

Reading ReadTable(const std::vector<Table>& tables, int ti, const Claim& claim,
                  const PartDefinition& def) {
  const Table& t = tables[ti];
  Reading r;
  std::map<std::string, int> rows;  // class code → row index
  for (size_t ri = 0; ri < t.rows.size(); ++ri) {
    const std::string& code = t.rows[ri].code;
    if (!IsClassCode(code)) continue;
    if (rows.count(code)) {
      r.failure = "prints class " + code + " twice";
      return r;
    }
    rows[code] = static_cast<int>(ri);
  }
  auto cell_of = [&](int ri) -> std::optional<FactRef> {
    const int col = BasicColumn(t, t.rows[ri].lane, claim);
    if (col < 0 || col >= static_cast<int>(t.rows[ri].cells.size())) return std::nullopt;
    return FactRef{ti, t.code, ri, col};
  };
  for (const std::string& code : def.required) {
    const auto it = rows.find(code);
    if (it == rows.end()) {
      r.failure = "prints no class " + code + " row";
      return r;
    }
    const auto f = cell_of(it->second);
    if (!f || !t.rows[f->row].cells[f->column].value) {
      r.failure = "prints no figure for class " + code;
      return r;
    }
    r.terms.push_back(*f);
    r.codes.push_back(code);
  }
  for (const auto& [code, ri] : rows) {
    const bool optional =
        std::find(def.optional.begin(), def.optional.end(), code) != def.optional.end();
    const bool required =
        std::find(def.required.begin(), def.required.end(), code) != def.required.end();
    if (required) continue;
    const auto f = cell_of(ri);
    const Cell* cell = f ? &t.rows[f->row].cells[f->column] : nullptr;
    if (optional) {
      if (cell && cell->value) {
        r.terms.push_back(*f);
        r.codes.push_back(code);
      }
      continue;
    }
    if (!def.closed || code == "301" || code == "302" || code == "303") continue;
    if (cell && cell->value && !cell->value->is_zero()) {
      r.failure =
          "prints a figure for class " + code + ", which " + def.name + " is not defined over";
      return r;
    }
  }
  // Terms in code order, as the derivation reads.
  std::vector<size_t> order(r.terms.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return r.codes[a] < r.codes[b]; });
  Reading sorted;
  for (size_t i : order) {
    sorted.terms.push_back(r.terms[i]);
    sorted.codes.push_back(r.codes[i]);
  }
  return sorted;
}

// The headings above the claim, joined (its own section's first).
std::string HeadingChain(const std::vector<Section>& sections, int section) {
  std::string out;
  for (int s = section; s >= 0 && s < static_cast<int>(sections.size());
       s = sections[s].parent < s ? sections[s].parent : -1) {
    out += sections[s].heading + "\n";
  }
  return out;
}

}  // namespace

std::optional<BasicExpenditurePart> BasicExpenditurePartOf(const std::string& concept_form) {
  if (concept_form == "=人员经费") return BasicExpenditurePart::kPersonnel;
  if (concept_form == "=公用经费") return BasicExpenditurePart::kPublic;
  return std::nullopt;
}

std::optional<Decimal> DerivedSum(const std::vector<Table>& tables,
                                  const std::vector<FactRef>& terms, Unit unit) {
  std::optional<Decimal> sum = Decimal(0, 0);
  for (const FactRef& f : terms) {
    const Table& t = tables[f.table];
    const Cell& cell = t.rows[f.row].cells[f.column];
    if (!cell.value && !cell.blank()) return std::nullopt;
    std::optional<Decimal> v = cell.value ? *cell.value : Decimal(0, 0);
    if (t.unit != Unit::kNone && unit != Unit::kNone && t.unit != unit) {
      v = v->Convert(t.unit, unit);
    }
    if (!v) return std::nullopt;
    sum = Decimal::Add(*sum, *v);
    if (!sum) return std::nullopt;
  }
  return sum;
}

DerivedFact DeriveBasicExpenditurePart(const std::vector<Table>& tables,
                                       const std::vector<Section>& sections, const Claim& claim,
                                       BasicExpenditurePart part) {
  DerivedFact out;
  const int section = claim.source.section;
  if (section < 0 || section >= static_cast<int>(sections.size()) ||
      sections[section].table != TableCode::kT6) {
    return out;
  }
  const PartDefinition& def = Definition(part);
  struct Copy {
    int table;
    Reading reading;
    std::optional<Decimal> sum;
  };
  std::vector<Copy> copies;
  std::string failure;
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    if (t.code != TableCode::kT6 || !t.insufficient_data.empty() || t.declares_empty ||
        t.rows.empty() || StatesSplit(t)) {
      continue;
    }
    bool has_basic_column = Contains(t.title, "基本支出");
    for (const Column& c : t.columns) {
      has_basic_column = has_basic_column || (c.kind == ColumnKind::kAmount && !c.path.empty() &&
                                              c.path.back() == "基本支出");
    }
    if (!has_basic_column) continue;
    Reading r = ReadTable(tables, static_cast<int>(ti), claim, def);
    if (!r.failure.empty()) {
      if (failure.empty()) failure = "T6 (" + t.title + ") " + r.failure;
      continue;
    }
    const auto sum = DerivedSum(tables, r.terms, claim.unit);
    copies.push_back({static_cast<int>(ti), std::move(r), sum});
  }
  if (copies.empty()) {
    if (!failure.empty()) {
      out.reason = std::string(def.name) + " is not derived: " + failure;
    }
    return out;
  }
  auto take = [&](const Copy& c) {
    out.terms = c.reading.terms;
    for (const std::string& code : c.reading.codes) {
      out.derivation += (out.derivation.empty() ? "" : "+") + code;
    }
  };
  bool same = true;
  for (const Copy& c : copies) {
    same = same && c.sum && copies.front().sum && *c.sum == *copies.front().sum &&
           c.reading.codes == copies.front().reading.codes;
  }
  if (same) {
    // The copy whose fund (一般公共预算 / 财政拨款) the claim's headings name.
    const std::string headings = HeadingChain(sections, section);
    const Copy* best = &copies.front();
    int best_score = -1;
    for (const Copy& c : copies) {
      const std::string& title = tables[c.table].title;
      int score = 0;
      for (std::string_view fund : {"一般公共预算", "财政拨款"}) {
        if (Contains(headings, fund) && Contains(title, fund)) ++score;
        if (!Contains(headings, fund) && Contains(title, fund)) --score;
      }
      if (score > best_score) {
        best_score = score;
        best = &c;
      }
    }
    take(*best);
    return out;
  }
  // Different sums: the claim's value picks a copy only when exactly one agrees.
  std::vector<const Copy*> agreeing;
  for (const Copy& c : copies) {
    if (!c.sum || !claim.value) continue;
    std::vector<Decimal> items;
    for (const FactRef& f : c.reading.terms) {
      if (const auto v = DerivedSum(tables, {f}, claim.unit)) items.push_back(*v);
    }
    if (items.size() == c.reading.terms.size() &&
        CompareSum(*claim.value, items) != Agreement::kInconsistent) {
      agreeing.push_back(&c);
    }
  }
  if (agreeing.size() == 1) {
    take(*agreeing.front());
    return out;
  }
  for (const Copy& c : copies) {
    for (const FactRef& f : c.reading.terms) {
      if (out.candidates.size() < 8) out.candidates.push_back(f);
    }
  }
  out.reason = "ambiguous: the T6s give different sums for " + std::string(def.name);
  return out;
}

}  // namespace fiscalcheck

namespace fiscalcheck {
namespace {

// The last part label by expenditure type before the claim's figure in its sentence
// (`人员经费`, `公用经费`, `专项业务经费`), "" when none.
std::string TypeLabelBefore(const Claim& claim) {
  static const RE2 kTypeLabel(R"((人员经费|公用经费|专项业务经费)[：:])");
  const std::string before = EncodeUtf8(TextBeforeFigure(claim));
  re2::StringPiece input(before);
  std::string label, last;
  while (RE2::FindAndConsume(&input, kTypeLabel, &label)) last = label;
  return last;
}

// The column of `lane` a government class is read from: the first amount column (the table's
// total) or, for a type label, the column so named; -1 when none.
int GovernmentClassColumn(const Table& t, int lane, const Claim& claim, const std::string& label) {
  for (const Column& c : t.columns) {
    if (c.kind != ColumnKind::kAmount || c.lane != lane || OtherYearColumn(c, claim.year)) continue;
    if (HasLabel(c, "备注")) continue;
    if (label.empty() || (!c.path.empty() && Contains(c.path.back(), label))) return c.index;
  }
  return -1;
}

}  // namespace

std::string GovernmentClassOf(const std::string& subject) {
  static const RE2 kClass(R"([（(](5\d\d)[）)]\s*$)");
  std::string code;
  RE2::PartialMatch(subject, kClass, &code);
  return code;
}

std::string GovernmentCodeOf(const TableRow& row) {
  const std::string& code = row.code;
  // `301` + `30101` + `50101`, or `30101` + `50101`.
  if (code.size() == 13 && code[0] == '3' && code.compare(0, 3, code, 3, 3) == 0 &&
      code[8] == '5') {
    return code.substr(8);
  }
  if (code.size() == 10 && code[0] == '3' && code[5] == '5') return code.substr(5);
  return "";
}

std::string SpendingScope(const std::string& name) {
  for (std::string_view scope : {"基本支出", "项目支出"}) {
    if (Contains(name, scope)) return std::string(scope);
  }
  return "";
}

std::string SectionSpendingScope(const std::vector<Section>& sections, int section) {
  for (int s = section; s >= 0 && s < static_cast<int>(sections.size());
       s = sections[s].parent < s ? sections[s].parent : -1) {
    if (std::string scope = SpendingScope(sections[s].heading); !scope.empty()) return scope;
  }
  return "";
}

DerivedFact DeriveGovernmentClass(const std::vector<Table>& tables,
                                  const std::vector<Section>& sections, const Claim& claim,
                                  const std::string& class_code) {
  DerivedFact out;
  const int section = claim.source.section;
  if (class_code.empty() || section < 0 || section >= static_cast<int>(sections.size()) ||
      (sections[section].table != TableCode::kT5 && sections[section].table != TableCode::kT6)) {
    return out;
  }
  const std::string scope = SectionSpendingScope(sections, section);
  const std::string label = TypeLabelBefore(claim);
  struct Copy {
    std::vector<FactRef> terms;
    std::optional<Decimal> sum;
  };
  std::vector<Copy> copies;
  std::string failure;
  for (size_t ti = 0; ti < tables.size(); ++ti) {
    const Table& t = tables[ti];
    if (t.code != TableCode::kT6 || !t.insufficient_data.empty() || t.rows.empty() ||
        SpendingScope(t.title) != scope) {
      continue;
    }
    bool government_codes = false;
    for (const TableRow& r : t.rows)
      government_codes = government_codes || !GovernmentCodeOf(r).empty();
    if (!government_codes) continue;
    const std::string where = "T6 (" + t.title + ") ";
    auto cell_of = [&](size_t ri) -> std::optional<FactRef> {
      const int col = GovernmentClassColumn(t, t.rows[ri].lane, claim, label);
      if (col < 0 || col >= static_cast<int>(t.rows[ri].cells.size())) return std::nullopt;
      return FactRef{static_cast<int>(ti), t.code, static_cast<int>(ri), col};
    };
    // Whole: every detail row joins a government code; each class row is the sum of its rows.
    std::map<std::string, std::vector<FactRef>> details;  // 3xx class → its detail cells
    std::map<std::string, FactRef> class_rows;
    Copy copy;
    std::string broken;
    for (size_t ri = 0; ri < t.rows.size() && broken.empty(); ++ri) {
      const std::string& code = t.rows[ri].code;
      if (code.empty() || code[0] != '3') continue;
      const auto f = cell_of(ri);
      if (!f) {
        broken = "prints no " + (label.empty() ? std::string("total") : label) + " column";
        break;
      }
      if (code.size() == 3) {
        if (class_rows.count(code)) broken = "prints class " + code + " twice";
        class_rows[code] = *f;
        continue;
      }
      const std::string government = GovernmentCodeOf(t.rows[ri]);
      if (government.empty()) {
        broken = "prints item " + code + " without a government code";
        break;
      }
      details[code.substr(0, 3)].push_back(*f);
      const Cell& cell = t.rows[ri].cells[f->column];
      if (government.starts_with(class_code) && cell.value) copy.terms.push_back(*f);
    }
    for (const auto& [cls, f] : class_rows) {
      if (!broken.empty()) break;
      const auto shown = DerivedSum(tables, {f}, t.unit);
      const auto sum = DerivedSum(tables, details[cls], t.unit);
      if (!shown || !sum || !(*shown == *sum)) {
        broken = "does not add up: class " + cls + " is not the sum of its items";
      }
    }
    if (class_rows.empty() && broken.empty()) broken = "prints no class row";
    if (!broken.empty()) {
      if (failure.empty()) failure = where + broken;
      continue;
    }
    if (copy.terms.empty()) {
      if (failure.empty()) failure = where + "prints no figure in a row of class " + class_code;
      continue;
    }
    copy.sum = DerivedSum(tables, copy.terms, claim.unit);
    copies.push_back(std::move(copy));
  }
  if (copies.empty()) {
    if (!failure.empty())
      out.reason = "government class " + class_code + " is not derived: " + failure;
    return out;
  }
  bool same = true;
  for (const Copy& c : copies)
    same = same && c.sum && copies.front().sum && *c.sum == *copies.front().sum;
  if (!same) {
    for (const Copy& c : copies) {
      for (const FactRef& f : c.terms) {
        if (out.candidates.size() < 8) out.candidates.push_back(f);
      }
    }
    out.reason = "ambiguous: the T6s give different sums for government class " + class_code;
    return out;
  }
  out.terms = copies.front().terms;
  out.derivation = "Σ" + class_code + "xx" + (label.empty() ? "" : " (" + label + ")");
  return out;
}

}  // namespace fiscalcheck
