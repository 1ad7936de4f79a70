// The audit says "insufficient data" only where it really could not judge: no table whose
// structural identities all hold (and that was rebuilt) may come out as insufficient-data in the
// table rules' coverage (issue 5). Over every report of the bundled corpus/ (real PDFs of many
// producers), so it runs in a fresh clone too.
#include <filesystem>
#include <string>
#include <vector>

#include "audit/auditor.h"
#include "audit/identity_findings.h"
#include "extract/extract.h"
#include "extract/report_facts.h"
#include "extract/tables/table_identities.h"
#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

TEST(CoverageConsistency, NoInsufficientDataOnATableWhoseIdentitiesAllHold) {
  const std::filesystem::path dir = std::filesystem::path(FISCALCHECK_SOURCE_DIR) / "corpus";
  std::vector<std::filesystem::path> pdfs;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
  }
  std::sort(pdfs.begin(), pdfs.end());
  int clean_tables = 0;
  for (const auto& pdf : pdfs) {
    absl::StatusOr<Document> doc = ExtractDocument(pdf.string());
    if (!doc.ok()) continue;  // the scanned file is refused with its reason elsewhere
    std::vector<Document> files;
    files.push_back(*std::move(doc));
    const ReportModel model = BuildReportModel(std::move(files));
    const AuditResult result = RunAudit(model);
    for (const Table& t : model.tables) {
      if (!t.insufficient_data.empty() || t.rows.empty()) continue;
      const std::vector<IdentityCheck> checks = CheckStructuralIdentities(t);
      bool all_hold = !checks.empty();
      for (const IdentityCheck& c : checks)
        all_hold = all_hold && c.outcome == Agreement::kConsistent;
      if (!all_hold) continue;
      ++clean_tables;
      const std::string place = TablePlace(t) + ":";
      for (const CoverageGap& g : result.coverage.gaps) {
        if (g.outcome != Outcome::kInsufficientData) continue;
        if (g.rule != "table-identity" && g.rule != "table-hierarchy") continue;
        EXPECT_NE(g.reason.rfind(place, 0), 0u)
            << pdf.filename() << ": " << g.rule << " says " << g.reason
            << ", though every identity of the table holds";
      }
    }
  }
  EXPECT_GT(clean_tables, 50);
}

}  // namespace
}  // namespace fiscalcheck
