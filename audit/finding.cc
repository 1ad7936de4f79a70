#include "audit/finding.h"

namespace fiscalcheck {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      break;
  }
  return "error";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "info") return Severity::kInfo;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

std::string_view OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kPass:
      return "pass";
    case Outcome::kFail:
      return "fail";
    case Outcome::kNotApplicable:
      return "not-applicable";
    case Outcome::kInsufficientData:
      break;
  }
  return "insufficient-data";
}

void CoverageCount::Add(Outcome o, int n) {
  checks += n;
  switch (o) {
    case Outcome::kPass:
      passed += n;
      break;
    case Outcome::kFail:
      failed += n;
      break;
    case Outcome::kNotApplicable:
      not_applicable += n;
      break;
    case Outcome::kInsufficientData:
      insufficient_data += n;
      break;
  }
}

void CoverageCount::Add(const CoverageCount& o) {
  checks += o.checks;
  passed += o.passed;
  failed += o.failed;
  not_applicable += o.not_applicable;
  insufficient_data += o.insufficient_data;
}

CoverageCount CoverageLedger::Totals() const {
  CoverageCount total;
  for (const auto& [rule, count] : by_rule) total.Add(count);
  return total;
}

}  // namespace fiscalcheck
