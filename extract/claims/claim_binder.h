// Stage 5c: binding claims to table facts.
//
// Contract:
// - An amount (or a composition's total) binds to one cell when the subject names it: a row by
//   its subject code or name (`社会保障和就业支出（类）` → the 208 row), or a column on a total row
//   (`基本支出` → 合计 × 基本支出), or a table's own total (`一般公共预算财政拨款支出` → T5's
//   合计). The section's table is preferred. Among several named cells of different values,
//   the one whose value agrees with the claim is taken only when it is the only one; otherwise
//   the claim stays unbound with its candidates listed. Never a guess by value alone.
// - Names are compared without budget wording (`本年收入预算合计` ↔ `本年收入合计`, `财政拨款预算
//   支出` ↔ `财政拨款支出`), without `的` (`对个人和家庭补助` ↔ `对个人和家庭的补助`), an item
//   without a leading `本年` (`本年事业收入` ↔ `事业收入`), a fund's allocation as income by the
//   fund's name (`一般公共预算(当年)拨款收入` ↔ T1's `一般公共预算`). An income never reads an
//   expenditure cell of T1/T4, nor an expenditure an income cell. A side's total by its wording
//   is T1's (T4's for `财政拨款…`) whatever the template calls it: `本年收入合计` the year's
//   (`本年收入合计`, `当年收入小计`), `收入总计` the grand total (`收入总计`, or `收入合计` where
//   no 总计 row is printed), `收入合计` either, the figure settling which.
// - The 三公 items, 会议费/培训费, 机关运行经费, 人员经费 and 公用经费 match under any printed
//   name with only budget wording around them (`一般公共预算机关运行经费预算支出` ↔ T12's 合计 or
//   T7's `机关运行经费预算数`; `公务用车运行维护费` ↔ `公务用车购置及运行费 › 运行费`; a fund's
//   sub-column under an item, `公务用车购置费 › 一般公共预算`, is that item's); stated in
//   the 三公/机关运行经费 part they never bind to T6's row of that name (basic expenditure only).
//   A column headed by another year is never read for the report's year; a figure of another
//   year binds only to a column headed by that year, and where none is printed but its subject
//   names a cell it is set apart (not_table_fact "other year"), as is a budget figure of a 决算
//   whose subject's cells have no budget column ("budget figure"). In a 决算 the same figure under
//   预算数 and 决算数 is the 决算数. An item of a part opened by an expenditure type
//   (`公用经费：…`) reads the row's column of that type. The total of an empty T8/T9 stays unbound,
//   saying so; stated as 0 it is set apart (not_table_fact "empty table": the statement that the
//   unit has no such funds, which table-empty-unstated reads), no cell invented.
// - A share, growth, change, percentage or completion claim binds to the fact of the amount it
//   is about (`subject_claim`). A change or growth stating no amount binds by its subject's name
//   alone (`与上年相比，财政拨款支出增加4322.77万元` → T4's 支出合计); a bare `收入`/`支出`, or a
//   total of both sides no fund qualifies, only to the section's table's total. In a `主要是…`/
//   `原因是…`/`其中…` sub-clause it binds only where the sub-clause explains a change of the
//   report's total (the change before it is bound to a total row, or is a bare `收入`/`支出`; in
//   the sentence before, a change in a `其中…` clause counts when it is bound to a total row),
//   and only to a total row's column, a row of T1/T4 or a subject row of T2/T3/T5/T6/T8/T9; the
//   parts of one row, sub-units and projects stay unbound. A completion rate in a budget, or a
//   figure of another year, stating no amount binds to nothing and says so.
// - Counts and placeholders are not table figures and stay unbound with that reason; so do
//   claims marked not_table_fact (claim.h), and 政府采购 amounts where the report has no
//   政府采购 table (T11) are marked "procurement". A claim leaning on a marked amount is marked
//   the same.
#ifndef FISCALCHECK_EXTRACT_CLAIMS_CLAIM_BINDER_H_
#define FISCALCHECK_EXTRACT_CLAIMS_CLAIM_BINDER_H_

#include <string>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

// `report_year` (0 when unknown): an amount stated for another year binds to nothing.
void BindClaims(const std::vector<Table>& tables, const std::vector<Section>& sections,
                std::vector<Claim>& claims, int report_year = 0);

// A name reduced for matching: no spaces, quotes, ordinal markers, `（类）/（款）/（项）`
// qualifiers or leading `其中：`; `费用` read as `费`.
std::string MatchKey(const std::string& name);

// Whether a claim is a table figure the binder should bind: an amount, composition or a rate
// or change leaning on an amount, with a value and not marked not_table_fact.
bool IsBindableKind(const Claim& claim);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_CLAIM_BINDER_H_
