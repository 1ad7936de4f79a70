// table-hierarchy: subject hierarchy sums of the subject tables: 类 = Σ 款, 款 = Σ 项 (functional),
// economic class = Σ its items (T6), and 合计 = Σ 类. Project tables (T10) are not subject tables:
// their codes identify projects, so no hierarchy is read into them.
#include "audit/identity_findings.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

bool SubjectTable(const Table& t) { return IsSubjectTable(t.code); }

void Check(const ReportModel& model, AuditContext& context) {
  RecordTableIdentities(model, context, {"hierarchy"}, SubjectTable);
}

}  // namespace

const Rule kTableHierarchyRule = {
    "table-hierarchy",
    "Subject hierarchy sums: 类 = Σ 款 = Σ 项, economic class = Σ items, 合计 = Σ 类",
    "T2,T3,T5,T6,T8,T9 tables", Severity::kError, Check};

}  // namespace fiscalcheck
