// Stage 5b: typed claims from the narrative's sentences.
//
// Contract:
// - Every figure in a sentence with a money unit (元, 千元, 万元, 亿元), a percent sign or a count
//   unit (人, 辆, 台(套), 个, 家, 项) becomes exactly one claim; its kind comes from the words
//   before it in its clause (`增加`→change, `增长`→growth, `占`→share, `完成…的`→completion),
//   a percentage no wording settles is kPercent. Figures are exact decimals as displayed.
// - Words that state a direction without a figure (`持平`, `决算数小于预算数`) are claims with
//   a direction and no value. `其中：` lists become a composition claim over the amounts they
//   name. Template residue becomes placeholder claims (placeholders.h).
// - Links: a share, growth, change or completion claim names the amount it is about
//   (`subject_claim`) and, where the text gives or implies it, its base; nothing is linked
//   across sections, and an unresolvable link stays -1. A share's unstated base is the total
//   leading its sentence (an amount before the list that has no share of its own), else the
//   total stated last in the same `（一）`-level part (`收入预算515313.35万元。其中：…占2.7%`),
//   never an amount smaller than the part. A percentage in brackets right after a change
//   (`增加27.47万元（402.20%）`) is that change's rate, as is `减幅X%`. A rate inside a
//   `主要是…`/`主要原因是…`/`其中…` sub-clause is about the subject that sub-clause names, never
//   the sentence's main change. A change's subject is what changed: without the sub-clause's
//   lead-in (`主要原因是`), the comparison (`和2025年相比`, `较预算数`), a cause
//   (`公用经费因人员增加正常增加`) or a defining parenthetical (`（上一年度，下同）`); a fund keeps
//   its `预算` (`一般公共预算`). A change naming no subject, or a bare `收入`/`支出`, after a list
//   closed by `；` is the sentence total's; a change is of the report's year's amount, never of the
//   earlier one it is compared with. A sentence naming no subject of its own is about the one
//   amount of the sentence before (same section), or, for a change or rate, the total leading the
//   sentence before when all its other amounts are items of a list after it (`口岸管理业务
//   40,000.70万元,主要包括：…。较2025年年初预算增加569.63万元`) and it states no change; a
//   sentence that only lists parts keeps the total carried before it. An amount naming no subject
//   at all, in the first sentence with figures after a whole heading, is the heading's subject
//   (`（一）因公出国（境）经费` / `2026年预算安排7.05万元`, `(二)支出预算:2026年年初预算数…`).
// - The report's own department named before a subject is no part of it (`国家信访局一般公共预算
//   基本支出` → `一般公共预算基本支出`; the sentence keeps the name); named alone, or with budget
//   wording only (`深圳市人民政府口岸办公室预算55,884.67万元`), it is the subject (the binder reads
//   it as the department's total). A scope in brackets after the name that the department's own
//   name does not carry (`深圳市民政局（本级）` in a report of `深圳市民政局`) names a unit, and
//   the subject keeps it whole. Other owners are removed only where a place name opens them
//   (`上海市普陀区规划和自然资源局收入支出总计`).
// - Figures that are not restatements of a standard table are marked (Claim::not_table_fact):
//   everything under a 绩效 heading, indicator wording (`≥`, `≤`, `不低于`, `满意`,
//   `合格率`, `指标` … in the clause, a numbered `指标3：` before the figure) and every figure
//   on a page of a performance-indicator table read as text (the page names two of `一级指标`,
//   `二级指标`, `指标值`, `产出指标`, `成本指标` …) are "performance"; `单价`/`单位价值` thresholds
//   and 国有资产 sections are "asset"; a percentage no wording ties to an amount, in a sentence
//   stating no amount, is a "bare percentage".
#ifndef FISCALCHECK_EXTRACT_CLAIMS_CLAIM_EXTRACTOR_H_
#define FISCALCHECK_EXTRACT_CLAIMS_CLAIM_EXTRACTOR_H_

#include <string>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/claims/narrative_text.h"

namespace fiscalcheck {

// Appends the claims of `blocks` (sections already assigned) to `out`; ids continue from
// out.size(). `report_year` is the report's fiscal year (0 when unknown); `sections` the
// narrative's sections the blocks point into (nullptr: none known); `department` the report's
// department as ReportModel names it ("" when unknown). Returns the number of sentences read.
int ExtractClaims(const std::vector<NarrativeBlock>& blocks, int report_year,
                  std::vector<Claim>& out, const std::vector<Section>* sections = nullptr,
                  const std::string& department = {});

// The claims of one sentence given as plain text (for tests and tools): file 0, page 0.
std::vector<Claim> ClaimsOfSentence(const std::string& sentence, int report_year = 0,
                                    const std::string& department = {});

// The numeric tokens of `text` that claims must cover: amounts with a money unit and
// percentages, as [begin, end) code point spans. Independent of the claim patterns, so
// claim-report can measure coverage.
std::vector<std::pair<int, int>> NumericTokens(const std::u32string& text);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_CLAIM_EXTRACTOR_H_
