#include "audit/rule.h"

#include <algorithm>

namespace fiscalcheck {

void AuditContext::Begin(const Rule& rule) {
  rule_ = &rule;
  if (!ledger_.by_rule.count(rule.id)) {
    ledger_.rule_order.push_back(rule.id);
    ledger_.by_rule[rule.id] = CoverageCount();
  }
}

void AuditContext::Pass(int n) {
  if (rule_ && n > 0) ledger_.by_rule[rule_->id].Add(Outcome::kPass, n);
}

Finding AuditContext::Stamp(Finding f) const {
  if (rule_) {
    f.rule = rule_->id;
    f.severity = std::min(f.severity, rule_->max_severity);
  }
  return f;
}

void AuditContext::Fail(Finding finding) {
  if (!rule_) return;
  ledger_.by_rule[rule_->id].Add(Outcome::kFail);
  findings_.push_back(Stamp(std::move(finding)));
}

void AuditContext::Note(Finding finding) {
  if (!rule_) return;
  findings_.push_back(Stamp(std::move(finding)));
}

void AuditContext::Gap(Outcome outcome, const std::string& reason, int n) {
  if (!rule_ || n <= 0) return;
  ledger_.by_rule[rule_->id].Add(outcome, n);
  for (CoverageGap& g : ledger_.gaps) {
    if (g.rule == rule_->id && g.outcome == outcome && g.reason == reason) {
      g.count += n;
      return;
    }
  }
  ledger_.gaps.push_back({rule_->id, outcome, reason, n});
}

void AuditContext::NotApplicable(const std::string& reason, int n) {
  Gap(Outcome::kNotApplicable, reason, n);
}

void AuditContext::Insufficient(const std::string& reason, int n) {
  Gap(Outcome::kInsufficientData, reason, n);
}

}  // namespace fiscalcheck
