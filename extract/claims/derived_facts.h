// Derived table facts: a narrative figure that no single cell prints but the table's identities
// define as a sum of cells (DOMAIN.md, T6 row of the identities table).
//
// Contract:
// - 人员经费 is T6's class rows 301 + 303 (工资福利支出 + 对个人和家庭的补助); 公用经费 is 302
//   (商品和服务支出) + 307, 310, 312, 399 where those rows are printed. A derived fact is given
//   only when every required class row (301 and 303, or 302) is printed once and holds a figure;
//   an optional row left blank adds nothing.
// - Only a claim stated in a part of the narrative that explains T6 is derived (elsewhere 人员经费
//   may be every fund's, or one unit's, while T6 is the general budget's basic spending only).
// - The T6s read: a 基本支出 table by economic class (its total column, or the claim's measure's
//   column), or an economic-class table of all spending through its `基本支出` column. A T6 that
//   prints 人员经费/公用经费 columns itself states the split (the binder binds those cells) and is
//   never summed; nor is one printing a class row twice (a badly rebuilt table), nor, for 公用经费,
//   one printing a figure in a class row neither part is defined over (309, 311, 313).
// - Several T6s giving the same sum (a 财政拨款 and an 一般公共预算 copy): one of them, the copy
//   whose fund the claim's headings name when they name one. Different sums: the one whose sum
//   agrees with the claim when it is the only one; otherwise none, with the candidates.
// - Nothing is bound by value alone: the claim's value only picks among copies its name settles.
#ifndef FISCALCHECK_EXTRACT_CLAIMS_DERIVED_FACTS_H_
#define FISCALCHECK_EXTRACT_CLAIMS_DERIVED_FACTS_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/claims/claim.h"
#include "extract/tables/table.h"

namespace fiscalcheck {

// The part of spending a name is limited to: "基本支出" or "项目支出" when it names one (a
// table's title `一般公共预算基本支出明细表`, a heading `（四）一般公共预算基本支出情况`), ""
// when it covers all spending (`一般公共预算支出明细表（按支出经济分类科目）`).
std::string SpendingScope(const std::string& name);

// The spending scope of the part of the narrative `section` opens: the first scope its headings
// name, from its own heading up ("" when none does).
std::string SectionSpendingScope(const std::vector<Section>& sections, int section);

// The parts of basic expenditure the narrative states by the T6 identity.
enum class BasicExpenditurePart { kPersonnel, kPublic };  // 人员经费, 公用经费

// The part a concept form names (the binder's ConceptForm of the subject's MatchKey: `=人员经费`
// for `本部门人员经费`, `人员经费支出`), nullopt for any other form (`在职人员经费` has none).
std::optional<BasicExpenditurePart> BasicExpenditurePartOf(const std::string& concept_form);

// The outcome of deriving: `terms` (with `derivation`, e.g. "301+303") when derived; otherwise
// `reason` says why not (empty when the claim is outside a T6 part or the report has no usable
// T6, so the binder's own reason stands) and `candidates` lists the cells considered.
struct DerivedFact {
  std::vector<FactRef> terms;
  std::string derivation;
  std::vector<FactRef> candidates;
  std::string reason;
};

DerivedFact DeriveBasicExpenditurePart(const std::vector<Table>& tables,
                                       const std::vector<Section>& sections, const Claim& claim,
                                       BasicExpenditurePart part);

// Government economic classes (政府预算支出经济分类: 501 机关工资福利支出, 502 机关商品和服务
// 支出 … 509 对个人和家庭的补助, 599): xa-city budgets print, per detail row of their T6 by
// economic class, the department's item code and the government's (`30101 基本工资 50101 工资奖金
// 津补贴`; the row's code reads them joined, `3013010150101` or `3010150101`), and the narrative
// states the government classes (`机关工资福利支出（501）5,977.55万元`) that no row prints.
// - GovernmentClassOf: the class code a subject states in brackets (`…（501）` → "501"), "" when
//   none.
// - GovernmentCodeOf: a T6 row's government item code (`50101`), "" when its code joins none.
// - DeriveGovernmentClass: the sum of the detail rows whose government code is of the class, in
//   the T6 by economic class of the spending the claim's part of the narrative is about: a part
//   of a 一般公共预算 section (T5/T6) whose headings name 基本支出 reads a table titled 基本支出,
//   one naming none a table of all spending. The column read is the table's total column, or,
//   after a part label by expenditure type (`②公用经费：商品和服务支出（502）126.00万元`), the
//   column of that type (`公用经费支出`). Rows whose cell is blank add nothing. A table is read
//   only when it is whole: every detail row (an item code under a 3xx class) joins a government
//   code, and each 3xx class row equals the sum of its detail rows in the column read (a badly
//   rebuilt table that lost cells is never summed). Several such tables giving different sums:
//   none, with the candidates. No class row, no figure: no derived fact, with the reason.
std::string GovernmentClassOf(const std::string& subject);
std::string GovernmentCodeOf(const TableRow& row);
DerivedFact DeriveGovernmentClass(const std::vector<Table>& tables,
                                  const std::vector<Section>& sections, const Claim& claim,
                                  const std::string& class_code);

// The value of a derived fact in `unit` (the exact sum of its terms' shown figures, converted
// from each table's unit); nullopt when a term holds no figure. Blank term cells count as 0.
std::optional<Decimal> DerivedSum(const std::vector<Table>& tables,
                                  const std::vector<FactRef>& terms, Unit unit);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_CLAIMS_DERIVED_FACTS_H_
