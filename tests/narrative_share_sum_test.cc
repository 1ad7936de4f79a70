// narrative-share-sum: the shares of a complete list add up to 100% within rounding. On the real
// sentence of sh-putuo-finance-2024-final.pdf p.21 (71.73 + 11.11 + 2.07 + 15.16 = 100.07%, while
// the four amounts make up the 2940.05万元 exactly) and on variants of it. Fails when the rule
// is removed from the catalogue.
#include <string>
#include <vector>

#include "audit/auditor.h"
#include "extract/claims/claim_extractor.h"
#include "extract/extract.h"
#include "extract/report_facts.h"
#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace fiscalcheck {
namespace {

constexpr char kRule[] = "narrative-share-sum";

// The rule's findings and its coverage for the claims of one constructed narrative sentence.
struct Outcome {
  std::vector<Finding> findings;
  CoverageCount coverage;
};

Outcome AuditSentence(const std::string& sentence) {
  ReportModel m;
  m.files.emplace_back();
  m.files.back().path = "constructed.pdf";
  m.kind = ReportKind::kFinal;
  m.year = 2024;
  m.narrative_only = true;
  m.narrative.claims = ClaimsOfSentence(sentence, 2024);
  m.narrative.sentence_count = 1;
  const AuditResult r = RunAudit(m);
  Outcome out;
  for (const Finding& f : r.findings) {
    if (f.rule == kRule) out.findings.push_back(f);
  }
  out.coverage = r.coverage.by_rule.at(kRule);
  return out;
}

std::string Sentence(const std::string& first_share, const std::string& first_amount) {
  return "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）" +
         first_amount + "万元，占" + first_share +
         "%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；"
         "住房保障支出（类）445.69万元，占15.16%。";
}

TEST(NarrativeShareSum, TheFinanceBureauSharesExceedOneHundredPercent) {
  // As printed (p.21): 100.07%, beyond the ±0.02 four two-decimal shares allow: an error.
  Outcome o = AuditSentence(Sentence("71.73", "2106.66"));
  ASSERT_EQ(o.findings.size(), 1u);
  EXPECT_EQ(o.findings[0].severity, Severity::kError);
  EXPECT_EQ(o.findings[0].stated, "100.07%");
  EXPECT_EQ(o.findings[0].expected, "100%");
  EXPECT_EQ(o.findings[0].evidence.size(), 1u);  // one sentence, quoted once
  EXPECT_EQ(o.findings[0].keys.size(), 4u);      // every share of the list

  // The share the amounts give (71.65%): 99.99%, within rounding.
  o = AuditSentence(Sentence("71.65", "2106.66"));
  EXPECT_TRUE(o.findings.empty());
  EXPECT_EQ(o.coverage.passed, 1);

  // 100.04%: 0.02 beyond the envelope, more than one unit of the last digit: an error; 100.03%:
  // one unit beyond it, a rounding slip (warning).
  o = AuditSentence(Sentence("71.70", "2106.66"));
  ASSERT_EQ(o.findings.size(), 1u);
  EXPECT_EQ(o.findings[0].severity, Severity::kError);
  o = AuditSentence(Sentence("71.69", "2106.66"));
  ASSERT_EQ(o.findings.size(), 1u);
  EXPECT_EQ(o.findings[0].severity, Severity::kWarning);
  EXPECT_EQ(o.findings[0].category, "rounding");
}

TEST(NarrativeShareSum, AListOfTheMainItemsOnlyIsNotChecked) {
  // The first amount lowered by 1000万元: the four amounts no longer make up the whole, so the
  // shares need not reach 100% (and are not judged here: narrative-ratio checks each one).
  const Outcome o = AuditSentence(Sentence("71.73", "1106.66"));
  EXPECT_TRUE(o.findings.empty());
  EXPECT_EQ(o.coverage.not_applicable, 1);
  EXPECT_EQ(o.coverage.failed, 0);
}

TEST(NarrativeShareSum, RealReportCarriesTheError) {
  absl::StatusOr<Document> doc =
      ExtractDocument(testing::ProjectCorpusFile("sh-putuo-finance-2024-final.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::vector<Document> files;
  files.push_back(*std::move(doc));
  const AuditResult r = RunAudit(BuildReportModel(std::move(files)));
  int errors = 0;
  for (const Finding& f : r.findings) {
    if (f.rule != kRule) continue;
    ++errors;
    EXPECT_EQ(f.severity, Severity::kError);
    EXPECT_EQ(f.stated, "100.07%");
    ASSERT_FALSE(f.evidence.empty());
    EXPECT_EQ(f.evidence[0].page, 21);
  }
  EXPECT_EQ(errors, 1);
}

}  // namespace
}  // namespace fiscalcheck
