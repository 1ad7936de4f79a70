// The fiscalcheck command line. Subcommands and exit codes are the stable contract of
// ARCHITECTURE.md: 0 done; 1 only from `audit` when a finding reaches error severity; 2 unreadable
// input or wrong arguments, with a one-line reason on stderr.
#include <malloc.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_join.h"
#include "audit/auditor.h"
#include "audit/catalogue.h"
#include "extract/extract.h"
#include "extract/report_facts.h"
#include "extract/tables/table_builder.h"
#include "report/audit_output.h"
#include "report/claim_output.h"
#include "report/extract_output.h"
#include "report/table_output.h"
#include "scan/export.h"
#include "scan/scan.h"
#include "scan/worker.h"

namespace fiscalcheck {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitErrorFinding = 1;
constexpr int kExitBadInput = 2;

// Extracts every file of one report; on the first unreadable file prints its reason and fails.
bool ExtractAll(const std::vector<std::string>& files, const ExtractOptions& options,
                std::vector<Document>& docs) {
  for (const std::string& file : files) {
    absl::StatusOr<Document> doc = ExtractDocument(file, LayoutSettings(), options);
    if (!doc.ok()) {
      std::cerr << "fiscalcheck: " << doc.status().message() << '\n';
      return false;
    }
    if (!doc->pages_without_text.empty()) {
      std::cerr << "fiscalcheck: warning: " << file << ": no text on page(s) "
                << absl::StrJoin(doc->pages_without_text, ", ") << '\n';
    }
    docs.push_back(*std::move(doc));
  }
  return true;
}

void PrintDocuments(std::vector<Document> docs, const std::string& format,
                    const JsonOptions& json_options) {
  if (format == "json") {
    // The files are one report: tables per file, claims bound across all of them.
    const ReportModel model = BuildReportModel(std::move(docs));
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (size_t f = 0; f < model.files.size(); ++f) {
      nlohmann::ordered_json j = ExtractJson(model.files[f], json_options);
      std::vector<Table> own;
      for (size_t t = 0; t < model.tables.size(); ++t) {
        if (model.table_file[t] == static_cast<int>(f)) own.push_back(model.tables[t]);
      }
      j["tables"] = TablesJson(own);
      Narrative mine;
      for (const Section& s : model.narrative.sections) {
        if (s.file == static_cast<int>(f)) mine.sections.push_back(s);
      }
      for (const Claim& c : model.narrative.claims) {
        if (c.source.file == static_cast<int>(f)) mine.claims.push_back(c);
      }
      for (const TableLikeRegion& r : model.narrative.table_like) {
        if (r.file == static_cast<int>(f)) mine.table_like.push_back(r);
      }
      j["sections"] = SectionsJson(mine);
      j["claims"] = ClaimsJson(mine, model.tables);
      j["table_like_regions"] = TableLikeJson(mine);
      all.push_back(std::move(j));
    }
    const nlohmann::ordered_json& out = all.size() == 1 ? all.front() : all;
    std::cout << out.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  for (const Document& d : docs) {
    if (docs.size() > 1) std::cout << "##### " << d.path << '\n';
    WriteExtractText(d, std::cout);
  }
}

// Writes one tidy CSV per table into `dir`: <file stem>-<index>-<code>.csv.
bool WriteTablesCsv(const std::vector<Document>& docs, const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::cerr << "fiscalcheck: cannot create " << dir << ": " << ec.message() << '\n';
    return false;
  }
  for (const Document& d : docs) {
    const std::string stem = std::filesystem::path(d.path).stem().string();
    const std::vector<Table> tables = BuildTables(d);
    for (size_t i = 0; i < tables.size(); ++i) {
      const std::string path = dir + "/" + stem + "-" + std::to_string(i + 1) + "-" +
                               std::string(TableCodeName(tables[i].code)) + ".csv";
      std::ofstream out(path);
      if (!out) {
        std::cerr << "fiscalcheck: cannot write " << path << '\n';
        return false;
      }
      WriteTableCsv(tables[i], out);
    }
  }
  return true;
}

int Run(int argc, char** argv) {
  // The scan's worker process (scan/worker.h): hidden, not a user command.
  if (argc > 1 && std::string(argv[1]) == kWorkerCommand) {
    return RunScanWorker(std::vector<std::string>(argv + 2, argv + argc));
  }
  CLI::App app{
      "fiscalcheck: reads Chinese budget and final-accounts reports (部门预算/部门决算) "
      "and audits their figures"};
  app.require_subcommand(1);

  std::vector<std::string> files;
  std::string format = "text";
  bool glyphs = false;
  CLI::App* extract = app.add_subcommand("extract", "Print the extracted text of one report");
  extract->add_option("files", files, "The report's PDF files")->required();
  extract->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  extract->add_flag("--glyphs", glyphs, "json: include per-glyph boxes");
  std::string tables_csv;
  extract->add_option("--tables-csv", tables_csv, "Write one tidy CSV per table into DIR");

  std::string min_severity = "info";
  CLI::App* audit = app.add_subcommand("audit", "Audit one report (one or several PDF files)");
  audit->add_option("files", files, "The report's PDF files")->required();
  audit->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  audit->add_option("--min-severity", min_severity, "info, warning or error")
      ->check(CLI::IsMember({"info", "warning", "error"}));

  std::string rules_format = "markdown";
  CLI::App* rules = app.add_subcommand("rules", "Print the audit rule catalogue");
  rules->add_option("--format", rules_format, "markdown")->check(CLI::IsMember({"markdown"}));

  ScanOptions scan_options;
  CLI::App* scan = app.add_subcommand("scan", "Scan many reports into a SQLite dataset");
  scan->add_option("paths", scan_options.paths, "PDF files and folders (recursive)")->required();
  scan->add_option("--db", scan_options.db, "The SQLite database to write")->required();
  scan->add_option("--jobs", scan_options.jobs, "Reports read in parallel (0: one per core)")
      ->check(CLI::NonNegativeNumber);
  scan->add_option("--timeout-seconds", scan_options.timeout_seconds,
                   "Wall-time limit per report (0: none)")
      ->check(CLI::NonNegativeNumber);
  scan->add_option("--memory-mb", scan_options.memory_mb, "Memory limit per report (0: none)")
      ->check(CLI::NonNegativeNumber);
  ExportOptions export_options;
  CLI::App* exporter = app.add_subcommand("export", "Export a table of a scan database");
  exporter->add_option("--db", export_options.db, "The SQLite database to read")->required();
  exporter->add_option("--what", export_options.what, "line_items, findings or claims")
      ->required()
      ->check(CLI::IsMember({"line_items", "findings", "claims"}));
  exporter->add_option("--format", export_options.format, "csv or jsonl")
      ->check(CLI::IsMember({"csv", "jsonl"}));

  const std::vector<std::string> kCommands = {"extract", "audit", "rules", "scan", "export"};
  if (argc > 1 && argv[1][0] != '-' &&
      std::find(kCommands.begin(), kCommands.end(), argv[1]) == kCommands.end()) {
    std::cerr << "fiscalcheck: unknown command '" << argv[1]
              << "' (commands: extract, audit, rules, scan, export)\n";
    return kExitBadInput;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    for (char& c : what) {
      if (c == '\n') c = ' ';
    }
    std::cerr << "fiscalcheck: " << what << " (see fiscalcheck --help)\n";
    return kExitBadInput;
  }

  if (scan->parsed()) return RunScan(scan_options);
  if (exporter->parsed()) return RunExport(export_options);

  if (rules->parsed()) {
    std::cout << CatalogueMarkdown();
    return kExitOk;
  }

  std::vector<Document> docs;
  // Only JSON output shows the file's hash.
  const ExtractOptions options{.sha256 = format == "json"};
  if (!ExtractAll(files, options, docs)) return kExitBadInput;
  if (audit->parsed()) {
    const ReportModel model = BuildReportModel(std::move(docs));
    AuditOptions audit_options;
    audit_options.min_severity = ParseSeverity(min_severity).value_or(Severity::kInfo);
    const AuditResult result = RunAudit(model, audit_options);
    if (format == "json") {
      std::cout << AuditJson(model, result)
                       .dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << '\n';
    } else {
      WriteAuditText(model, result, std::cout);
    }
    std::cout.flush();
    return result.HasError() ? kExitErrorFinding : kExitOk;
  }
  if (!tables_csv.empty()) {
    if (!WriteTablesCsv(docs, tables_csv)) return kExitBadInput;
  } else {
    PrintDocuments(std::move(docs), format, JsonOptions{.include_glyphs = glyphs});
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace
}  // namespace fiscalcheck

int main(int argc, char** argv) {
  // Each page's glyph buffers are freed and the next page's allocated again: keep that memory
  // in the heap (no per-page mmap/munmap, no trimming), which saves re-faulting the same pages.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  std::ios::sync_with_stdio(false);
  try {
    return fiscalcheck::Run(argc, argv);
  } catch (const std::exception& e) {
    // Should not happen; if it does, the user still gets one line and a clean exit code.
    std::cerr << "fiscalcheck: internal error: " << e.what() << '\n';
    return 2;
  }
}
