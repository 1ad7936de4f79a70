// report-department-consistency: every place that names the department (cover, table titles,
// the tables' department lines, report headings) names the same one. Names compare after
// NormalizeDepartment; one containing the other (`江苏省委办公厅` in `中共江苏省委办公厅`) agrees.
#include <map>

#include "audit/rules/rules.h"
#include "extract/report_facts.h"

namespace fiscalcheck {
namespace {

bool Agrees(const std::string& a, const std::string& b) {
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

void Check(const ReportModel& model, AuditContext& context) {
  if (model.department.empty()) {
    context.Insufficient("the department's name could not be read");
    return;
  }
  const std::string reference = NormalizeDepartment(model.department);
  std::map<std::string, Finding> differing;
  std::vector<std::string> order;
  for (const FactSighting& s : model.department_sightings) {
    const std::string name = NormalizeDepartment(s.value);
    if (Agrees(name, reference)) {
      context.Pass();
      continue;
    }
    if (!differing.count(name)) {
      Finding f;
      f.severity = Severity::kWarning;
      f.category = "consistency";
      f.stated = s.value;
      f.expected = model.department;
      f.message =
          "the report is of " + model.department + " but the " + s.where + " names " + s.value;
      differing[name] = f;
      order.push_back(name);
    }
    Evidence e;
    e.file = s.file;
    e.page = s.page;
    e.row = s.where;
    e.text = s.text;
    differing[name].evidence.push_back(e);
  }
  for (const std::string& v : order) context.Fail(differing[v]);
}

}  // namespace

const Rule kReportDepartmentRule = {
    "report-department-consistency",
    "The cover, table titles, department lines and report headings name the same department",
    "cover, table titles, headings", Severity::kWarning, Check};

}  // namespace fiscalcheck
