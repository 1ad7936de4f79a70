// What the auditor reports: findings (with evidence quoted from the report) and the coverage
// ledger that says how much of the report was actually checked (ARCHITECTURE.md, "Outcomes are
// explicit").
//
// Contract:
// - Every rule × applicable item ends as exactly one Outcome, recorded in the ledger; a check that
//   could not be evaluated is never counted as passed.
// - A Finding's amounts (stated, expected, difference) are exact decimal strings as displayed,
//   never floats; `expected` is the recomputed value or the value the other side of an equality
//   shows.
#ifndef FISCALCHECK_AUDIT_FINDING_H_
#define FISCALCHECK_AUDIT_FINDING_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/geometry.h"

namespace fiscalcheck {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
std::string_view SeverityName(Severity s);  // "info", "warning", "error"
std::optional<Severity> ParseSeverity(std::string_view name);

enum class Outcome { kPass, kFail, kNotApplicable, kInsufficientData };
std::string_view OutcomeName(Outcome o);  // "pass", "fail", "not-applicable", "insufficient-data"

// One place of the report a finding rests on.
struct Evidence {
  int file = 0;       // index of the report's file
  int page = 0;       // physical 1-based page; 0 when the fact has no page
  std::string table;  // "T3", or "" for text outside tables
  std::string row;    // the row as printed: code and name, or 行次
  std::string column;  // the column path (`本年支出 › 基本支出`), with its 栏次 when numbered
  std::string text;  // quoted source text (the cell as printed, or the line)
  std::optional<BBox> box;
};

struct Finding {
  std::string rule;  // the rule id (kebab-case)
  Severity severity = Severity::kError;
  std::string category;  // arithmetic | rounding | cross-table | structure | consistency
  std::string message;
  std::string stated, expected, difference;  // decimal strings as displayed; "" when n/a
  std::vector<Evidence> evidence;
  // Other rules whose findings had the same root cause and were merged into this one.
  std::vector<std::string> related_rules;
  // Grouping keys (not printed): the cells this finding is about ("file:table:row:column"); two
  // findings with the same difference sharing a key have one root cause and are merged.
  std::vector<std::string> keys;
};

// Outcome counts for one rule or for the whole audit.
struct CoverageCount {
  int checks = 0, passed = 0, failed = 0, not_applicable = 0, insufficient_data = 0;
  void Add(Outcome o, int n = 1);
  void Add(const CoverageCount& other);
};

// Why some items of a rule could not be checked (or did not apply), with how many.
struct CoverageGap {
  std::string rule;
  Outcome outcome = Outcome::kInsufficientData;
  std::string reason;
  int count = 0;
};

struct CoverageLedger {
  std::vector<std::string> rule_order;           // catalogue order
  std::map<std::string, CoverageCount> by_rule;  // every catalogued rule, even with 0 checks
  std::vector<CoverageGap> gaps;                 // in the order first met
  CoverageCount Totals() const;
};

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_FINDING_H_
