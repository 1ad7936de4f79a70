// stated-twice: the same indicator stated twice in the text (same subject, measure, year and
// scope, in parts of the report that explain the same table) shows the same figure, up to
// rounding.
//
// Only a figure whose own wording names its subject (the text between the figure before it and
// itself) is a statement of that subject: the later figures of a list
// `年初结转和结余58,830.98万元， 收入决算509,220.66万元，支出决算568,051.63万元` carry the first
// label but are other facts, and a subject taken from a heading names a section, not the figure.
// Two figures of one sentence are never one fact stated twice (a list, `同比2025年…` against this
// year's, a `其中一般公共预算拨款…` subset against the all-funds total). The year is the last year
// the sentence names before the figure, and the scope the funds it names (一般公共预算, 政府性基金,
// 国有资本经营, 财政拨款) and the functional subjects (`检察（款）`) it names before the figure.
#include <re2/re2.h>

#include <map>
#include <tuple>

#include "audit/claim_refs.h"
#include "audit/rules/rules.h"
#include "extract/claims/claim_binder.h"
#include "extract/utf8.h"

namespace fiscalcheck {
namespace {

bool SameSentence(const Claim& a, const Claim& b) {
  return a.source.file == b.source.file && a.source.sentence == b.source.sentence;
}

// The claim's sentence before its figure, and the part of it after the figure stated before
// (the figure's own wording).
struct Lead {
  std::u32string before, own;
};

Lead LeadOf(const ReportModel& model, const Claim& c) {
  const auto& claims = model.narrative.claims;
  const std::u32string sentence = DecodeUtf8(c.source.sentence);
  const size_t begin = std::min<size_t>(std::max(c.source.span_begin, 0), sentence.size());
  size_t from = 0;
  for (int i = c.id - 1; i >= 0 && SameSentence(claims[i], c); --i) {
    const int end = claims[i].source.span_end;
    if (end >= 0 && static_cast<size_t>(end) <= begin) from = std::max<size_t>(from, end);
  }
  return {sentence.substr(0, begin), sentence.substr(from, begin - from)};
}

// The last year (`2025年`) named in `text`, or `fallback`.
int LastYear(const std::u32string& text, int fallback) {
  for (size_t i = text.size(); i-- > 4;) {
    if (text[i] != U'年') continue;
    int year = 0;
    bool digits = true;
    for (size_t k = i - 4; k < i; ++k) {
      digits = digits && text[k] >= U'0' && text[k] <= U'9';
      year = year * 10 + static_cast<int>(text[k] - U'0');
    }
    if (digits && year >= 1990 && year <= 2100) return year;
  }
  return fallback;
}

// The funds and kinds of spending `text` names, as a bit set: the scope of a figure after it.
int Scope(const std::u32string& text) {
  static const std::u32string_view kFunds[] = {U"一般公共预算", U"政府性基金", U"国有资本经营",
                                               U"财政拨款",     U"人员经费",   U"公用经费",
                                               U"基本支出",     U"项目支出",   U"专项"};
  int scope = 0;
  for (size_t i = 0; i < std::size(kFunds); ++i) {
    if (text.find(kFunds[i]) != std::u32string::npos) scope |= 1 << i;
  }
  return scope;
}

// The functional subjects `text` names (`检察（款）`, `行政运行（项）`), joined: a total stated
// after them (`检察（款）：2018年预算支出合计16,444.36万元`) is theirs, not the report's.
std::string NamedSubjects(const std::u32string& text) {
  static const RE2 kLevel(R"(([^，。：:；;、（）()]{1,20}?)[（(](?:类|款|项)[）)])");
  const std::string utf8 = EncodeUtf8(text);
  re2::StringPiece input(utf8);
  std::string name, out;
  while (RE2::FindAndConsume(&input, kLevel, &name)) out += name + "|";
  return out;
}

// Whether a figure's own wording starts with a change word (after punctuation): it states by
// how much something changed.
bool ChangeWording(const std::u32string& own) {
  size_t i = 0;
  while (i < own.size() && (own[i] == U'，' || own[i] == U'；' || own[i] == U'、' ||
                            own[i] == U'：' || own[i] == U',' || own[i] == U' ')) {
    ++i;
  }
  for (std::u32string_view w : {U"增加", U"减少", U"增长", U"下降"}) {
    if (own.compare(i, w.size(), w) == 0) return true;
  }
  return false;
}

void Check(const ReportModel& model, AuditContext& context) {
  // subject, measure, year, section table, scope, functional subjects named before
  using Key = std::tuple<std::string, int, int, int, int, std::string>;
  std::map<Key, int> first;
  const auto& sections = model.narrative.sections;
  for (const Claim& c : model.narrative.claims) {
    if (c.kind != ClaimKind::kAmount || !c.value) continue;
    const std::string subject = MatchKey(c.subject);
    // Short or generic subjects (`支出`, `其他`) name different things in different sentences.
    if (subject.size() < 15 || subject.find("执行") != std::string::npos ||
        subject.find("预算数") != std::string::npos ||
        subject.find("决算数") != std::string::npos) {
      continue;
    }
    const int s = c.source.section;
    if (s < 0 || s >= static_cast<int>(sections.size()) || !sections[s].table) continue;
    const Lead lead = LeadOf(model, c);
    if (MatchKey(EncodeUtf8(lead.own)).find(subject) == std::string::npos) continue;
    // `减少西安市社会科学院日常公用经费65.56万元`: an amount of change, not the indicator's level.
    if (ChangeWording(lead.own)) continue;
    const Key key{subject,
                  static_cast<int>(c.measure),
                  LastYear(lead.before, c.year),
                  static_cast<int>(*sections[s].table),
                  Scope(lead.before),
                  NamedSubjects(lead.before)};
    const auto [it, inserted] = first.emplace(key, c.id);
    if (inserted) continue;
    const Claim& earlier = model.narrative.claims[it->second];
    if (SameSentence(earlier, c)) continue;
    const auto v = ValueIn(c, earlier.unit);
    if (!v) continue;
    const Agreement a = CompareShownTwice(*v, *earlier.value);
    if (a == Agreement::kConsistent) {
      context.Pass();
      continue;
    }
    Finding f;
    // A contradiction a person must judge: two sentences may speak of different scopes.
    f.severity = Severity::kWarning;
    f.category = a == Agreement::kRoundingSlip ? "rounding" : "consistency";
    f.stated = ClaimText(c);
    f.expected = ClaimText(earlier);
    const auto diff = Decimal::Subtract(*v, *earlier.value);
    if (diff) f.difference = diff->ToString() + std::string(UnitName(earlier.unit));
    f.message = c.subject + " is stated as " + f.expected + " and again as " + f.stated;
    f.evidence.push_back(ClaimEvidence(earlier));
    f.evidence.push_back(ClaimEvidence(c));
    f.keys = {ClaimKey(earlier), ClaimKey(c)};
    context.Fail(std::move(f));
  }
}

}  // namespace

const Rule kStatedTwiceRule = {"stated-twice",
                               "The same indicator stated twice in the text shows the same figure",
                               "amount claims", Severity::kWarning, Check};

}  // namespace fiscalcheck
