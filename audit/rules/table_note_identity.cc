// table-note-identity: identities a table prints in its notes (`24行 = (1+2+…+7) 行`,
// `1栏各行 = (2+3+4) 栏各行`, note_identity.h) hold: a row identity on every amount column of the
// target row's lane, a column identity on every row with a figure in those columns. An
// identity naming a 行次 or 栏次 the table does not show is insufficient-data.
#include <map>

#include "audit/identity_findings.h"
#include "audit/note_identity.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"

namespace fiscalcheck {
namespace {

struct Ref {
  int row, column, sign;
};

// One evaluation: stated cell against Σ sign × parts.
void Evaluate(const ReportModel& model, AuditContext& context, int ti, const NoteIdentity& id,
              const Ref& total, const std::vector<Ref>& parts) {
  const Table& t = model.tables[ti];
  const auto stated = CellAmount(t.rows[total.row].cells[total.column]);
  if (!stated) {
    context.Insufficient("a cell of a note identity holds no figure");
    return;
  }
  std::vector<Decimal> shown;
  Decimal sum(0, 0);
  bool any = !stated->is_zero();
  for (const Ref& p : parts) {
    auto v = CellAmount(t.rows[p.row].cells[p.column]);
    if (v && p.sign < 0) v = v->Negated();
    if (!v) {
      context.Insufficient("a cell of a note identity holds no figure");
      return;
    }
    auto next = Decimal::Add(sum, *v);
    if (!next) {
      context.Insufficient("figures too large to add exactly");
      return;
    }
    sum = *next;
    any = any || !v->is_zero();
    if (t.rows[p.row].cells[p.column].value) shown.push_back(*v);
  }
  if (!any) return;  // nothing stated on this line
  const Agreement outcome = CompareSum(*stated, shown);
  if (outcome == Agreement::kConsistent) {
    context.Pass();
    return;
  }
  const bool slip = outcome == Agreement::kRoundingSlip;
  Finding f;
  f.severity = slip ? Severity::kWarning : Severity::kError;
  f.category = slip ? "rounding" : "arithmetic";
  f.stated = stated->ToString();
  f.expected = sum.ToString();
  if (auto d = Decimal::Subtract(*stated, sum)) f.difference = d->ToString();
  f.message = TablePlace(t) + ": the table's note says " + id.text + "; " +
              RowText(t.rows[total.row]) + " [" + ColumnText(t.columns[total.column]) + "] shows " +
              f.stated + ", the parts give " + f.expected;
  f.evidence.push_back(CellEvidence(model, ti, total.row, total.column));
  f.keys.push_back(CellKey(model, ti, total.row, total.column));
  for (const Ref& p : parts) {
    f.evidence.push_back(CellEvidence(model, ti, p.row, p.column));
    f.keys.push_back(CellKey(model, ti, p.row, p.column));
  }
  context.Fail(std::move(f));
}

void CheckTable(const ReportModel& model, AuditContext& context, int ti,
                const std::vector<NoteIdentity>& ids) {
  const Table& t = model.tables[ti];
  std::map<std::string, std::vector<int>> rows_by_number;
  for (size_t r = 0; r < t.rows.size(); ++r) {
    if (!t.rows[r].row_number.empty()) rows_by_number[t.rows[r].row_number].push_back(r);
  }
  std::map<std::string, std::vector<int>> columns_by_number;
  for (const Column& c : t.columns) {
    if (!c.column_number.empty()) columns_by_number[c.column_number].push_back(c.index);
  }
  for (const NoteIdentity& id : ids) {
    const bool rows = id.axis == NoteIdentity::Axis::kRows;
    auto& index = rows ? rows_by_number : columns_by_number;
    auto unique = [&](int n) {
      const auto it = index.find(std::to_string(n));
      return it == index.end() || it->second.size() != 1 ? -1 : it->second.front();
    };
    const int target = unique(id.target);
    std::vector<std::pair<int, int>> parts;  // index, sign
    bool found = target >= 0;
    for (const NoteTerm& term : id.terms) {
      const int k = unique(term.number);
      if (k < 0) found = false;
      parts.push_back({k, term.sign});
    }
    if (!found) {
      context.Insufficient(TablePlace(t) + ": a note identity names a " +
                           (rows ? std::string("行次") : std::string("栏次")) +
                           " the table does not show once");
      continue;
    }
    if (rows) {
      const int lane = t.rows[target].lane;
      bool same_lane = true;
      for (const auto& [r, sign] : parts) same_lane = same_lane && t.rows[r].lane == lane;
      if (!same_lane) {
        context.Insufficient(TablePlace(t) + ": a note identity spans lanes");
        continue;
      }
      for (const Column& c : t.columns) {
        if (c.kind != ColumnKind::kAmount || c.lane != lane) continue;
        std::vector<Ref> refs;
        for (const auto& [r, sign] : parts) refs.push_back({r, c.index, sign});
        Evaluate(model, context, ti, id, {target, c.index, 1}, refs);
      }
    } else {
      for (size_t r = 0; r < t.rows.size(); ++r) {
        if (t.rows[r].lane != t.columns[target].lane) continue;
        std::vector<Ref> refs;
        for (const auto& [c, sign] : parts) refs.push_back({static_cast<int>(r), c, sign});
        Evaluate(model, context, ti, id, {static_cast<int>(r), target, 1}, refs);
      }
    }
  }
}

void Check(const ReportModel& model, AuditContext& context) {
  for (size_t i = 0; i < model.tables.size(); ++i) {
    const Table& t = model.tables[i];
    std::vector<NoteIdentity> ids;
    for (const std::string& note : t.notes) {
      for (NoteIdentity& id : ParseNoteIdentities(note)) ids.push_back(std::move(id));
    }
    if (ids.empty()) continue;  // the table prints no identity: nothing applies
    if (!t.insufficient_data.empty() || t.rows.empty()) {
      context.Insufficient(TablePlace(t) + ": table not rebuilt", static_cast<int>(ids.size()));
      continue;
    }
    CheckTable(model, context, static_cast<int>(i), ids);
  }
}

}  // namespace

const Rule kTableNoteIdentityRule = {
    "table-note-identity",
    "Identities printed in a table's notes (`24行 = (1+2+…+7) 行`, `1栏各行 = (2+3) 栏各行`) hold",
    "table notes, 行次 and 栏次", Severity::kError, Check};

}  // namespace fiscalcheck
