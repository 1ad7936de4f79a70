// A rule of the catalogue and the context it records into.
//
// Contract:
// - A rule reads only the ReportModel (parsed tables, claims, report facts), never page text
//   directly, and reports through AuditContext: for every applicable item exactly one of Pass,
//   Fail (with its finding), NotApplicable or Insufficient. Info findings that are not the
//   outcome of a check go through Note.
// - A rule never reports a finding above its declared max_severity (the context clamps).
#ifndef FISCALCHECK_AUDIT_RULE_H_
#define FISCALCHECK_AUDIT_RULE_H_

#include <string>
#include <vector>

#include "audit/finding.h"
#include "extract/report_model.h"

namespace fiscalcheck {

class AuditContext;

struct Rule {
  const char* id;           // kebab-case, stable: `table-row-total`
  const char* description;  // one line
  const char* reads;        // what it reads: "T2,T3,T5 tables"
  Severity max_severity;
  void (*check)(const ReportModel& model, AuditContext& context);
};

class AuditContext {
 public:
  explicit AuditContext(const ReportModel& model) : model_(model) {}

  // Makes `rule` the rule that following records belong to.
  void Begin(const Rule& rule);

  void Pass(int n = 1);
  void Fail(Finding finding);  // one failed item; the finding's rule id is filled in
  void NotApplicable(const std::string& reason, int n = 1);
  void Insufficient(const std::string& reason, int n = 1);
  void Note(Finding finding);  // a finding that is not the outcome of a counted check

  const ReportModel& model() const { return model_; }
  std::vector<Finding>& findings() { return findings_; }
  CoverageLedger& ledger() { return ledger_; }

 private:
  void Gap(Outcome outcome, const std::string& reason, int n);
  Finding Stamp(Finding f) const;

  const ReportModel& model_;
  const Rule* rule_ = nullptr;
  std::vector<Finding> findings_;
  CoverageLedger ledger_;
};

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_RULE_H_
