// table-identity: each table's row totals (合计 = Σ component columns), lane totals (本年收入合计
// = Σ numbered income items, 本年支出合计 = Σ numbered classes) and balance (收入总计 = 支出总计).
#include "audit/identity_findings.h"
#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

bool AnyTable(const Table&) { return true; }

void Check(const ReportModel& model, AuditContext& context) {
  RecordTableIdentities(model, context, {"row-total", "lane-total", "balance"}, AnyTable);
}

}  // namespace

const Rule kTableIdentityRule = {"table-identity",
                                 "Row totals, lane totals (本年收入合计, 本年支出合计) and "
                                 "收入总计 = 支出总计 of each table hold "
                                 "under the rounding envelope",
                                 "T1–T5 tables", Severity::kError, Check};

}  // namespace fiscalcheck
