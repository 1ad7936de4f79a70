// Developer tool behind scripts/claim-report.sh: for one report (one or several PDF files), the
// numeric tokens of its narrative (amounts with a money unit, percentages), how many became
// claims, how many bindable claims were bound to a table fact, and every unbound one with its
// reason; the table-like regions set apart from the narrative (narrative_text.h) are counted
// on the REPORT line and listed as TABLE_LIKE lines with --unbound.
//   claim_report [--unbound] [--claims] [--tables] FILE.pdf...
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "extract/claims/claim_binder.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/narrative_text.h"
#include "extract/extract.h"
#include "extract/report_facts.h"
#include "extract/utf8.h"

using namespace fiscalcheck;  // NOLINT: a small tool

namespace {

// The headings from the top-level part down to `section`, ` > ` between them.
std::string SectionPath(const Narrative& n, int section) {
  std::string out;
  for (int s = section; s >= 0 && s < static_cast<int>(n.sections.size());
       s = n.sections[s].parent) {
    out = n.sections[s].heading + (out.empty() ? "" : " > ") + out;
  }
  return out;
}

// A derived fact as printed by --claims: `T6 derived 301+303 = 工资福利支出=13747.87 + …`.
std::string DerivedText(const std::vector<Table>& tables, const Claim& c) {
  std::string out =
      std::string(TableCodeName(c.fact_terms.front().code)) + " derived " + c.derivation + " =";
  for (size_t i = 0; i < c.fact_terms.size(); ++i) {
    const FactRef& f = c.fact_terms[i];
    out += (i == 0 ? " " : " + ") + tables[f.table].rows[f.row].name + "=" +
           tables[f.table].rows[f.row].cells[f.column].text;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  bool unbound = false, all = false, dump_tables = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--unbound") {
      unbound = true;
    } else if (a == "--claims") {
      all = true;
    } else if (a == "--tables") {
      dump_tables = true;
    } else {
      paths.push_back(a);
    }
  }
  std::vector<Document> input;
  for (const std::string& path : paths) {
    auto doc = ExtractDocument(path);
    if (!doc.ok()) {
      std::printf("REPORT\t%s\terror\t%s\n", path.c_str(),
                  std::string(doc.status().message()).c_str());
      return 0;
    }
    input.push_back(std::move(*doc));
  }
  // The report as `audit` reads it: its year (a figure of another year binds to nothing) and
  // its narrative bound to all files' tables.
  const ReportModel model = BuildReportModel(std::move(input));
  const std::vector<Document>& files = model.files;
  const std::vector<Table>& tables = model.tables;
  const std::vector<int>& table_file = model.table_file;
  bool final_report = false;
  for (const Table& t : tables) {
    if (t.title.find("决算") != std::string::npos) final_report = true;
  }
  const Narrative& n = model.narrative;
  if (dump_tables) {
    // Every parsed table: its columns (index, lane, header path) and rows (code, level, name,
    // cells), to see what a subject could bind to.
    for (size_t ti = 0; ti < tables.size(); ++ti) {
      const Table& t = tables[ti];
      std::printf("TABLE\t%zu\t%s\t%s\t%s\n", ti, std::string(TableCodeName(t.code)).c_str(),
                  t.title.c_str(), t.insufficient_data.c_str());
      for (const Column& c : t.columns) {
        std::printf("COLUMN\t%d\tlane%d\t%s\n", c.index, c.lane, ColumnPathText(c).c_str());
      }
      for (const TableRow& r : t.rows) {
        std::string cells;
        for (const Cell& cell : r.cells) cells += cell.text + "|";
        std::printf("ROW\tlane%d\t%s\tL%d\t%s\t%s\n", r.lane, r.code.c_str(), r.level,
                    r.name.c_str(), cells.c_str());
      }
    }
  }

  // Coverage: numeric tokens of the narrative text, and whether a claim's span covers each.
  int tokens = 0, covered = 0;
  for (size_t f = 0; f < files.size(); ++f) {
    std::vector<const Table*> own;
    for (size_t t = 0; t < tables.size(); ++t) {
      if (table_file[t] == static_cast<int>(f)) own.push_back(&tables[t]);
    }
    std::vector<TableLikeRegion> set_apart;
    const std::vector<NarrativeBlock> blocks =
        NarrativeBlocks(files[f], static_cast<int>(f), own, &set_apart);
    if (unbound) {
      // Each table-like region set apart from the narrative, with its first line, to review.
      for (const TableLikeRegion& r : set_apart) {
        std::printf("TABLE_LIKE\tp%d\t%s\tlines=%d\t%s\n", r.page, r.ruled ? "ruled" : "rows",
                    r.lines, r.first_line.c_str());
      }
    }
    for (const NarrativeBlock& b : blocks) {
      for (const auto& [begin, end] : SplitSentences(b.text)) {
        const std::u32string sentence = b.text.substr(begin, end - begin);
        const std::string utf8 = EncodeUtf8(sentence);
        for (const auto& [tb, te] : NumericTokens(sentence)) {
          ++tokens;
          bool hit = false;
          for (const Claim& c : n.claims) {
            if (c.source.file == static_cast<int>(f) && c.source.sentence == utf8 &&
                c.source.span_begin <= tb && c.source.span_end >= te && c.value) {
              hit = true;
              break;
            }
          }
          if (hit) {
            ++covered;
          } else if (unbound) {
            std::printf("UNCOVERED\t%s\t%s\n", EncodeUtf8(sentence.substr(tb, te - tb)).c_str(),
                        utf8.c_str());
          }
        }
      }
    }
  }
  // Table-scoped: claims in a section that explains a standard table the report holds.
  int scoped = 0, scoped_bound = 0;
  auto in_scope = [&](const Claim& c) {
    if (c.source.section < 0 || c.source.section >= static_cast<int>(n.sections.size())) {
      return false;
    }
    const auto& table = n.sections[c.source.section].table;
    if (!table) return false;
    for (const Table& t : tables) {
      if (t.code == *table) return true;
    }
    return false;
  };
  // bindable: table figures by kind and scope; kind_bindable: by kind alone (the definition
  // before claims outside the tables were set apart); not_table_fact: the difference.
  int bindable = 0, bound = 0, kind_bindable = 0, not_table = 0;
  std::map<std::string, int> scopes;
  std::map<std::string, int> kinds;
  for (const Claim& c : n.claims) {
    kinds[std::string(ClaimKindName(c.kind))]++;
    if (all) {
      std::printf("CLAIM\t%d\t%s\tp%d\t%s\t%s%s\t%s\t%s\t%s\n", c.id,
                  std::string(ClaimKindName(c.kind)).c_str(), c.source.page, c.subject.c_str(),
                  c.value ? c.value->ToString().c_str() : "", std::string(UnitName(c.unit)).c_str(),
                  std::string(MeasureName(c.measure)).c_str(),
                  c.fact ? (std::string(TableCodeName(c.fact->code)) + " r" +
                            std::to_string(c.fact->row) + " c" + std::to_string(c.fact->column) +
                            " " + tables[c.fact->table].rows[c.fact->row].name + "×" +
                            ColumnPathText(tables[c.fact->table].columns[c.fact->column]) + "=" +
                            tables[c.fact->table].rows[c.fact->row].cells[c.fact->column].text)
                               .c_str()
                  : c.Bound() ? DerivedText(tables, c).c_str()
                              : ("-" + c.unbound_reason).c_str(),
                  EncodeUtf8(DecodeUtf8(c.source.sentence).substr(0, 60)).c_str());
    }
    const bool by_kind =
        c.kind != ClaimKind::kCount && c.kind != ClaimKind::kPlaceholder && c.value.has_value();
    if (by_kind) ++kind_bindable;
    if (by_kind && !c.not_table_fact.empty()) {
      ++not_table;
      scopes[c.not_table_fact]++;
      if (unbound) {
        std::printf("NOT_TABLE_FACT\t%s\t%s\t%s\tp%d\t%s\t%s\t%s\n",
                    std::string(ClaimKindName(c.kind)).c_str(), c.subject.c_str(),
                    c.value->ToString().c_str(), c.source.page, c.not_table_fact.c_str(),
                    c.source.sentence.c_str(), SectionPath(n, c.source.section).c_str());
      }
    }
    if (!IsBindableKind(c)) continue;
    ++bindable;
    if (in_scope(c)) {
      ++scoped;
      if (c.Bound()) ++scoped_bound;
    }
    if (c.Bound()) {
      ++bound;
    } else if (unbound) {
      std::string candidates;
      for (const FactRef& f : c.candidates) {
        const Cell& cell = tables[f.table].rows[f.row].cells[f.column];
        candidates += std::string(TableCodeName(f.code)) + ":" + tables[f.table].rows[f.row].name +
                      "×" + ColumnPathText(tables[f.table].columns[f.column]) + "=" + cell.text +
                      " ";
      }
      std::printf("UNBOUND\t%s\t%s\t%s\tp%d\t%s\t[%s]\t%s\t%s\n",
                  std::string(ClaimKindName(c.kind)).c_str(), c.subject.c_str(),
                  c.value ? c.value->ToString().c_str() : "", c.source.page,
                  c.unbound_reason.c_str(), candidates.c_str(), c.source.sentence.c_str(),
                  SectionPath(n, c.source.section).c_str());
    }
  }
  int table_like_lines = 0;
  for (const TableLikeRegion& r : n.table_like) table_like_lines += r.lines;
  std::string kind_list;
  for (const auto& [k, v] : kinds) kind_list += k + "=" + std::to_string(v) + " ";
  std::string scope_list;
  for (const auto& [k, v] : scopes) scope_list += k + ":" + std::to_string(v) + ";";
  std::printf(
      "REPORT\t%s\tkind=%s\ttables=%zu\tsentences=%d\ttokens=%d\tcovered=%d\tbindable=%d\t"
      "bound=%d\tscoped=%d\tscoped_bound=%d\tkind_bindable=%d\tnot_table_fact=%d\t"
      "table_like_regions=%d\ttable_like_lines=%d\tscopes=%s\t%s\n",
      paths.front().c_str(), tables.empty() ? "narrative-only" : (final_report ? "决算" : "预算"),
      tables.size(), n.sentence_count, tokens, covered, bindable, bound, scoped, scoped_bound,
      kind_bindable, not_table, static_cast<int>(n.table_like.size()), table_like_lines,
      scope_list.c_str(), kind_list.c_str());
  return 0;
}
