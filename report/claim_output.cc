#include "report/claim_output.h"

#include "report/extract_output.h"

namespace fiscalcheck {
namespace {

nlohmann::ordered_json FactJson(const FactRef& f, const std::vector<Table>& tables) {
  nlohmann::ordered_json j;
  j["table"] = TableCodeName(f.code);
  j["table_index"] = f.table;
  if (f.table >= 0 && f.table < static_cast<int>(tables.size())) {
    const Table& t = tables[f.table];
    const TableRow& row = t.rows[f.row];
    const Cell& cell = row.cells[f.column];
    j["row"] = row.name;
    j["row_code"] = row.code;
    j["column"] = ColumnPathText(t.columns[f.column]);
    j["value"] = cell.value ? cell.value->ToString() : "";
    j["unit"] = UnitName(t.unit);
    j["page"] = cell.page != 0 ? cell.page : row.page;
  }
  return j;
}

}  // namespace

nlohmann::ordered_json SectionsJson(const Narrative& narrative) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Section& s : narrative.sections) {
    nlohmann::ordered_json j;
    j["level"] = s.level;
    j["heading"] = s.heading;
    j["file"] = s.file;
    j["page"] = s.page;
    j["parent"] = s.parent;
    j["table"] = s.table ? nlohmann::ordered_json(TableCodeName(*s.table)) : nullptr;
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::ordered_json TableLikeJson(const Narrative& narrative) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const TableLikeRegion& r : narrative.table_like) {
    nlohmann::ordered_json j;
    j["file"] = r.file;
    j["page"] = r.page;
    j["bbox"] = BBoxJson(r.box);
    j["ruled"] = r.ruled;
    j["lines"] = r.lines;
    j["first_line"] = r.first_line;
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::ordered_json ClaimsJson(const Narrative& narrative, const std::vector<Table>& tables) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Claim& c : narrative.claims) {
    nlohmann::ordered_json j;
    j["id"] = c.id;
    j["kind"] = ClaimKindName(c.kind);
    j["value"] = c.value ? nlohmann::ordered_json(c.value->ToString()) : nullptr;
    j["unit"] = c.kind == ClaimKind::kCount ? c.count_unit : std::string(UnitName(c.unit));
    if (c.direction != Direction::kNone) j["direction"] = DirectionName(c.direction);
    j["subject"] = c.subject;
    if (c.measure != Measure::kUnspecified) j["measure"] = MeasureName(c.measure);
    if (!c.base.empty()) j["base"] = c.base;
    j["year"] = c.year;
    if (c.compared_year != 0) j["compared_year"] = c.compared_year;
    if (c.subject_claim >= 0) j["subject_claim"] = c.subject_claim;
    if (c.base_claim >= 0) j["base_claim"] = c.base_claim;
    if (c.change_claim >= 0) j["change_claim"] = c.change_claim;
    if (!c.parts.empty()) j["parts"] = c.parts;
    if (!c.text.empty()) j["text"] = c.text;
    if (!c.not_table_fact.empty()) j["not_table_fact"] = c.not_table_fact;
    j["source"] = {{"file", c.source.file},
                   {"page", c.source.page},
                   {"section", c.source.section},
                   {"sentence", c.source.sentence},
                   {"span", {c.source.span_begin, c.source.span_end}},
                   {"bbox", BBoxJson(c.source.box)}};
    if (c.fact) {
      j["fact"] = FactJson(*c.fact, tables);
    } else if (c.Bound()) {
      // A derived fact (claim.h): no one cell; the cells it sums and how.
      j["fact"] = nullptr;
      j["derivation"] = c.derivation;
      nlohmann::ordered_json terms = nlohmann::ordered_json::array();
      for (const FactRef& f : c.fact_terms) terms.push_back(FactJson(f, tables));
      j["fact_terms"] = std::move(terms);
    } else {
      j["fact"] = nullptr;
      if (!c.unbound_reason.empty()) j["unbound_reason"] = c.unbound_reason;
      if (!c.candidates.empty()) {
        nlohmann::ordered_json cands = nlohmann::ordered_json::array();
        for (const FactRef& f : c.candidates) cands.push_back(FactJson(f, tables));
        j["candidates"] = std::move(cands);
      }
    }
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace fiscalcheck
