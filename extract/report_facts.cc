#include "extract/report_facts.h"

#include "extract/claims/narrative.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "extract/tables/table_builder.h"
#include "extract/tables/table_titles.h"
#include "re2/re2.h"

namespace fiscalcheck {
namespace {

constexpr int kCoverLines = 8;         // heading lines read from the first page
constexpr size_t kHeadingBytes = 150;  // a longer line is prose, not a heading (~50 CJK chars)

std::string Compact(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (c == ' ' || c == '\t') continue;
    // U+3000 IDEOGRAPHIC SPACE
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

// Leading characters that are not part of a name (stray dots, list marks, `第二部分`).
std::string TrimName(std::string s) {
  static const RE2 kLead(R"(^(?:[^\p{Han}（(]+|第[一二三四五六七八九十]+部分))");
  while (RE2::Replace(&s, kLead, "")) {
  }
  static const RE2 kTrail(R"([：:，,。\s]+$)");
  RE2::Replace(&s, kTrail, "");
  return s;
}

bool LooksLikeDepartment(const std::string& s) {
  static const RE2 kHan(R"(\p{Han})");
  // At least 3 CJK characters (9 bytes) and not a bare region (`上海市`, `江苏省`).
  static const RE2 kRegion(R"(^(?:\p{Han}{1,4}(?:省|市|区|县))+$)");
  // A department name ends like one (局, 委员会, 办公厅, 法院 …) and holds no punctuation of a
  // sentence; fragments of wrapped prose (`其他用车3辆`, `江苏省财政厅关于`) do not.
  static const RE2 kSuffix(
      R"((?:局|委|厅|办|院|部|会|室|所|中心|站|馆|处|队|校|社|团|府|署|台|宫|园)(?:[（(][^（()）]*[)）])?$)");
  static const RE2 kPunct(R"([，。、；：,;:！？“”0-9])");
  return s.size() >= 9 && s.size() <= 120 && RE2::PartialMatch(s, kHan) &&
         !RE2::FullMatch(s, kRegion) && s.find("XX") == std::string::npos &&
         RE2::PartialMatch(s, kSuffix) && !RE2::PartialMatch(s, kPunct);
}

ReportKind KindOf(const std::string& word) {
  if (word == "决算") return ReportKind::kFinal;
  if (word == "预算") return ReportKind::kBudget;
  return ReportKind::kUnknown;
}

// `预算单位：上海市审计局` and similar labels.
bool LabelledDepartment(const std::string& segment, std::string& out) {
  static const RE2 kLabel(
      R"(^(?:预算主管部门|预算单位|部门名称|单位名称|编制单位|主管部门|部门)[：:](.+)$)");
  std::string value;
  if (!RE2::FullMatch(Compact(segment), kLabel, &value)) return false;
  value = TrimName(value);
  if (value.empty()) return false;
  out = value;
  return true;
}

// `<prefix>2024年度<middle>部门决算`: the year, the kind and the department around them.
struct YearPhrase {
  int year = 0;
  ReportKind kind = ReportKind::kUnknown;
  std::string department;
};

bool ReadYearPhrase(const std::string& compact, YearPhrase& out) {
  static const RE2 kPhrase(
      R"(^(.*?)(20[0-9]{2})年度?(.*?)(?:区级|市级|省级|县级)?(?:部门|单位)?(?:综合)?(预算|决算))");
  std::string prefix, year, middle, word;
  if (!RE2::PartialMatch(compact, kPhrase, &prefix, &year, &middle, &word)) return false;
  out.year = std::stoi(year);
  out.kind = KindOf(word);
  prefix = TrimName(prefix);
  middle = TrimName(middle);
  out.department =
      LooksLikeDepartment(prefix) ? prefix : (LooksLikeDepartment(middle) ? middle : "");
  return true;
}

bool IsContentsLine(const std::string& compact) {
  return compact == "目录" || compact == "目" || compact == "录";
}

template <typename T>
T MostFrequent(const std::vector<T>& values) {
  std::map<T, int> count;
  for (const T& v : values) ++count[v];
  T best{};
  int best_n = 0;
  for (const T& v : values) {  // first met wins ties
    if (count[v] > best_n) {
      best = v;
      best_n = count[v];
    }
  }
  return best;
}

// A contents entry without its leader and page number: `一、收入支出决算总表……3` →
// `一、收入支出决算总表`.
std::string WithoutLeader(std::string text) {
  auto strip_suffix = [&](std::string_view s) {
    if (text.size() >= s.size() && text.compare(text.size() - s.size(), s.size(), s) == 0) {
      text.erase(text.size() - s.size());
      return true;
    }
    return false;
  };
  while (!text.empty() && text.back() >= '0' && text.back() <= '9') text.pop_back();
  while (strip_suffix("…") || strip_suffix(".") || strip_suffix("·") || strip_suffix("-") ||
         strip_suffix("—")) {
  }
  return text;
}

// The standard tables the report's table of contents lists: the body lines after a `目录`
// heading on the report's first pages (before its first table). Empty when there is no contents
// page or it names fewer than three standard tables (then it is no list of tables).
std::set<TableCode> ContentsTables(const ReportModel& model) {
  std::set<TableCode> listed;
  for (size_t f = 0; f < model.files.size(); ++f) {
    int first_table_page = 1 << 30;
    for (size_t t = 0; t < model.tables.size(); ++t) {
      if (model.table_file[t] != static_cast<int>(f)) continue;
      for (int p : model.tables[t].pages) first_table_page = std::min(first_table_page, p);
    }
    bool in_contents = false;
    std::string pending;  // an entry wrapped over lines (`…“三公”经费支出决` / `算表`)
    for (const Page& page : model.files[f].pages) {
      if (page.number >= first_table_page || page.number > 6) break;
      for (const Line& line : page.lines) {
        if (line.role != LineRole::kBody) continue;
        const std::string text = Compact(line.text);
        if (text == "目录") {
          in_contents = true;
          continue;
        }
        if (!in_contents) continue;
        if (const auto title = ClassifyTableTitle(WithoutLeader(text))) {
          listed.insert(title->code);
          pending.clear();
        } else if (const auto joined = ClassifyTableTitle(WithoutLeader(pending + text))) {
          listed.insert(joined->code);
          pending.clear();
        } else {
          pending = text;
        }
      }
    }
  }
  if (listed.size() < 3) listed.clear();
  return listed;
}

}  // namespace

std::string_view ReportKindName(ReportKind kind) {
  switch (kind) {
    case ReportKind::kFinal:
      return "决算";
    case ReportKind::kBudget:
      return "预算";
    case ReportKind::kUnknown:
      break;
  }
  return "unknown";
}

std::string NormalizeDepartment(const std::string& name) {
  std::string s = Compact(name);
  static const RE2 kScope(R"([（(][^（()）]*[)）]$)");
  while (RE2::Replace(&s, kScope, "")) {
  }
  return s;
}

CoverFacts ReadCover(const Document& doc) {
  CoverFacts out;
  if (doc.pages.empty()) return out;
  const Page& page = doc.pages.front();
  out.page = page.number;
  std::string joined;
  int taken = 0;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kPageNumber) continue;
    const std::string compact = Compact(line.text);
    if (compact.empty()) continue;
    if (IsContentsLine(compact) || compact.rfind("第一部分", 0) == 0 ||
        compact.rfind("一、", 0) == 0 || line.text.size() > kHeadingBytes) {
      break;
    }
    if (out.department.empty()) {
      for (const Segment& s : line.segments) {
        if (LabelledDepartment(s.text, out.department)) break;
      }
    }
    joined += compact;
    if (!out.text.empty()) out.text += " ";
    out.text += line.text;
    if (++taken == kCoverLines) break;
  }
  YearPhrase phrase;
  if (ReadYearPhrase(joined, phrase)) {
    out.year = phrase.year;
    out.kind = phrase.kind;
    if (out.department.empty()) out.department = phrase.department;
  }
  return out;
}

ReportModel BuildReportModel(std::vector<Document> files) {
  ReportModel model;
  model.files = std::move(files);
  for (size_t f = 0; f < model.files.size(); ++f) {
    for (Table& t : BuildTables(model.files[f])) {
      model.tables.push_back(std::move(t));
      model.table_file.push_back(static_cast<int>(f));
    }
  }
  model.narrative_only = model.tables.empty();
  model.contents_tables = ContentsTables(model);

  // Cover of each file.
  ReportKind cover_kind = ReportKind::kUnknown;
  int cover_year = 0;
  std::string cover_department;
  for (size_t f = 0; f < model.files.size(); ++f) {
    const CoverFacts cover = ReadCover(model.files[f]);
    const int fi = static_cast<int>(f);
    if (cover.year > 0) {
      model.year_sightings.push_back(
          {std::to_string(cover.year), fi, cover.page, "cover", cover.text});
    }
    if (!cover.department.empty()) {
      model.department_sightings.push_back({cover.department, fi, cover.page, "cover", cover.text});
    }
    if (cover_kind == ReportKind::kUnknown) cover_kind = cover.kind;
    if (cover_year == 0) cover_year = cover.year;
    if (cover_department.empty()) cover_department = cover.department;
  }

  // Table titles and department lines.
  int final_titles = 0, budget_titles = 0;
  std::vector<int> title_years;
  std::vector<std::string> title_departments;
  static const RE2 kTitleYear(R"(^(.*?)(20[0-9]{2})年度?)");
  for (size_t i = 0; i < model.tables.size(); ++i) {
    const Table& t = model.tables[i];
    const int fi = model.table_file[i];
    if (t.title.find("决算") != std::string::npos) ++final_titles;
    if (t.title.find("预算") != std::string::npos) ++budget_titles;
    std::string prefix, year;
    if (RE2::PartialMatch(Compact(t.title), kTitleYear, &prefix, &year)) {
      model.year_sightings.push_back({year, fi, t.title_page, "table title", t.title});
      title_years.push_back(std::stoi(year));
      prefix = TrimName(prefix);
      if (LooksLikeDepartment(prefix)) {
        model.department_sightings.push_back({prefix, fi, t.title_page, "table title", t.title});
        title_departments.push_back(prefix);
      }
    }
    if (!t.department.empty()) {
      std::string name;
      if (!LabelledDepartment(t.department, name)) name = TrimName(Compact(t.department));
      if (LooksLikeDepartment(name)) {
        model.department_sightings.push_back({name, fi,
                                              t.pages.empty() ? t.title_page : t.pages.front(),
                                              "table heading", t.department});
        title_departments.push_back(name);
      }
    }
  }

  // Report headings in the text (`第二部分 …2024年度部门决算表`, `2026年部门预算情况说明`):
  // short lines only, so sentences comparing years are not read as the report's year.
  static const RE2 kHeading(
      R"((20[0-9]{2})年度?(?:区级|市级|省级|县级)?(?:部门|单位)(?:综合)?(?:预算|决算))");
  for (size_t f = 0; f < model.files.size(); ++f) {
    const Document& doc = model.files[f];
    for (size_t p = 1; p < doc.pages.size(); ++p) {  // page 1 is the cover
      for (const Line& line : doc.pages[p].lines) {
        if (line.role != LineRole::kBody || line.text.size() > kHeadingBytes) continue;
        const std::string compact = Compact(line.text);
        if (!RE2::PartialMatch(compact, kHeading)) continue;
        if (ClassifyTableTitle(line.text)) continue;  // a table title: counted above
        YearPhrase phrase;
        if (!ReadYearPhrase(compact, phrase)) continue;
        const int fi = static_cast<int>(f);
        model.year_sightings.push_back(
            {std::to_string(phrase.year), fi, doc.pages[p].number, "heading", line.text});
        if (!phrase.department.empty()) {
          model.department_sightings.push_back(
              {phrase.department, fi, doc.pages[p].number, "heading", line.text});
        }
      }
    }
  }

  if (cover_kind != ReportKind::kUnknown) {
    model.kind = cover_kind;
  } else if (final_titles > budget_titles) {
    model.kind = ReportKind::kFinal;
  } else if (budget_titles > final_titles) {
    model.kind = ReportKind::kBudget;
  }
  if (cover_year > 0) {
    model.year = cover_year;
  } else if (!title_years.empty()) {
    model.year = MostFrequent(title_years);
  } else if (!model.year_sightings.empty()) {
    model.year = std::stoi(model.year_sightings.front().value);
  }
  if (!cover_department.empty()) {
    model.department = cover_department;
  } else if (!title_departments.empty()) {
    model.department = MostFrequent(title_departments);
  } else if (!model.department_sightings.empty()) {
    model.department = model.department_sightings.front().value;
  }
  model.narrative =
      ExtractNarrative(model.files, model.tables, model.table_file, model.year, model.department);
  return model;
}

}  // namespace fiscalcheck
