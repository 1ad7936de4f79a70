// Stage 5c: binding claims to table facts.
//
// Contract:
// - An amount (or a composition's total) binds to one cell when the subject names it: a row by
//   its subject code or name (`社会保障和就业支出（类）` → the 208 row), or a column on a total row
//   (`基本支出` → 合计 × 基本支出), or a table's own total (`一般公共预算财政拨款支出` → T5's
//   合计). The section's table is preferred. In a part about 一般公共预算 spending (T5/T6), cells
//   of tables whose title limits them to 基本支出 (项目支出) are read only where the part's
//   headings name that scope, and tables covering all spending only where they name none (when
//   both kinds hold the name; a subject naming a scope, or after a `人员经费：` type label, is
//   left as is). Among several named cells of different values, the one whose value agrees
//   with the claim is taken only when it is the only one; otherwise the claim stays unbound
//   with its candidates listed. Never a guess by value alone. A government economic class no
//   row prints (`机关工资福利支出（501）`) is a derived fact (derived_facts.h's
//   DeriveGovernmentClass). A bracketed code followed by figures (`资本性支出（310）15.420-4.6`:
//   a table line read as text) names no row.
// - Names are compared without budget wording (`本年收入预算合计` ↔ `本年收入合计`, `财政拨款预算
//   支出` ↔ `财政拨款支出`), without `的` (`对个人和家庭补助` ↔ `对个人和家庭的补助`), an item
//   without a leading `本年` (`本年事业收入` ↔ `事业收入`), a fund's allocation as income by the
//   fund's name (`一般公共预算(当年)拨款收入` ↔ T1's `一般公共预算`); a column also by its whole
//   header path (`上年结转结余的一般公共预算收入` ↔ `上年结转结余 › 一般公共预算`; a carry-over
//   column is read only for a claim naming the carry-over). An income never reads an
//   expenditure cell of T1/T4, nor an expenditure an income cell. A side's total by its wording
//   is T1's (T4's for `财政拨款…`) whatever the template calls it: `本年收入合计` the year's
//   (`本年收入合计`, `当年收入小计`), `收入总计` the grand total (`收入总计`, or `收入合计` where
//   no 总计 row is printed), `收入合计` either, the figure settling which.
// - The 三公 items, 会议费/培训费, 机关运行经费, 人员经费 and 公用经费 match under any printed
//   name with only budget wording around them (`一般公共预算机关运行经费预算支出` ↔ T12's 合计 or
//   T7's `机关运行经费预算数`; `公务用车运行维护费` ↔ `公务用车购置及运行费 › 运行费`;
//   `公务用车购置和运行维护费` ↔ `公务用车购置及运行维护费`); stated in the 三公/机关运行经费
//   part they never bind to T6's row of that name (basic expenditure only). An item (or a total)
//   printed by fund (`公务用车购置费 › 一般公共预算 / 政府性基金预算 / 国有资本经营预算`) reads
//   the column of the fund the subject names; naming none (`财政拨款`: all funds), the one fund
//   column holding a figure other than zero (the first when all are zero), which is then the
//   all-funds figure; where two funds hold figures no one cell is it and the claim stays unbound.
// - A table of one row per period (every row a year `2026年`/`2026年预算数`, a measure
//   `预算数`/`决算数`, or a difference `增减变化金额`: T7 in Shenzhen) is read like a one-row
//   table, by its columns: a figure reads the row of its year (the report's year unless stated) and
//   measure, never another year's row or the difference row; a total (`“三公”经费`) that row's
//   first total column. Where no row is of the figure's year, it stays unbound saying so.
//   A column headed by another year is never read for the report's year; a figure of another
//   year binds only to a column (or a row) headed by that year, and where none is printed but its
//   subject names a cell it is set apart (not_table_fact "other year"), as is a budget figure of a
//   决算 whose subject's cells have no budget column ("budget figure"). In a 决算 the same figure
//   under 预算数 and 决算数 is the 决算数. An item of a part opened by an expenditure type
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
// - An amount whose subject is the report's department itself (`深圳市人民政府口岸办公室预算
//   55,884.67万元`: the extractor keeps the name when nothing but budget wording follows it) is the
//   department's whole budget: T1's 收入总计 and 支出总计, the side its sentence states before the
//   figure settling which; where it states none, both when they print the same figure (bound to
//   收入总计), else ambiguous. The name with a scope the department's name lacks (`…局（本级）`
//   in a report of `…局`) is a unit of it and binds to nothing by this rule.
// - Counts and placeholders are not table figures and stay unbound with that reason; so do
//   claims marked not_table_fact (claim.h), and 政府采购 amounts where the report has no
//   政府采购 table (T11) are marked "procurement"; where T11 lists items, not categories, a
//   category (`政府采购货物类`) is the sum of the items its 品目 code names (A 货物, B 工程, C
//   服务), when the coded items add up to T11's 合计. A claim leaning on a marked amount is marked
//   the same.
#ifndef FISCALCHECK_EXTRACT_CLAIMS_CLAIM_BINDER_H_
#define FISCALCHECK_EXTRACT_CLAIMS_CLAIM_BINDER_H_

#include <string>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

// `report_year` (0 when unknown): an amount stated for another year binds to nothing.
// `department`: the report's department (ReportModel::department, "" when unknown).
void BindClaims(const std::vector<Table>& tables, const std::vector<Section>& sections,
                std::vector<Claim>& claims, int report_year = 0,
                const std::string& department = {});

// A name reduced for matching: no spaces, quotes, ordinal markers (`一、`, `（2）`, `①`, `⑴`),
// `（类）/（款）/（项）` qualifiers or leading `其中：`; `费用` read as `费`.
std::string MatchKey(const std::string& name);

// Whether a claim is a table figure the binder should bind: an amount, composition or a rate
// or change leaning on an amount, with a value and not marked not_table_fact.
bool IsBindableKind(const Claim& claim);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_CLAIM_BINDER_H_
