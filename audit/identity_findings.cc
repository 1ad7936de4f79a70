#include "audit/identity_findings.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "audit/table_refs.h"
#include "extract/tables/table_identities.h"
#include "re2/re2.h"

namespace fiscalcheck {
namespace {

bool Unidentified(const TableRow& row) {
  return row.name.empty() && row.code.empty() && row.row_number.empty();
}

// A figure at the end of a row name (`…发展服务1153992.13`): a cell read into the name.
bool FigureInName(const TableRow& row) {
  static const RE2 kFigure(R"([0-9][0-9,]*\.[0-9]{2}$)");
  return RE2::PartialMatch(row.name, kFigure);
}

// Why the check cannot be evaluated, or "".
std::string Unusable(const Table& t, const IdentityCheck& c) {
  std::vector<int> rows = {c.total.row};
  for (const CellRef& p : c.parts) rows.push_back(p.row);
  for (int r : rows) {
    if (Unidentified(t.rows[r])) {
      return "an identity involves a row without name, code or 行次 (a header line read as "
             "data?)";
    }
    if (FigureInName(t.rows[r])) return "an identity involves a row whose name holds a figure";
  }
  // A sub-item whose printed code has a non-standard length (`301 2` for 30102) is not counted
  // as a child, so the sum would miss it.
  if (c.kind == "hierarchy") {
    const std::string& parent = t.rows[c.total.row].code;
    for (size_t r = c.total.row + 1; !parent.empty() && r < t.rows.size(); ++r) {
      const std::string& code = t.rows[r].code;
      if (code.size() <= parent.size() || code.compare(0, parent.size(), parent) != 0) break;
      if (code.size() != 5 && code.size() != 7) {
        return "a sub-item's printed subject code has a non-standard length (" + code + ")";
      }
    }
  }
  // A run of sub-items cut short by an unlabelled row (a page number or header read as a row)
  // misses the sub-items after it.
  if (c.kind == "hierarchy" && !c.parts.empty()) {
    const size_t next = static_cast<size_t>(c.parts.back().row) + 1;
    if (next < t.rows.size() && Unidentified(t.rows[next])) {
      return "a run of sub-items is interrupted by a row without name or code (a page number "
             "or header read as a row?)";
    }
  }
  return "";
}

std::string Difference(const IdentityCheck& c) {
  auto d = Decimal::Subtract(c.stated, c.expected);
  return d ? d->ToString() : "";
}

}  // namespace

std::string TablePlace(const Table& table) {
  std::string out(TableCodeName(table.code));
  const int page =
      table.title_page > 0 ? table.title_page : (table.pages.empty() ? 0 : table.pages.front());
  if (page > 0) out += " p." + std::to_string(page);
  return out;
}

void RecordTableIdentities(const ReportModel& model, AuditContext& context,
                           const std::vector<std::string>& kinds, bool (*applies)(const Table&)) {
  for (size_t ti = 0; ti < model.tables.size(); ++ti) {
    const Table& t = model.tables[ti];
    if (!applies(t)) continue;
    const std::string place = TablePlace(t);
    if (!t.insufficient_data.empty()) {
      context.Insufficient(place + ": table not rebuilt: " + t.insufficient_data);
      continue;
    }
    if (t.rows.empty()) {
      context.NotApplicable("table without rows");
      continue;
    }
    std::vector<IdentityCheck> checks;
    for (IdentityCheck& c : CheckStructuralIdentities(t)) {
      if (std::find(kinds.begin(), kinds.end(), c.kind) != kinds.end()) {
        checks.push_back(std::move(c));
      }
    }
    if (checks.empty()) {
      context.NotApplicable("no identity of this kind applies to the table");
      continue;
    }
    std::vector<const IdentityCheck*> usable;
    for (const IdentityCheck& c : checks) {
      // An identity that holds is usable whatever its rows look like: figures that add up are
      // read right. The doubts of Unusable only keep a failure from being reported as an error.
      const std::string why = c.outcome == Agreement::kConsistent ? "" : Unusable(t, c);
      if (why.empty()) {
        usable.push_back(&c);
      } else {
        context.Insufficient(place + ": " + why);
      }
    }
    int failed = 0;
    std::set<std::tuple<int, std::string, std::string>> distinct;
    for (const IdentityCheck* c : usable) {
      if (c->outcome == Agreement::kConsistent) continue;
      ++failed;
      distinct.insert({c->total.row, c->stated.ToString(), c->expected.ToString()});
    }
    if (static_cast<int>(distinct.size()) >= kMassiveFailures &&
        failed * 3 > static_cast<int>(usable.size())) {
      context.Insufficient(place + ": " + std::to_string(failed) + " of " +
                               std::to_string(usable.size()) +
                               " identities fail, so the table's columns were probably not "
                               "rebuilt correctly",
                           static_cast<int>(usable.size()));
      continue;
    }
    const int file = model.table_file.empty() ? 0 : model.table_file[ti];
    (void)file;
    for (const IdentityCheck* c : usable) {
      if (c->outcome == Agreement::kConsistent) {
        context.Pass();
        continue;
      }
      const bool slip = c->outcome == Agreement::kRoundingSlip;
      // A total left blank beside figures is a gap in the disclosure, not a wrong sum.
      const bool blank = t.rows[c->total.row].cells[c->total.column].blank();
      Finding f;
      f.severity = slip || blank ? Severity::kWarning : Severity::kError;
      f.category = slip ? "rounding" : (blank ? "structure" : "arithmetic");
      f.message = place + ": " + c->description + ": " +
                  (blank ? std::string("left blank") : "shown " + c->stated.ToString()) +
                  (c->kind == "balance" ? ", the other side shows " : ", the parts sum to ") +
                  c->expected.ToString() + (slip ? " (尾差)" : "");
      f.stated = c->stated.ToString();
      f.expected = c->expected.ToString();
      f.difference = Difference(*c);
      const int ti_int = static_cast<int>(ti);
      f.evidence.push_back(CellEvidence(model, ti_int, c->total.row, c->total.column));
      f.keys.push_back(CellKey(model, ti_int, c->total.row, c->total.column));
      for (const CellRef& p : c->parts) {
        f.evidence.push_back(CellEvidence(model, ti_int, p.row, p.column));
        f.keys.push_back(CellKey(model, ti_int, p.row, p.column));
      }
      context.Fail(std::move(f));
    }
  }
}

}  // namespace fiscalcheck
