// Developer tool behind scripts/mutation-report.sh: injects one known inconsistency at a time into
// a real report and checks that the auditor finds it, and finds nothing else new.
//
// For one report (one or several PDF files), the unmutated report is audited first. Then, one
// mutation at a time, on a fresh copy of the report:
//   table-cell      a table cell that satisfies an identity changed beyond its rounding envelope
//   stated-twice    a class figure of T1, shown again in T3, changed by one unit of its last digit
//   narrative-amount an amount stated in the text and bound to a cell, changed by 10%
//   percent-1       a share/growth/completion rate that checks out, changed by one last-digit unit
//   percent-more    the same, changed by five units
//   direction       a growth word flipped in the text (`增长` ↔ `下降`), text re-read
//   placeholder     a stated figure replaced by `XX` in the text, text re-read
//   dropped-table   a standard table removed from the report
// A mutation is caught when a finding absent from the unmutated audit is explained by it (it
// names the mutated cell or claim, or is of the expected rule on the mutated page). A new finding
// not explained by the mutation is spurious.
//   mutation_report [--verbose] FILE.pdf...
#include <array>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "audit/auditor.h"
#include "audit/table_refs.h"
#include "extract/claims/claim_binder.h"
#include "extract/claims/narrative.h"
#include "extract/extract.h"
#include "extract/report_facts.h"
#include "extract/tables/table_identities.h"
#include "extract/utf8.h"

using namespace fiscalcheck;  // NOLINT: a small tool

namespace {

struct Mutation {
  std::string kind;
  std::string description;
  std::string key;               // a cell or claim key a finding may name
  std::set<std::string> linked;  // keys of claims resting on the mutated one (its ratios)
  std::set<std::string> rules;   // rules whose finding on `page` explains it
  int page = 0;                  // 0: any page
  std::function<bool(ReportModel&)> apply;  // false: could not be applied
};

std::string Signature(const Finding& f) {
  return f.rule + "|" + std::string(SeverityName(f.severity)) + "|" + f.message;
}

bool Explains(const Finding& f, const Mutation& m) {
  for (const std::string& k : f.keys) {
    if (!m.key.empty() && k == m.key) return true;
    if (m.linked.count(k)) return true;
  }
  bool rule = m.rules.count(f.rule) > 0;
  for (const std::string& r : f.related_rules) rule = rule || m.rules.count(r) > 0;
  if (!rule) return false;
  if (m.page == 0) return true;
  for (const Evidence& e : f.evidence) {
    if (e.page == m.page) return true;
  }
  return false;
}

void Rebind(ReportModel& model) {
  for (Claim& c : model.narrative.claims) {
    c.fact.reset();
    c.fact_terms.clear();
    c.derivation.clear();
    c.candidates.clear();
    c.unbound_reason.clear();
  }
  BindClaims(model.tables, model.narrative.sections, model.narrative.claims, model.year,
             model.department);
}

void Reread(ReportModel& model) {
  model.narrative =
      ExtractNarrative(model.files, model.tables, model.table_file, model.year, model.department);
}

// Replaces the glyphs that print `from` (the first run of them) by one glyph per code point of
// `to`, each with the box of the first replaced glyph, so that the text keeps its page and place
// when the narrative is re-read. False when no run of glyphs prints `from`.
bool ReplaceGlyphs(Segment& s, const std::string& from, const std::string& to) {
  for (size_t k = 0; k < s.chars.size(); ++k) {
    std::string run;
    size_t end = k;
    while (end < s.chars.size() && run.size() < from.size()) run += s.chars[end++].text;
    if (run != from) continue;
    std::vector<TextChar> glyphs;
    for (char32_t c : DecodeUtf8(to)) {
      TextChar g;
      AppendUtf8(c, g.text);
      g.box = s.chars[k].box;
      glyphs.push_back(std::move(g));
    }
    s.chars.erase(s.chars.begin() + static_cast<std::ptrdiff_t>(k),
                  s.chars.begin() + static_cast<std::ptrdiff_t>(end));
    s.chars.insert(s.chars.begin() + static_cast<std::ptrdiff_t>(k), glyphs.begin(), glyphs.end());
    return true;
  }
  return false;
}

// Replaces the first `from` in a body line of `page` that also contains `anchor`, in the text
// and in the glyphs.
bool ReplaceInLine(ReportModel& model, int file, int page, const std::string& anchor,
                   const std::string& from, const std::string& to) {
  if (file >= static_cast<int>(model.files.size())) return false;
  for (Page& p : model.files[file].pages) {
    if (p.number != page) continue;
    for (Line& line : p.lines) {
      for (Segment& s : line.segments) {
        if (s.text.find(anchor) == std::string::npos) continue;
        const size_t at = s.text.find(from);
        if (at == std::string::npos) continue;
        s.text.replace(at, from.size(), to);
        ReplaceGlyphs(s, from, to);
        line.text.clear();
        for (const Segment& x : line.segments) {
          if (!line.text.empty()) line.text += kSegmentSeparator;
          line.text += x.text;
        }
        return true;
      }
    }
  }
  return false;
}

// The claim's figure as printed (`174,900.64`), from its sentence span, unit dropped.
std::string Printed(const Claim& c) {
  const std::u32string sentence = DecodeUtf8(c.source.sentence);
  std::u32string span =
      sentence.substr(c.source.span_begin, c.source.span_end - c.source.span_begin);
  while (!span.empty() && !(span.back() >= '0' && span.back() <= '9')) span.pop_back();
  return EncodeUtf8(span);
}

// Passing checks of a rule on the unmutated report are what a mutation can break.
std::vector<Mutation> Mutations(const ReportModel& base, const AuditResult& audit) {
  std::vector<Mutation> out;
  // table-cell: totals of passing identities, one per table, at most 4.
  int cells = 0;
  for (size_t t = 0; t < base.tables.size() && cells < 4; ++t) {
    for (const IdentityCheck& c : CheckStructuralIdentities(base.tables[t])) {
      if (c.outcome != Agreement::kConsistent || c.parts.empty()) continue;
      // Rows the auditor cannot identify make its identities insufficient-data, not checks.
      auto unnamed = [&](int r) {
        const TableRow& x = base.tables[t].rows[r];
        return x.name.empty() && x.code.empty() && x.row_number.empty();
      };
      bool identified = !unnamed(c.total.row);
      for (const CellRef& p : c.parts) identified = identified && !unnamed(p.row);
      if (!identified) continue;
      const int row = c.total.row, col = c.total.column;
      const Cell& cell = base.tables[t].rows[row].cells[col];
      if (!cell.value) continue;
      Mutation m;
      m.kind = "table-cell";
      m.key = CellKey(base, static_cast<int>(t), row, col);
      // Beyond the envelope of the sum: more units of the last digit than there are parts,
      // and at least 1 (1.00 in a table of 万元 with two decimals).
      const Decimal units(static_cast<int64_t>(c.parts.size()) + 2, cell.value->scale());
      const Decimal delta = units > Decimal(1, 0) ? units : Decimal(1, 0);
      m.description = std::string(TableCodeName(base.tables[t].code)) + " " +
                      base.tables[t].rows[row].name + " " + cell.text + " +" + delta.ToString();
      m.rules = {"table-identity", "table-hierarchy"};
      m.page = cell.page;
      m.apply = [t, row, col, delta](ReportModel& r) {
        Cell& x = r.tables[t].rows[row].cells[col];
        x.value = Decimal::Add(*x.value, delta);
        x.text = x.value->ToString();
        return true;
      };
      out.push_back(m);
      ++cells;
      break;
    }
  }
  // stated-twice: a T1 class row (lane 1, numbered) whose name is also a T3 class, where the
  // cross-table rule could compare T1 with T3 at all.
  const auto cross = audit.coverage.by_rule.find("cross-t1-t3-classes");
  const bool comparable = cross != audit.coverage.by_rule.end() && cross->second.passed > 0;
  for (size_t t = 0; t < base.tables.size() && comparable; ++t) {
    if (base.tables[t].code != TableCode::kT1) continue;
    const Table& t1 = base.tables[t];
    for (size_t r = 0; r < t1.rows.size(); ++r) {
      const TableRow& row = t1.rows[r];
      if (row.lane != 1 || row.name.find("支出") == std::string::npos || row.name.size() <= 6 ||
          row.name.find("合计") != std::string::npos ||
          row.name.find("总计") != std::string::npos) {
        continue;
      }
      const int col = t1.FindColumn(ColumnKind::kAmount, 1);
      if (col < 0 || !row.cells[col].value || row.cells[col].value->is_zero()) continue;
      Mutation m;
      m.kind = "stated-twice";
      m.key = CellKey(base, static_cast<int>(t), static_cast<int>(r), col);
      m.description = "T1 " + row.name + " " + row.cells[col].text + " +1 last digit";
      m.rules = {"cross-t1-t3-classes", "table-identity"};
      m.page = row.cells[col].page;
      m.apply = [t, r, col](ReportModel& x) {
        Cell& c = x.tables[t].rows[r].cells[col];
        c.value = Decimal::Add(*c.value, c.value->LastDigitUnit());
        c.text = c.value->ToString();
        return true;
      };
      out.push_back(m);
      break;
    }
    break;
  }
  // Claims that check out now.
  std::set<int> failing_claims;
  for (const Finding& f : audit.findings) {
    for (const std::string& k : f.keys) {
      if (k.rfind("claim:", 0) == 0) failing_claims.insert(std::stoi(k.substr(6)));
    }
  }
  int amounts = 0, rates = 0, directions = 0, holes = 0;
  for (const Claim& c : base.narrative.claims) {
    if (failing_claims.count(c.id) || !c.value) continue;
    const std::string key = "claim:" + std::to_string(c.id);
    if (c.kind == ClaimKind::kAmount && c.Bound() && !c.value->is_zero() && amounts < 3) {
      Mutation m;
      m.kind = "narrative-amount";
      m.key = key;
      m.description = c.subject + " " + c.value->ToString() + " +10%";
      m.rules = {"narrative-amount"};
      m.page = c.source.page;
      const int id = c.id;
      // Shares, rates and 其中 lists computed from this amount change with it.
      for (const Claim& other : base.narrative.claims) {
        bool rests =
            other.subject_claim == id || other.base_claim == id || other.change_claim == id;
        for (int p : other.parts) rests = rests || p == id;
        if (rests) m.linked.insert("claim:" + std::to_string(other.id));
      }
      m.apply = [id](ReportModel& r) {
        Claim& x = r.narrative.claims[id];
        const Decimal tenth = Decimal(x.value->mantissa() / 10 + (x.value->mantissa() < 10 ? 1 : 0),
                                      x.value->scale());
        x.value = Decimal::Add(*x.value, tenth);
        return true;
      };
      out.push_back(m);
      ++amounts;
    }
    const bool rate = (c.kind == ClaimKind::kShare || c.kind == ClaimKind::kCompletion ||
                       c.kind == ClaimKind::kGrowth) &&
                      c.subject_claim >= 0 && (c.base_claim >= 0 || c.change_claim >= 0) &&
                      // A share on an inferred base smaller than its part is not checked.
                      !(c.kind == ClaimKind::kShare && !c.base_stated && c.base_claim >= 0 &&
                        base.narrative.claims[c.subject_claim].value &&
                        base.narrative.claims[c.base_claim].value &&
                        *base.narrative.claims[c.subject_claim].value >
                            *base.narrative.claims[c.base_claim].value);
    if (rate && rates < 3) {
      for (int units : {1, 5}) {
        Mutation m;
        m.kind = units == 1 ? "percent-1" : "percent-more";
        m.key = key;
        m.description = std::string(ClaimKindName(c.kind)) + " " + c.subject + " " +
                        c.value->ToString() + "% +" + std::to_string(units) + " last digit";
        m.rules = {"narrative-ratio", "undefined-ratio"};
        m.page = c.source.page;
        const int id = c.id;
        m.apply = [id, units](ReportModel& r) {
          Claim& x = r.narrative.claims[id];
          x.value = Decimal::Add(*x.value, Decimal(units, x.value->scale()));
          return true;
        };
        out.push_back(m);
      }
      ++rates;
    }
    if (c.kind == ClaimKind::kGrowth && c.change_claim >= 0 && directions < 2 &&
        (c.direction == Direction::kUp || c.direction == Direction::kDown)) {
      const std::string from = c.direction == Direction::kUp ? "增长" : "下降";
      const std::string to = c.direction == Direction::kUp ? "下降" : "增长";
      const std::string anchor = Printed(c);
      Mutation m;
      m.kind = "direction";
      m.description = c.subject;
      m.description += ": " + from;
      m.description += " → " + to;
      m.rules = {"direction-words", "narrative-ratio"};
      m.page = c.source.page;
      const int file = c.source.file, page = c.source.page;
      m.apply = [file, page, anchor, from, to](ReportModel& r) {
        if (!ReplaceInLine(r, file, page, anchor, from + anchor, to + anchor) &&
            !ReplaceInLine(r, file, page, anchor, from, to)) {
          return false;
        }
        Reread(r);
        return true;
      };
      out.push_back(m);
      ++directions;
    }
    if (c.kind == ClaimKind::kAmount && holes < 2 && c.value->mantissa() >= 100) {
      const std::string anchor = Printed(c);
      Mutation m;
      m.kind = "placeholder";
      m.description = c.subject + " " + anchor + " → XX (p." + std::to_string(c.source.page) + ")";
      m.rules = {"placeholder"};
      m.page = c.source.page;
      const int file = c.source.file, page = c.source.page;
      m.apply = [file, page, anchor](ReportModel& r) {
        if (!ReplaceInLine(r, file, page, anchor, anchor, "XX")) return false;
        Reread(r);
        return true;
      };
      out.push_back(m);
      ++holes;
    }
  }
  // dropped-table: the report's T7 (else T5): its text stays excluded from the narrative, as if
  // the table's pages were removed with it.
  for (TableCode code : {TableCode::kT7, TableCode::kT5}) {
    int index = -1;
    for (size_t t = 0; t < base.tables.size(); ++t) {
      if (base.tables[t].code == code) index = static_cast<int>(t);
    }
    if (index < 0) continue;
    Mutation m;
    m.kind = "dropped-table";
    m.description = std::string(TableCodeName(code)) + " removed";
    m.rules = {"table-missing"};
    m.apply = [index](ReportModel& r) {
      r.tables.erase(r.tables.begin() + index);
      r.table_file.erase(r.table_file.begin() + index);
      Rebind(r);
      return true;
    };
    out.push_back(m);
    break;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--verbose") {
      verbose = true;
    } else {
      paths.push_back(a);
    }
  }
  std::vector<Document> docs;
  for (const std::string& p : paths) {
    auto doc = ExtractDocument(p);
    if (!doc.ok()) {
      std::printf("REPORT\t%s\terror\t%s\n", p.c_str(),
                  std::string(doc.status().message()).c_str());
      return 0;
    }
    docs.push_back(std::move(*doc));
  }
  const ReportModel base = BuildReportModel(std::move(docs));
  const AuditResult base_audit = RunAudit(base);
  std::set<std::string> before;
  for (const Finding& f : base_audit.findings) before.insert(Signature(f));

  std::map<std::string, std::array<int, 4>>
      tally;  // kind → attempted, caught, spurious, not applied
  for (Mutation& m : Mutations(base, base_audit)) {
    ReportModel mutated = base;
    if (!m.apply(mutated)) {
      tally[m.kind][3]++;
      continue;
    }
    if (m.kind == "placeholder") {
      // The residue the mutation left is a claim of the re-read text on the mutated page; a
      // finding naming it is explained even when it only adds a place to an existing finding
      // (`XX (93 places)` where the report already had 92), whose evidence may not list the page.
      for (const Claim& c : mutated.narrative.claims) {
        if (c.kind == ClaimKind::kPlaceholder && c.source.page == m.page) {
          m.linked.insert("claim:" + std::to_string(c.id));
        }
      }
    }
    const AuditResult audit = RunAudit(mutated);
    bool caught = false;
    int spurious = 0;
    std::string spurious_text, new_text;
    for (const Finding& f : audit.findings) {
      if (before.count(Signature(f))) continue;
      new_text += " [" + f.rule + ": " + f.message + "]";
      if (Explains(f, m)) {
        caught = true;
      } else {
        ++spurious;
        std::string pages;
        for (const Evidence& e : f.evidence) pages += " p." + std::to_string(e.page);
        spurious_text += " [" + f.rule + ": " + f.message + " at" + pages + "]";
      }
    }
    auto& t = tally[m.kind];
    t[0]++;
    t[1] += caught ? 1 : 0;
    t[2] += spurious;
    if (verbose || !caught || spurious > 0) {
      std::printf("MUTATION\t%s\t%s\t%s\t%s%s\n", paths.front().c_str(), m.kind.c_str(),
                  caught ? "caught" : "missed", m.description.c_str(),
                  spurious > 0 ? ("\tspurious:" + spurious_text).c_str()
                  : !caught ? ("\tnew findings:" + (new_text.empty() ? " none" : new_text)).c_str()
                            : "");
    }
  }
  for (const auto& [kind, t] : tally) {
    std::printf("RESULT\t%s\t%s\tattempted=%d\tcaught=%d\tspurious=%d\tnot_applied=%d\n",
                paths.front().c_str(), kind.c_str(), t[0], t[1], t[2], t[3]);
  }
  return 0;
}
