// Declarations of every rule (one file each under audit/rules/); catalogue.cc lists them.
#ifndef FISCALCHECK_AUDIT_RULES_RULES_H_
#define FISCALCHECK_AUDIT_RULES_RULES_H_

#include "audit/rule.h"

namespace fiscalcheck {

extern const Rule kTableIdentityRule;           // table-identity
extern const Rule kTableHierarchyRule;          // table-hierarchy
extern const Rule kTableNoteIdentityRule;       // table-note-identity
extern const Rule kCrossT1T2IncomeRule;         // cross-t1-t2-income
extern const Rule kCrossT1T3ClassesRule;        // cross-t1-t3-classes
extern const Rule kCrossT2T4AppropriationRule;  // cross-t2-t4-appropriation
extern const Rule kCrossT4T5GeneralBudgetRule;  // cross-t4-t5-general-budget
extern const Rule kCrossT5T6BasicRule;          // cross-t5-t6-basic
extern const Rule kCrossT4T8FundRule;           // cross-t4-t8-fund
extern const Rule kTableMissingRule;            // table-missing
extern const Rule kTableEmptyRule;              // table-empty-unstated
extern const Rule kReportYearRule;              // report-year-consistency
extern const Rule kNarrativeAmountRule;         // narrative-amount
extern const Rule kNarrativeRatioRule;          // narrative-ratio
extern const Rule kNarrativeShareSumRule;       // narrative-share-sum
extern const Rule kUndefinedRatioRule;          // undefined-ratio
extern const Rule kDirectionWordsRule;          // direction-words
extern const Rule kNarrativeCompositionRule;    // narrative-composition
extern const Rule kStatedTwiceRule;             // stated-twice
extern const Rule kPlaceholderRule;             // placeholder
extern const Rule kReportDepartmentRule;        // report-department-consistency

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_RULES_RULES_H_
