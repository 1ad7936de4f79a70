#include "report/audit_output.h"

#include <string>

#include "report/extract_output.h"

namespace fiscalcheck {
namespace {

using json = nlohmann::ordered_json;

constexpr size_t kTextEvidence = 8;  // evidence lines shown per finding in text output

json Counts(const CoverageCount& c) {
  return {{"checks", c.checks},
          {"passed", c.passed},
          {"failed", c.failed},
          {"not_applicable", c.not_applicable},
          {"insufficient_data", c.insufficient_data}};
}

std::string Pages(const std::vector<int>& pages) {
  if (pages.empty()) return "?";
  if (pages.size() == 1) return std::to_string(pages.front());
  return std::to_string(pages.front()) + "-" + std::to_string(pages.back());
}

std::string FileName(const ReportModel& model, int file) {
  if (file < 0 || file >= static_cast<int>(model.files.size())) return "";
  return model.files[file].path;
}

}  // namespace

json AuditJson(const ReportModel& model, const AuditResult& result) {
  json j;
  const bool several = model.files.size() > 1;
  j["file"] = model.files.empty() ? "" : model.files.front().path;
  j["sha256"] = model.files.empty() ? "" : model.files.front().sha256;
  j["page_count"] = model.files.empty() ? 0 : model.files.front().pages.size();
  if (several) {
    json files = json::array();
    for (const Document& d : model.files) {
      files.push_back({{"file", d.path}, {"sha256", d.sha256}, {"page_count", d.pages.size()}});
    }
    j["files"] = files;
  }
  json doc;
  doc["kind"] = std::string(ReportKindName(model.kind));
  doc["year"] = model.year > 0 ? json(model.year) : json(nullptr);
  doc["department"] = model.department;
  j["document"] = doc;
  json tables = json::array();
  for (size_t i = 0; i < model.tables.size(); ++i) {
    const Table& t = model.tables[i];
    json tj;
    tj["code"] = std::string(TableCodeName(t.code));
    tj["title"] = t.title;
    tj["pages"] = t.pages;
    tj["unit"] = std::string(UnitName(t.unit));
    tj["row_count"] = t.rows.size();
    if (several) tj["file"] = FileName(model, model.table_file[i]);
    tables.push_back(std::move(tj));
  }
  j["tables"] = tables;
  json findings = json::array();
  for (const Finding& f : result.findings) {
    json fj;
    fj["rule"] = f.rule;
    fj["severity"] = std::string(SeverityName(f.severity));
    fj["category"] = f.category;
    fj["message"] = f.message;
    fj["stated"] = f.stated;
    fj["expected"] = f.expected;
    fj["difference"] = f.difference;
    if (!f.related_rules.empty()) fj["related_rules"] = f.related_rules;
    json ev = json::array();
    for (const Evidence& e : f.evidence) {
      json ej;
      if (several) ej["file"] = FileName(model, e.file);
      ej["page"] = e.page;
      ej["table"] = e.table;
      ej["row"] = e.row;
      ej["column"] = e.column;
      ej["text"] = e.text;
      ej["bbox"] = e.box ? BBoxJson(*e.box) : json(nullptr);
      ev.push_back(std::move(ej));
    }
    fj["evidence"] = ev;
    findings.push_back(std::move(fj));
  }
  j["findings"] = findings;
  j["coverage"] = Counts(result.coverage.Totals());
  json by_rule = json::object();
  for (const std::string& rule : result.coverage.rule_order) {
    by_rule[rule] = Counts(result.coverage.by_rule.at(rule));
  }
  j["coverage_by_rule"] = by_rule;
  json gaps = json::array();
  for (const CoverageGap& g : result.coverage.gaps) {
    gaps.push_back({{"rule", g.rule},
                    {"outcome", std::string(OutcomeName(g.outcome))},
                    {"reason", g.reason},
                    {"count", g.count}});
  }
  j["coverage_gaps"] = gaps;
  return j;
}

void WriteAuditText(const ReportModel& model, const AuditResult& result, std::ostream& out) {
  const bool several = model.files.size() > 1;
  for (const Document& d : model.files) {
    out << "Report file: " << d.path << " (" << d.pages.size() << " pages)\n";
  }
  out << "Document: " << ReportKindName(model.kind) << ", year "
      << (model.year > 0 ? std::to_string(model.year) : "unknown") << ", "
      << (model.department.empty() ? "department unknown" : model.department) << "\n";
  if (model.tables.empty()) {
    out << "Tables: none found\n";
  } else {
    out << "Tables:";
    for (const Table& t : model.tables) {
      out << " " << TableCodeName(t.code) << " p." << Pages(t.pages);
      if (!t.insufficient_data.empty()) out << " (not rebuilt)";
    }
    out << "\n";
  }
  const std::pair<Severity, const char*> kGroups[] = {
      {Severity::kError, "ERRORS"}, {Severity::kWarning, "WARNINGS"}, {Severity::kInfo, "INFO"}};
  for (const auto& [severity, heading] : kGroups) {
    int n = 0;
    for (const Finding& f : result.findings) n += f.severity == severity;
    if (n == 0) continue;
    out << "\n" << heading << " (" << n << ")\n";
    for (const Finding& f : result.findings) {
      if (f.severity != severity) continue;
      out << "- [" << f.rule << "] (" << f.category << ") " << f.message << "\n";
      if (!f.stated.empty() || !f.expected.empty()) {
        out << "    stated " << f.stated << ", expected " << f.expected;
        if (!f.difference.empty()) out << ", difference " << f.difference;
        out << "\n";
      }
      if (!f.related_rules.empty()) {
        out << "    same cause also found by:";
        for (const std::string& r : f.related_rules) out << " " << r;
        out << "\n";
      }
      for (size_t i = 0; i < f.evidence.size() && i < kTextEvidence; ++i) {
        const Evidence& e = f.evidence[i];
        out << "    ";
        if (several) out << FileName(model, e.file) << " ";
        out << "p." << e.page;
        if (!e.table.empty()) out << " " << e.table;
        if (!e.row.empty()) out << " | " << e.row;
        if (!e.column.empty()) out << " | " << e.column;
        out << ": \"" << e.text << "\"\n";
      }
      if (f.evidence.size() > kTextEvidence) {
        out << "    … and " << f.evidence.size() - kTextEvidence << " more\n";
      }
    }
  }
  if (result.findings.empty()) out << "\nNo findings at the requested severity.\n";
  const CoverageCount total = result.coverage.Totals();
  const int evaluated = total.passed + total.failed;
  const int applicable = total.checks - total.not_applicable;
  out << "\nCoverage: " << total.checks << " checks: " << total.passed << " passed, "
      << total.failed << " failed, " << total.not_applicable << " not applicable, "
      << total.insufficient_data << " insufficient data";
  if (applicable > 0) {
    out << " (" << (evaluated * 1000 / applicable) / 10.0 << "% of applicable checks evaluated)";
  }
  out << "\n";
  for (const std::string& rule : result.coverage.rule_order) {
    const CoverageCount& c = result.coverage.by_rule.at(rule);
    out << "  " << rule << ": " << c.checks << " checks, " << c.passed << " passed, " << c.failed
        << " failed, " << c.not_applicable << " n/a, " << c.insufficient_data << " insufficient\n";
  }
  bool heading = false;
  for (const CoverageGap& g : result.coverage.gaps) {
    if (g.outcome != Outcome::kInsufficientData) continue;
    if (!heading) out << "Could not be checked:\n";
    heading = true;
    out << "  " << g.rule << " ×" << g.count << ": " << g.reason << "\n";
  }
}

}  // namespace fiscalcheck
