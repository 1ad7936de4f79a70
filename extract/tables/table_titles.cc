#include "extract/tables/table_titles.h"

#include <array>

#include "re2/re2.h"

namespace fiscalcheck {
namespace {

constexpr std::array<std::string_view, 12> kNames = {"T1", "T2", "T3", "T4",  "T5",  "T6",
                                                     "T7", "T8", "T9", "T10", "T11", "T12"};

bool Has(std::string_view text, std::string_view needle) {
  return text.find(needle) != std::string_view::npos;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Keyword rules, most specific first. `text` has spaces and numbering removed.
std::optional<TableCode> CodeFromKeywords(std::string_view t) {
  // Carry-over statements (结转资金支出表) are not standard tables.
  if (Has(t, "结转资金")) return std::nullopt;
  // Performance-target forms (绩效目标表) are forms of indicators, not tables of figures: the
  // project-spending tables themselves (项目支出表) are T10, their target forms are left out.
  if (Has(t, "绩效")) return std::nullopt;
  if (Has(t, "三公")) return TableCode::kT7;
  if (Has(t, "机关运行经费")) return TableCode::kT12;
  if (Has(t, "政府采购")) return TableCode::kT11;
  if (Has(t, "项目支出") || Has(t, "项目预算") || Has(t, "专项业务经费")) return TableCode::kT10;
  if (Has(t, "国有资本经营预算")) return TableCode::kT9;
  if (Has(t, "政府性基金")) return TableCode::kT8;
  if (Has(t, "基本支出")) return TableCode::kT6;
  if (Has(t, "经济分类") && Has(t, "一般公共预算")) return TableCode::kT6;
  if (Has(t, "一般公共预算") && Has(t, "支出")) return TableCode::kT5;
  const bool appropriation = Has(t, "财政拨款");
  const bool both = Has(t, "收支") || Has(t, "收入支出") || (Has(t, "收入") && Has(t, "支出"));
  if (appropriation && both) return TableCode::kT4;
  if (appropriation && Has(t, "支出")) return TableCode::kT5;  // Jiangsu: 财政拨款支出预算表
  if (both) return TableCode::kT1;
  if (Has(t, "收入")) return TableCode::kT2;
  if (Has(t, "支出")) return TableCode::kT3;
  return std::nullopt;
}

}  // namespace

std::string_view TableCodeName(TableCode code) { return kNames[static_cast<int>(code) - 1]; }

bool IsSubjectTable(TableCode code) {
  switch (code) {
    case TableCode::kT2:
    case TableCode::kT3:
    case TableCode::kT5:
    case TableCode::kT6:
    case TableCode::kT8:
    case TableCode::kT9:
      return true;
    default:
      return false;
  }
}

std::optional<TableCode> ParseTableCode(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<TableCode>(i + 1);
  }
  return std::nullopt;
}

std::optional<TitleMatch> ClassifyTableTitle(std::string_view text) {
  std::string t;
  for (char c : text) {
    if (c != ' ' && c != '\t') t.push_back(c);
  }
  constexpr size_t kMaxTitleBytes = 3 * 48;  // ~48 CJK characters
  if (t.empty() || t.size() > kMaxTitleBytes) return std::nullopt;
  // Every title ends in 表 (before an optional qualifier or numbering): most lines of a page
  // are rejected here, before the patterns run.
  if (!Has(t, "表")) return std::nullopt;
  // Contents entries and sentences.
  if (Has(t, "...") || Has(t, "……") || Has(t, "…") || Has(t, "关于") || Has(t, "说明") ||
      Has(t, "详见") || Has(t, "见附") || Has(t, "。") || Has(t, "，") || Has(t, "；")) {
    return std::nullopt;
  }
  TitleMatch match;
  // Numbering before: 表1 / 表一 / 附表3 / 公开表一 / 表03 / 四、 / 1. / 1． / （一）.
  static const RE2 kLeading(
      R"(^([（(](?:公开|附|预算|决算)?表(?:\d+|[一二三四五六七八九十]+)[）)]|(?:公开|附|预算|决算)?表(?:\d+|[一二三四五六七八九十]+)[-—.．、：:]?|[一二三四五六七八九十]+、|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[）)]))");
  // Numbering after: （表1） / (表一) / 表1.
  static const RE2 kTrailing(
      R"(([（(]?(?:公开|附|预算|决算)?表(?:\d+|[一二三四五六七八九十]+)[）)]?)$)");
  std::string numbering;
  if (RE2::PartialMatch(t, kLeading, &numbering)) {
    match.numbering = numbering;
    t = t.substr(numbering.size());
  }
  if (RE2::PartialMatch(t, kTrailing, &numbering) && numbering.size() < t.size()) {
    if (match.numbering.empty()) match.numbering = numbering;
    t = t.substr(0, t.size() - numbering.size());
  }
  // A qualifier after the title, closed or cut off by a line break: `…明细表（按功能科目分）`.
  std::string core = t;
  static const RE2 kQualifier(R"(^(.*表)[（(][^（）()]*[）)]?$)");
  std::string before;
  if (!EndsWith(core, "表") && RE2::FullMatch(core, kQualifier, &before)) core = before;
  if (!EndsWith(core, "表")) return std::nullopt;
  auto code = CodeFromKeywords(t);
  if (!code) return std::nullopt;
  match.code = *code;
  match.title = t;
  return match;
}

}  // namespace fiscalcheck
