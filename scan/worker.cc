#include "scan/worker.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <new>
#include <optional>

#include "audit/auditor.h"
#include "extract/extract.h"
#include "extract/report_facts.h"
#include "report/extract_output.h"

namespace fiscalcheck {
namespace {

using json = nlohmann::json;

bool IsMoney(Unit u) {
  return u == Unit::kYuan || u == Unit::kQianYuan || u == Unit::kWanYuan || u == Unit::kYiYuan;
}

// The value in 万元 as exact decimal text, or null when the unit is not money (or on overflow).
json InWan(const Decimal& value, Unit unit) {
  if (!IsMoney(unit)) return nullptr;
  const std::optional<Decimal> wan = value.Convert(unit, Unit::kWanYuan);
  if (!wan) return nullptr;
  return wan->ToString();
}

json TextOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// "reason" from "path: reason" (ExtractDocument's messages name the file first).
std::string Reason(const std::string& path, const std::string& message) {
  const std::string prefix = path + ": ";
  if (message.compare(0, prefix.size(), prefix) == 0) return message.substr(prefix.size());
  return message;
}

// The out-of-memory path: one line and a distinctive exit code (no allocation here).
void OnOutOfMemory() {
  static const char kMessage[] = "fiscalcheck worker: out of memory (memory limit)\n";
  [[maybe_unused]] ssize_t n = write(2, kMessage, sizeof kMessage - 1);
  _exit(kWorkerExitOutOfMemory);
}

// FISCALCHECK_SCAN_TEST_FAULT=MODE:SUBSTRING (worker.h).
void MaybeFailOnPurpose(const std::vector<std::string>& files) {
  const char* env = std::getenv("FISCALCHECK_SCAN_TEST_FAULT");
  if (env == nullptr) return;
  const std::string spec = env;
  const size_t colon = spec.find(':');
  if (colon == std::string::npos || colon + 1 >= spec.size()) return;
  const std::string mode = spec.substr(0, colon), needle = spec.substr(colon + 1);
  bool hit = false;
  for (const std::string& f : files) hit = hit || f.find(needle) != std::string::npos;
  if (!hit) return;
  if (mode == "abort") std::abort();
  if (mode == "hang") {
    for (;;) pause();
  }
  if (mode == "hog") {
    rlimit limit{};
    if (getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) std::abort();
    std::vector<char*> blocks;
    for (;;) {
      char* block = new char[16 << 20];
      std::memset(block, 1, 16 << 20);
      blocks.push_back(block);
    }
  }
}

}  // namespace

json ReportRows(const ReportModel& model) {
  json rows = json::object();
  json tables = json::array(), items = json::array();
  for (size_t ti = 0; ti < model.tables.size(); ++ti) {
    const Table& t = model.tables[ti];
    const int file = ti < model.table_file.size() ? model.table_file[ti] : 0;
    const std::string code(TableCodeName(t.code));
    const std::string unit(UnitName(t.unit));
    std::string pages;
    for (int p : t.pages) pages += (pages.empty() ? "" : ",") + std::to_string(p);
    json notes = t.notes;
    tables.push_back({{"file", file},
                      {"table_index", ti},
                      {"code", code},
                      {"title", t.title},
                      {"numbering", TextOrNull(t.numbering)},
                      {"pages", pages},
                      {"unit", unit},
                      {"department", TextOrNull(t.department)},
                      {"lanes", t.lanes},
                      {"row_count", t.rows.size()},
                      {"column_count", t.columns.size()},
                      {"insufficient_data", TextOrNull(t.insufficient_data)},
                      {"declares_empty", t.declares_empty},
                      {"declares_rounding", t.declares_rounding},
                      {"notes", t.notes.empty() ? json(nullptr) : json(notes.dump())}});
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      const TableRow& row = t.rows[ri];
      for (size_t ci = 0; ci < row.cells.size() && ci < t.columns.size(); ++ci) {
        const Column& col = t.columns[ci];
        const Cell& cell = row.cells[ci];
        if (col.kind != ColumnKind::kAmount || col.lane != row.lane || !cell.value) continue;
        const Unit cell_unit = cell.percent ? Unit::kPercent : t.unit;
        items.push_back({{"file", file},
                         {"table_index", ti},
                         {"table_code", code},
                         {"page", cell.page != 0 ? cell.page : row.page},
                         {"row_index", ri},
                         {"row_code", TextOrNull(row.code)},
                         {"row_number", TextOrNull(row.row_number)},
                         {"row_level", row.level > 0 ? json(row.level) : json(nullptr)},
                         {"row_name", row.name},
                         {"column_index", ci},
                         {"column_path", ColumnPathText(col)},
                         {"column_number", TextOrNull(col.column_number)},
                         {"value", cell.value->ToString()},
                         {"unit", std::string(UnitName(cell_unit))},
                         {"value_wan", InWan(*cell.value, cell_unit)}});
      }
    }
  }
  rows["tables"] = std::move(tables);
  rows["line_items"] = std::move(items);

  json claims = json::array();
  for (const Claim& c : model.narrative.claims) {
    json j = {
        {"file", c.source.file},
        {"claim_index", c.id},
        {"page", c.source.page},
        {"kind", std::string(ClaimKindName(c.kind))},
        {"value", c.value ? json(c.value->ToString()) : json(nullptr)},
        {"unit", c.kind == ClaimKind::kCount ? c.count_unit : std::string(UnitName(c.unit))},
        {"value_wan", c.value ? InWan(*c.value, c.unit) : json(nullptr)},
        {"direction", TextOrNull(std::string(DirectionName(c.direction)))},
        {"subject", TextOrNull(c.subject)},
        {"measure", c.measure == Measure::kUnspecified ? json(nullptr)
                                                       : json(std::string(MeasureName(c.measure)))},
        {"base", TextOrNull(c.base)},
        {"year", c.year > 0 ? json(c.year) : json(nullptr)},
        {"compared_year", c.compared_year > 0 ? json(c.compared_year) : json(nullptr)},
        {"sentence", c.source.sentence},
        {"text", TextOrNull(c.text)},
        {"unbound_reason", TextOrNull(c.unbound_reason)}};
    if (c.fact) {
      j["fact_table_index"] = c.fact->table;
      j["fact_table_code"] = std::string(TableCodeName(c.fact->code));
      j["fact_row_index"] = c.fact->row;
      j["fact_column_index"] = c.fact->column;
    }
    if (!c.fact_terms.empty()) {
      // A derived fact: the cells it sums (join `line_items` on each) and how.
      json terms = json::array();
      for (const FactRef& f : c.fact_terms) {
        terms.push_back({{"table_index", f.table},
                         {"table_code", std::string(TableCodeName(f.code))},
                         {"row_index", f.row},
                         {"column_index", f.column}});
      }
      j["fact_terms"] = terms.dump();
      j["fact_derivation"] = c.derivation;
    }
    claims.push_back(std::move(j));
  }
  rows["claims"] = std::move(claims);
  return rows;
}

namespace {

void AddAuditRows(const ReportModel& model, const AuditResult& result, json& rows) {
  json findings = json::array();
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
    int page = 0;
    std::string table;
    for (const Evidence& e : f.evidence) {
      if (page == 0 && e.page != 0) page = e.page;
      if (table.empty()) table = e.table;
      nlohmann::ordered_json ej = {
          {"file", e.file < static_cast<int>(model.files.size()) && e.file >= 0
                       ? model.files[e.file].path
                       : ""},
          {"page", e.page},
          {"table", e.table},
          {"row", e.row},
          {"column", e.column},
          {"text", e.text}};
      ej["bbox"] = e.box ? BBoxJson(*e.box) : nlohmann::ordered_json(nullptr);
      evidence.push_back(std::move(ej));
    }
    std::string related;
    for (const std::string& r : f.related_rules) related += (related.empty() ? "" : ",") + r;
    findings.push_back(
        {{"finding_index", i},
         {"rule", f.rule},
         {"severity", std::string(SeverityName(f.severity))},
         {"category", f.category},
         {"message", f.message},
         {"stated", TextOrNull(f.stated)},
         {"expected", TextOrNull(f.expected)},
         {"difference", TextOrNull(f.difference)},
         {"page", page > 0 ? json(page) : json(nullptr)},
         {"table_code", TextOrNull(table)},
         {"related_rules", TextOrNull(related)},
         {"evidence",
          evidence.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)}});
  }
  rows["findings"] = std::move(findings);
  json coverage = json::array();
  for (const std::string& rule : result.coverage.rule_order) {
    const auto it = result.coverage.by_rule.find(rule);
    if (it == result.coverage.by_rule.end()) continue;
    const CoverageCount& c = it->second;
    coverage.push_back({{"rule", rule},
                        {"checks", c.checks},
                        {"passed", c.passed},
                        {"failed", c.failed},
                        {"not_applicable", c.not_applicable},
                        {"insufficient_data", c.insufficient_data}});
  }
  rows["coverage"] = std::move(coverage);
  json gaps = json::array();
  for (size_t i = 0; i < result.coverage.gaps.size(); ++i) {
    const CoverageGap& g = result.coverage.gaps[i];
    gaps.push_back({{"gap_index", i},
                    {"rule", g.rule},
                    {"outcome", std::string(OutcomeName(g.outcome))},
                    {"reason", g.reason},
                    {"count", g.count}});
  }
  rows["coverage_gaps"] = std::move(gaps);
}

}  // namespace

namespace {

// The scan result of one report (the object WorkerOutputFromMessage reads back).
json ScanReport(const std::vector<std::string>& files) {
  json out;
  json file_entries = json::array();
  std::vector<Document> docs;
  std::vector<int> doc_file;  // the index in `files` of each readable document
  for (size_t i = 0; i < files.size(); ++i) {
    absl::StatusOr<Document> doc =
        ExtractDocument(files[i], LayoutSettings(), ExtractOptions{.sha256 = false});
    json entry = {{"path", files[i]}};
    if (doc.ok()) {
      entry["status"] = "ok";
      entry["pages"] = doc->pages.size();
      entry["producer"] = doc->producer;
      docs.push_back(*std::move(doc));
      doc_file.push_back(static_cast<int>(i));
    } else {
      entry["status"] = "unreadable";
      entry["error"] = Reason(files[i], std::string(doc.status().message()));
    }
    file_entries.push_back(std::move(entry));
  }
  out["files"] = std::move(file_entries);
  if (!docs.empty()) {
    const ReportModel model = BuildReportModel(std::move(docs));
    const AuditResult result = RunAudit(model, AuditOptions());
    out["kind"] = std::string(ReportKindName(model.kind));
    out["year"] = model.year;
    out["department"] = model.department;
    json rows = ReportRows(model);
    AddAuditRows(model, result, rows);
    // Row "file" indices are model file indices; map them to indices into `files`.
    for (auto& [name, table] : rows.items()) {
      for (json& row : table) {
        auto f = row.find("file");
        if (f != row.end() && f->is_number_integer()) {
          const int model_file = f->get<int>();
          if (model_file >= 0 && model_file < static_cast<int>(doc_file.size())) {
            *f = doc_file[model_file];
          }
        }
      }
    }
    out["rows"] = std::move(rows);
  }
  return out;
}

// Writes one framed reply to stdout and flushes it; false when stdout is gone.
bool WriteReply(const json& reply) {
  const std::vector<uint8_t> body = json::to_msgpack(reply);
  const std::string header = std::to_string(body.size()) + "\n";
  return std::fwrite(header.data(), 1, header.size(), stdout) == header.size() &&
         std::fwrite(body.data(), 1, body.size(), stdout) == body.size() &&
         std::fflush(stdout) == 0;
}

}  // namespace

int RunScanWorker(const std::vector<std::string>& args) {
  // A worker never outlives the scan that started it (even one killed with SIGKILL).
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() == 1) return 1;
  std::vector<std::string> files;
  bool serve = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--memory-mb" && i + 1 < args.size()) {
      const rlim_t bytes = static_cast<rlim_t>(std::stoul(args[++i])) << 20;
      const rlimit limit{bytes, bytes};
      setrlimit(RLIMIT_AS, &limit);
    } else if (args[i] == "--serve") {
      serve = true;
    } else if (args[i] == "--") {
      files.assign(args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    } else {
      files.push_back(args[i]);
    }
  }
  std::set_new_handler(OnOutOfMemory);
  if (!serve) {
    MaybeFailOnPurpose(files);
    return WriteReply(ScanReport(files)) ? 0 : 1;
  }
  // Serving: one request per line on stdin (a JSON array of the report's paths), one reply per
  // request, until end of input.
  std::string line;
  while (std::getline(std::cin, line)) {
    const json request = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!request.is_array()) return 1;
    files.clear();
    for (const json& f : request) {
      if (!f.is_string()) return 1;
      files.push_back(f.get<std::string>());
    }
    MaybeFailOnPurpose(files);
    if (!WriteReply(ScanReport(files))) return 1;
  }
  return 0;
}

ReplyFrame FindReply(std::string_view buffer) {
  ReplyFrame frame;
  const size_t nl = buffer.find('\n');
  if (nl == std::string_view::npos) {
    if (buffer.size() > 20) frame.status = ReplyFrame::kMalformed;  // no length is that long
    return frame;
  }
  if (nl == 0 || nl > 20) {
    frame.status = ReplyFrame::kMalformed;
    return frame;
  }
  size_t length = 0;
  for (size_t i = 0; i < nl; ++i) {
    const char c = buffer[i];
    if (c < '0' || c > '9') {
      frame.status = ReplyFrame::kMalformed;
      return frame;
    }
    length = length * 10 + static_cast<size_t>(c - '0');
  }
  if (buffer.size() - (nl + 1) < length) return frame;  // incomplete
  frame.status = ReplyFrame::kComplete;
  frame.offset = nl + 1;
  frame.length = length;
  return frame;
}

absl::StatusOr<ReportRecord> WorkerOutputFromMessage(std::string_view body) {
  json j = json::from_msgpack(body.begin(), body.end(), /*strict=*/true,
                              /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("files") || !j["files"].is_array()) {
    return absl::DataLossError("worker output is not a scan result");
  }
  ReportRecord record;
  try {
    for (size_t i = 0; i < j["files"].size(); ++i) {
      const json& f = j["files"][i];
      DocumentRecord d;
      d.path = f.at("path").get<std::string>();
      d.file_index = static_cast<int>(i);
      d.status = f.at("status").get<std::string>();
      d.error = f.value("error", "");
      d.pages = f.value("pages", -1);
      d.producer = f.value("producer", "");
      record.files.push_back(std::move(d));
    }
    record.kind = j.value("kind", "");
    record.year = j.value("year", 0);
    record.department = j.value("department", "");
    if (j.contains("rows")) {
      // Every table of rows is an array of objects: anything else is a damaged reply, which
      // costs this report only (the writer would refuse it and stop the scan).
      const json& rows = j["rows"];
      bool well_formed = rows.is_object();
      for (auto it = rows.begin(); well_formed && it != rows.end(); ++it) {
        well_formed = it->is_array() && std::all_of(it->begin(), it->end(),
                                                    [](const json& r) { return r.is_object(); });
      }
      if (!well_formed) return absl::DataLossError("worker output has malformed rows");
      record.rows = std::move(j["rows"]);
    }
  } catch (const json::exception& e) {
    return absl::DataLossError(std::string("worker output is malformed: ") + e.what());
  }
  return record;
}

}  // namespace fiscalcheck
