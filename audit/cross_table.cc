#include "audit/cross_table.h"

#include <algorithm>

#include "audit/identity_findings.h"
#include "audit/table_refs.h"
#include "re2/re2.h"

namespace fiscalcheck {
namespace {

bool MoneyUnit(Unit u) {
  return u == Unit::kYuan || u == Unit::kQianYuan || u == Unit::kWanYuan || u == Unit::kYiYuan;
}

// The cell's value in `to` (unchanged when either unit is unknown or they agree).
std::optional<Decimal> ValueIn(const ReportModel& model, const CellAt& c, Unit to) {
  const Table& t = model.tables[c.table];
  auto v = CellAmount(t.rows[c.row].cells[c.column]);
  if (!v) return std::nullopt;
  if (MoneyUnit(t.unit) && MoneyUnit(to) && t.unit != to) return v->Convert(t.unit, to);
  return v;
}

}  // namespace

bool ComparablePair(const ReportModel& model, AuditContext& context, TableCode code_a,
                    TableCode code_b, int& a, int& b) {
  a = SingleTable(model, code_a);
  b = SingleTable(model, code_b);
  const std::string names =
      std::string(TableCodeName(code_a)) + " or " + std::string(TableCodeName(code_b));
  if (a == -1 || b == -1) {
    context.NotApplicable(names + " not present as a parsed table");
    return false;
  }
  if (a == -2 || b == -2) {
    context.Insufficient("several " + names + " tables: which to compare is ambiguous");
    return false;
  }
  return true;
}

void CompareFacts(const ReportModel& model, AuditContext& context, const std::string& what,
                  const CellAt& a, const std::vector<CellAt>& b, bool inferred) {
  const Table& ta = model.tables[a.table];
  const auto stated = ValueIn(model, a, ta.unit);
  std::vector<Decimal> parts;
  bool readable = stated.has_value();
  for (const CellAt& c : b) {
    const auto v = ValueIn(model, c, ta.unit);
    if (!v) {
      readable = false;
      break;
    }
    parts.push_back(*v);
  }
  if (!readable || b.empty()) {
    context.Insufficient(what + ": a cell does not hold a figure");
    return;
  }
  Decimal sum(0, 0);
  for (const Decimal& p : parts) {
    auto next = Decimal::Add(sum, p);
    if (!next) {
      context.Insufficient(what + ": figures too large to add exactly");
      return;
    }
    sum = *next;
  }
  if (stated->is_zero() && sum.is_zero()) {
    context.Pass();
    return;
  }
  const Agreement outcome =
      parts.size() == 1 ? CompareShownTwice(*stated, parts.front()) : CompareSum(*stated, parts);
  if (outcome == Agreement::kConsistent) {
    context.Pass();
    return;
  }
  const bool slip = outcome == Agreement::kRoundingSlip;
  Finding f;
  f.severity = slip || inferred ? Severity::kWarning : Severity::kError;
  f.category = slip ? "rounding" : "cross-table";
  std::string other;
  for (const CellAt& c : b) {
    const std::string place = TablePlace(model.tables[c.table]);
    if (other.find(place) == std::string::npos) other += (other.empty() ? "" : ", ") + place;
  }
  f.stated = stated->ToString();
  f.expected = sum.ToString();
  if (auto d = Decimal::Subtract(*stated, sum)) f.difference = d->ToString();
  f.message = what + ": " + TablePlace(ta) + " shows " + f.stated + ", " + other +
              (b.size() == 1 ? " shows " : " sums to ") + f.expected +
              (slip ? " (尾差: the same figure rounded differently)" : "");
  f.evidence.push_back(CellEvidence(model, a.table, a.row, a.column));
  f.keys.push_back(CellKey(model, a.table, a.row, a.column));
  for (const CellAt& c : b) {
    f.evidence.push_back(CellEvidence(model, c.table, c.row, c.column));
    f.keys.push_back(CellKey(model, c.table, c.row, c.column));
  }
  context.Fail(std::move(f));
}

LaneItems FindLaneItems(const Table& table, const std::string& total_pattern) {
  static const RE2 kNumbered(R"(^\s*[一二三四五六七八九十]+、)");
  const RE2 total(total_pattern);
  LaneItems out;
  for (int lane = 0; lane < table.lanes; ++lane) {
    std::vector<int> items;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      if (row.lane != lane) continue;
      if (RE2::PartialMatch(row.name, kNumbered)) {
        items.push_back(static_cast<int>(r));
        continue;
      }
      if (RE2::FullMatch(MatchName(row.name), total)) {
        out.items = items;
        out.total = static_cast<int>(r);
        out.lane = lane;
        return out;
      }
      // Any other total ends the run of items (收入合计 before 支出 in a one-lane table).
      if (MatchName(row.name).find("合计") != std::string::npos) items.clear();
    }
  }
  return out;
}

std::vector<int> ClassRowsNamed(const Table& table, const std::string& name) {
  std::vector<int> out;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    if (row.code.size() == 3 && MatchName(row.name) == name) out.push_back(static_cast<int>(r));
  }
  return out;
}

std::string ClassName(const TableRow& row) { return MatchName(row.name); }

std::string ColumnIncomeSource(const Column& column) {
  // `一般公共预算拨款 › 小计` names its source in the group label; breakdowns (`其中：…`) are
  // not sources.
  for (auto it = column.path.rbegin(); it != column.path.rend(); ++it) {
    if (it->find("其中") != std::string::npos) return "";
    if (it->find("小计") != std::string::npos || it->find("合计") != std::string::npos) continue;
    return IncomeSource(*it);
  }
  return "";
}

namespace {

bool Mentions(const Column& c, const char* word) {
  for (const std::string& label : c.path) {
    if (label.find(word) != std::string::npos) return true;
  }
  return false;
}

bool IsTotalLabel(const std::string& label) {
  return label.find("合计") != std::string::npos || label.find("总计") != std::string::npos ||
         label.find("小计") != std::string::npos;
}

// The largest year (`2026年…`) any column label names, 0 when none.
int LatestYear(const Table& table, int& earliest) {
  static const RE2 kYear(R"((20[0-9]{2})年)");
  int latest = 0;
  earliest = 0;
  for (const Column& c : table.columns) {
    for (const std::string& label : c.path) {
      re2::StringPiece in(label);
      int y = 0;
      while (RE2::FindAndConsume(&in, kYear, &y)) {
        latest = std::max(latest, y);
        earliest = earliest == 0 ? y : std::min(earliest, y);
      }
    }
  }
  return latest;
}

}  // namespace

int TotalColumn(const Table& table) {
  bool carry = false;
  for (const Column& c : table.columns) {
    if (c.kind == ColumnKind::kAmount &&
        (Mentions(c, "结转") || Mentions(c, "结余") || Mentions(c, "事业基金"))) {
      carry = true;
    }
  }
  int earliest = 0;
  const int latest = LatestYear(table, earliest);
  auto candidate = [&](const Column& c) {
    if (c.kind != ColumnKind::kAmount || Mentions(c, "结转") || Mentions(c, "结余") ||
        Mentions(c, "事业基金") || Mentions(c, "上年") || Mentions(c, "%") || Mentions(c, "％")) {
      return false;
    }
    if (latest > earliest && !Mentions(c, (std::to_string(latest) + "年").c_str())) return false;
    return true;
  };
  if (!carry) {
    int first = -1;
    for (const Column& c : table.columns) {
      if (!candidate(c)) continue;
      if (first < 0) first = c.index;
      if (!c.path.empty() && IsTotalLabel(c.path.back())) return c.index;
    }
    return first;
  }
  // Carry-over columns beside this year's: only an explicit this-year total will do.
  int found = -1;
  for (const Column& c : table.columns) {
    if (!candidate(c) || c.path.size() < 2 || !IsTotalLabel(c.path.back())) continue;
    const std::string& group = c.path.front();
    if (group.find("本年") == std::string::npos && group.find("当年") == std::string::npos &&
        (latest == 0 || group.find(std::to_string(latest) + "年") == std::string::npos)) {
      continue;
    }
    if (found >= 0) return -1;
    found = c.index;
  }
  return found;
}

std::string IncomeSource(const std::string& label) {
  const std::string s = MatchName(label);
  auto has = [&](const char* w) { return s.find(w) != std::string::npos; };
  if (has("合计") || has("总计") || has("结转") || has("结余") || has("事业基金")) return "";
  if (has("一般公共预算")) return "gp";
  if (has("政府性基金")) return "gf";
  if (has("国有资本经营")) return "soe";
  if (has("财政专户")) return "special";
  if (has("财政拨款")) return "appropriation";
  if (has("上级补助")) return "superior";
  if (has("附属单位")) return "affiliated";
  if (has("事业单位经营") || has("经营收入")) return "operating";
  if (has("事业收入")) return "business";
  if (has("单位资金")) return "unit";
  if (has("其他收入")) return "other";
  return "";
}

}  // namespace fiscalcheck
