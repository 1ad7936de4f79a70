// Standard table codes (DOMAIN.md's code table) and the recognition of a table by its title.
#ifndef FISCALCHECK_EXTRACT_TABLES_TABLE_TITLES_H_
#define FISCALCHECK_EXTRACT_TABLES_TABLE_TITLES_H_

#include <optional>
#include <string>
#include <string_view>

namespace fiscalcheck {

// One code per table whatever the family (决算 or 预算).
enum class TableCode {
  kT1 = 1,  // 收入支出决算总表 / 收支预算总表: two lanes, income and expenditure
  kT2,      // 收入决算表 / 收入预算总表: functional subjects × income sources
  kT3,      // 支出决算表 / 支出预算总表: functional subjects × 基本 / 项目
  kT4,      // 财政拨款收入支出决算总表 / 财政拨款收支预算总表
  kT5,      // 一般公共预算财政拨款支出决算表 / 一般公共预算支出表
  kT6,      // 一般公共预算财政拨款基本支出决算表: economic classes
  kT7,      // “三公”经费支出表
  kT8,      // 政府性基金预算财政拨款收入支出表
  kT9,      // 国有资本经营预算财政拨款支出表
  kT10,     // 项目支出表, 项目支出绩效目标表
  kT11,     // 政府采购预算表
  kT12,     // 机关运行经费预算表
};

std::string_view TableCodeName(TableCode code);  // "T1" … "T12"

// Whether the table's rows are subjects of a classification (functional 类/款/项, economic class
// and item): T2, T3, T5, T6, T8, T9. Not T10, whose codes name projects.
bool IsSubjectTable(TableCode code);
std::optional<TableCode> ParseTableCode(std::string_view name);

// What a title line says, when it is the title of a standard table.
struct TitleMatch {
  TableCode code;
  std::string title;  // the title as printed, numbering removed (`（表1）`, `表一`, `四、`)
  std::string numbering;  // the numbering removed, if any (`表1`, `公开表一`, `附表3`)
};

// Classifies one line of text as a standard table title. The text must read as a title: it ends
// in 表 once numbering is removed, is short, and is not a sentence about a table (`关于…的说明`,
// contents entries with leaders and page numbers). When several codes could match, the more
// specific title wins (财政拨款收入支出决算总表 is T4, not T1; 一般公共预算财政拨款基本支出决算表
// is T6, not T5).
std::optional<TitleMatch> ClassifyTableTitle(std::string_view text);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_TABLES_TABLE_TITLES_H_
