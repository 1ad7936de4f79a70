#include "audit/auditor.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "audit/catalogue.h"

namespace fiscalcheck {
namespace {

int Find(std::vector<int>& parent, int i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

bool SameRow(const Finding& a, const Finding& b) {
  if (a.evidence.empty() || b.evidence.empty()) return false;
  const Evidence& x = a.evidence.front();
  const Evidence& y = b.evidence.front();
  return x.file == y.file && x.table == y.table && x.page == y.page && x.row == y.row &&
         !x.table.empty();
}

bool SharesKey(const Finding& a, const Finding& b) {
  for (const std::string& k : a.keys) {
    if (std::find(b.keys.begin(), b.keys.end(), k) != b.keys.end()) return true;
  }
  return false;
}

std::string Magnitude(const std::string& difference) {
  return !difference.empty() && difference[0] == '-' ? difference.substr(1) : difference;
}

bool SameCause(const Finding& a, const Finding& b) {
  if (a.difference.empty() || Magnitude(a.difference) != Magnitude(b.difference)) return false;
  if (SharesKey(a, b)) return true;
  return a.rule == b.rule && a.stated == b.stated && a.expected == b.expected && SameRow(a, b);
}

auto SortKey(const Finding& f) {
  static const Evidence kNone;
  const Evidence& e = f.evidence.empty() ? kNone : f.evidence.front();
  return std::make_tuple(-static_cast<int>(f.severity), e.file, e.page, e.table, e.row, f.rule,
                         f.message);
}

bool SameEvidence(const Evidence& a, const Evidence& b) {
  return a.file == b.file && a.page == b.page && a.table == b.table && a.row == b.row &&
         a.column == b.column && a.text == b.text;
}

}  // namespace

std::vector<Finding> GroupFindings(std::vector<Finding> findings) {
  const int n = static_cast<int>(findings.size());
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) {
      if (SameCause(findings[i], findings[j])) parent[Find(parent, j)] = Find(parent, i);
    }
  }
  std::vector<Finding> out;
  std::vector<int> slot(n, -1);
  for (int i = 0; i < n; ++i) {
    const int root = Find(parent, i);
    if (slot[root] < 0) {
      slot[root] = static_cast<int>(out.size());
      out.push_back(findings[i]);
      continue;
    }
    Finding& into = out[slot[root]];
    Finding& f = findings[i];
    if (f.severity > into.severity) {
      // The more severe finding leads; the other's rule becomes related.
      std::swap(into.rule, f.rule);
      std::swap(into.message, f.message);
      std::swap(into.category, f.category);
      into.severity = f.severity;
      std::swap(into.stated, f.stated);
      std::swap(into.expected, f.expected);
    }
    if (f.rule != into.rule && std::find(into.related_rules.begin(), into.related_rules.end(),
                                         f.rule) == into.related_rules.end()) {
      into.related_rules.push_back(f.rule);
    }
    for (Evidence& e : f.evidence) {
      const bool seen = std::any_of(into.evidence.begin(), into.evidence.end(),
                                    [&](const Evidence& x) { return SameEvidence(x, e); });
      if (!seen) into.evidence.push_back(std::move(e));
    }
    for (std::string& k : f.keys) into.keys.push_back(std::move(k));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& a, const Finding& b) { return SortKey(a) < SortKey(b); });
  return out;
}

AuditResult RunAudit(const ReportModel& model, const AuditOptions& options) {
  AuditContext context(model);
  const std::vector<const Rule*>& rules = options.rules.empty() ? Catalogue() : options.rules;
  for (const Rule* rule : rules) {
    context.Begin(*rule);
    rule->check(model, context);
  }
  AuditResult result;
  result.coverage = std::move(context.ledger());
  for (Finding& f : GroupFindings(std::move(context.findings()))) {
    switch (f.severity) {
      case Severity::kError:
        ++result.errors;
        break;
      case Severity::kWarning:
        ++result.warnings;
        break;
      case Severity::kInfo:
        ++result.infos;
        break;
    }
    if (f.severity >= options.min_severity) result.findings.push_back(std::move(f));
  }
  return result;
}

}  // namespace fiscalcheck
