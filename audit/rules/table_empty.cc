// table-empty-unstated: a standard table printed without figures says so. A table of T1–T9 with
// no rows, or a T8/T9 whose every amount cell is blank, must carry a statement that the unit has
// no such data (Table::declares_empty), or, for T8/T9, a sentence of the report must say the unit
// has no such funds, or state their amount as zero (`政府性基金预算财政拨款支出0万元`). A T8/T9
// that prints explicit zeros (`0.00`) states the zero itself: it is not empty.
#include "audit/identity_findings.h"
#include "audit/rules/rules.h"
#include "audit/table_refs.h"
#include "re2/re2.h"

namespace fiscalcheck {
namespace {

// Whether no amount cell of the table prints a figure (blank, or text such as `—`).
bool NoFigure(const Table& t) {
  for (const TableRow& r : t.rows) {
    for (size_t c = 0; c < r.cells.size() && c < t.columns.size(); ++c) {
      if (t.columns[c].kind != ColumnKind::kAmount) continue;
      if (r.cells[c].value) return false;
    }
  }
  return true;
}

// Whether the narrative states an amount of the table's funds as zero (`政府性基金预算财政拨款
// 收入0万元`): the report says the unit has none.
bool StatedZero(const ReportModel& model, TableCode code) {
  const std::string fund = code == TableCode::kT8 ? "政府性基金" : "国有资本经营";
  for (const Claim& c : model.narrative.claims) {
    if (c.kind == ClaimKind::kAmount && c.value && c.value->is_zero() &&
        c.subject.find(fund) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Whether the report's text says the unit has no funds of the table's kind (`本部门没有使用政府性
// 基金预算拨款安排的支出`), anywhere in its files.
bool StatedElsewhere(const ReportModel& model, TableCode code) {
  static const RE2 kFund(
      R"((?:没有|无|不涉及|未安排)[^。；]{0,30}政府性基金|政府性基金[^。；]{0,30}(?:没有|无|为零|为0|不涉及))");
  static const RE2 kCapital(
      R"((?:没有|无|不涉及|未安排)[^。；]{0,30}国有资本经营|国有资本经营[^。；]{0,30}(?:没有|无|为零|为0|不涉及))");
  const RE2& pattern = code == TableCode::kT8 ? kFund : kCapital;
  for (const Document& d : model.files) {
    for (const Page& p : d.pages) {
      for (const Paragraph& para : p.paragraphs) {
        if (RE2::PartialMatch(para.text, pattern)) return true;
      }
    }
  }
  return false;
}

void Check(const ReportModel& model, AuditContext& context) {
  for (size_t i = 0; i < model.tables.size(); ++i) {
    const Table& t = model.tables[i];
    if (static_cast<int>(t.code) > 9) continue;
    if (!t.insufficient_data.empty()) {
      context.Insufficient(TablePlace(t) + ": table not rebuilt: " + t.insufficient_data);
      continue;
    }
    const bool fund_table = t.code == TableCode::kT8 || t.code == TableCode::kT9;
    const bool empty = t.rows.empty() || (fund_table && NoFigure(t));
    if (!empty || t.declares_empty ||
        (fund_table && (StatedElsewhere(model, t.code) || StatedZero(model, t.code)))) {
      context.Pass();
      continue;
    }
    Finding f;
    f.severity = Severity::kWarning;
    f.category = "structure";
    f.message = TablePlace(t) + " (" + t.title + ") shows no figures" +
                " and does not state that the unit has no such data";
    f.evidence.push_back(TableEvidence(model, static_cast<int>(i)));
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kTableEmptyRule = {
    "table-empty-unstated",
    "A standard table without figures (blank cells, no 0.00) states that the unit has no such data",
    "T1–T9 tables, their notes", Severity::kWarning, Check};

}  // namespace fiscalcheck
