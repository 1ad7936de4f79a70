// report-year-consistency: every place that prints the report's year (cover, table titles,
// report headings) prints the same year.
#include <map>

#include "audit/rules/rules.h"

namespace fiscalcheck {
namespace {

void Check(const ReportModel& model, AuditContext& context) {
  if (model.year == 0) {
    context.Insufficient("the report's year could not be read");
    return;
  }
  std::map<std::string, Finding> differing;
  std::vector<std::string> order;
  const std::string year = std::to_string(model.year);
  for (const FactSighting& s : model.year_sightings) {
    if (s.value == year) {
      context.Pass();
      continue;
    }
    if (!differing.count(s.value)) {
      Finding f;
      f.severity = Severity::kWarning;
      f.category = "consistency";
      f.stated = s.value;
      f.expected = year;
      f.message = "the report is for " + year + " (" +
                  (model.year_sightings.empty() ? "" : model.year_sightings.front().where) +
                  ") but " + s.where + " text says " + s.value;
      differing[s.value] = f;
      order.push_back(s.value);
    }
    Evidence e;
    e.file = s.file;
    e.page = s.page;
    e.row = s.where;
    e.text = s.text;
    differing[s.value].evidence.push_back(e);
  }
  for (const std::string& v : order) context.Fail(differing[v]);
}

}  // namespace

const Rule kReportYearRule = {"report-year-consistency",
                              "The cover, table titles and report headings print the same year",
                              "cover, table titles, headings", Severity::kWarning, Check};

}  // namespace fiscalcheck
