// The typed narrative claim: every figure stated in a report's text, with what it is about and
// where it stands. Produced by claims/claim_extractor.h, bound to table facts by
// claims/claim_binder.h, read by the auditor's narrative rules.
#ifndef FISCALCHECK_EXTRACT_CLAIMS_CLAIM_H_
#define FISCALCHECK_EXTRACT_CLAIMS_CLAIM_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/decimal/decimal.h"
#include "extract/geometry.h"
#include "extract/tables/table_titles.h"

namespace fiscalcheck {

enum class ClaimKind {
  kAmount,  // `本年收入合计1,204.56万元`
  kShare,   // `占本年收入96.3%`
  kChange,  // `增加X万元` / `减少X万元` (an amount of change against an earlier year)
  kGrowth,  // `增长Y%` / `下降Y%` / `持平`
  kCompletion,  // `完成年初预算的C%`; also `决算数大于/小于/同预算数` (direction only, no value)
  kComposition,  // `A万元，其中：B万元；C万元` (value: the total; parts: the components)
  kCount,        // `25人`, `3辆`, `5台(套)`
  kPercent,      // a percentage whose role the wording does not settle
  kPlaceholder,  // template residue: `XX`, `××`, `……`, `增加(减少)`, `保有量 辆`, drafting notes
};
std::string_view ClaimKindName(ClaimKind kind);

enum class Direction { kNone, kUp, kDown, kFlat };
std::string_view DirectionName(Direction d);  // "", "up", "down", "flat"

// Which figure of the year the claim states.
enum class Measure {
  kUnspecified,
  kFinal,           // 决算 / 支出决算 / 决算数
  kInitialBudget,   // 年初预算 / 年初预算数
  kAdjustedBudget,  // 全年预算 / 调整预算
  kBudget,          // 预算 / 预算数 (a budget's own figure)
  kPreviousYear,    // 上年 / 上年度 / 与X年相比 …的X年 figure
};
std::string_view MeasureName(Measure m);

// Where the claim's figure stands in the report.
struct ClaimSource {
  int file = 0;          // index of the report's file (several files are one report)
  int page = 0;          // 1-based physical page of the figure's first glyph
  int section = -1;      // index into Narrative::sections, -1 before the first heading
  std::string sentence;  // the whole sentence, as normalised text
  int span_begin = 0;    // the figure's wording within `sentence`, in code points [begin, end)
  int span_end = 0;
  BBox box;  // union of the figure's glyph boxes on `page`
};

// A table fact: one cell of one parsed table of the report.
struct FactRef {
  int table = -1;  // index into the report's tables
  TableCode code = TableCode::kT1;
  int row = -1;     // index into Table::rows
  int column = -1;  // index into Table::columns
  friend bool operator==(const FactRef&, const FactRef&) = default;
};

struct Claim {
  int id = 0;  // index into the report's claims
  ClaimKind kind = ClaimKind::kAmount;
  std::optional<Decimal> value;  // money in `unit`; a percentage's number; a count
  Unit unit = Unit::kNone;       // 元/千元/万元/亿元 for money, kPercent for rates
  std::string count_unit;        // `人`, `辆`, `台(套)` … for counts
  Direction direction = Direction::kNone;
  std::string subject;  // what the figure is about: `财政拨款收入`, `公务用车运行费`
  Measure measure = Measure::kUnspecified;
  std::string base;  // a share's base as worded (`本年收入合计`), or inferred from context
  bool base_stated = false;  // the base is worded in the sentence (`占本年支出合计的`)
  int year = 0;              // the year the figure refers to (the report's year unless stated)
  int compared_year = 0;     // change/growth: the earlier year compared against (0 when unstated)
  // Links to other claims (ids, -1 when none):
  int subject_claim = -1;  // share/growth/change/completion: the amount it is about
  int base_claim = -1;     // share: the base amount; completion: the budget amount
  int change_claim = -1;   // growth: the change amount stated beside it
  std::vector<int> parts;  // composition: the component amounts
  std::string text;        // placeholder: the residue as printed
  ClaimSource source;

  // Why the figure is not a restatement of a standard table, by its wording or section
  // (claim_extractor.h): "performance" (绩效 sections; indicator wording `≥95%`, `满意度`,
  // `合格率`), "asset" (`单价`/`单位价值` thresholds, 国有资产 paragraphs), "procurement" (政府采购
  // where the report has no 政府采购 table, set by the binder), "bare percentage" (a
  // percentage no wording ties to an amount, in a sentence stating none), "other year" and
  // "budget figure" (set by the binder: the subject names a cell, but the tables print no
  // column of the figure's year, or no budget column in a 决算), "empty table" (set by the
  // binder: a total stated as 0 of a T8/T9 printed without figures, the statement that the unit
  // has no such funds); "" when it may be one. Such
  // claims are left unbound and are not counted as bindable.
  std::string not_table_fact;

  // Binding to a table fact (claim_binder.h). Exactly one of:
  // - `fact` set: the figure is one cell;
  // - `fact_terms` non-empty: the figure is a derived fact, the sum of those cells, no one cell
  //   printing it (`人员经费` = T6's 301 + 303 rows; derived_facts.h), `derivation` saying how
  //   (`301+303`);
  // - unbound: neither, with the reason and the candidates considered (empty when none matched
  //   by name).
  std::optional<FactRef> fact;
  std::vector<FactRef> fact_terms;
  std::string derivation;
  std::vector<FactRef> candidates;
  std::string unbound_reason;

  // Whether the claim is bound to a table fact, a cell or a derived sum.
  bool Bound() const { return fact.has_value() || !fact_terms.empty(); }
};

// A heading of the narrative: `第三部分`, `一、`, `（一）`, `1.`.
struct Section {
  int level = 0;  // 0 第X部分, 1 一、, 2 （一）, 3 1.
  std::string heading;
  int file = 0, page = 0;
  int parent = -1;                 // enclosing section, -1 at top level
  std::optional<TableCode> table;  // the standard table this part of the report explains
};

// The claim's sentence before its figure (code points up to source.span_begin).
std::u32string TextBeforeFigure(const Claim& claim);

// A table that no parsed table covers, set apart from the narrative (narrative_text.h): its
// rows are no sentences of the report's text.
struct TableLikeRegion {
  int file = 0;
  int page = 0;
  BBox box;                // the region on the page
  bool ruled = false;      // a ruled grid, not a run of rows
  int lines = 0;           // body lines set apart (none of them inside a parsed table's region)
  std::string first_line;  // the first line set apart, as laid out, to review the decision
};

struct Narrative {
  std::vector<Section> sections;
  std::vector<Claim> claims;
  int sentence_count = 0;
  std::vector<TableLikeRegion> table_like;  // in file and page order
};

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_CLAIM_H_
