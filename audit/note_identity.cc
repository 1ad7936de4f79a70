#include "audit/note_identity.h"

#include "re2/re2.h"

namespace fiscalcheck {
namespace {

// Fullwidth operators and brackets to ASCII, ellipses to `~`, so one pattern reads every form.
std::string Canonical(std::string_view note) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"（", "("}, {"）", ")"},  {"＝", "="}, {"＋", "+"}, {"－", "-"}, {"—", "-"},  {"……", "~"},
      {"…", "~"},  {"...", "~"}, {"..", "~"}, {"　", " "}, {"０", "0"}, {"１", "1"}, {"２", "2"},
      {"３", "3"}, {"４", "4"},  {"５", "5"}, {"６", "6"}, {"７", "7"}, {"８", "8"}, {"９", "9"},
  };
  std::string out;
  out.reserve(note.size());
  size_t i = 0;
  while (i < note.size()) {
    bool mapped = false;
    for (const auto& [from, to] : kMap) {
      const std::string_view f(from);
      if (note.substr(i, f.size()) == f) {
        out += to;
        i += f.size();
        mapped = true;
        break;
      }
    }
    if (!mapped) out += note[i++];
  }
  return out;
}

// Parses `1+2+~+7` / `1+2-3` into terms; false when malformed.
bool ParseTerms(const std::string& sum, std::vector<NoteTerm>& terms) {
  std::string s;
  for (char c : sum) {
    if (c != ' ') s += c;
  }
  size_t i = 0;
  int sign = 1;
  bool pending_range = false;
  bool expect_term = true;
  while (i < s.size()) {
    const char c = s[i];
    if (expect_term && (c == '+' || c == '-') && terms.empty() && i == 0) {
      sign = c == '-' ? -1 : 1;
      ++i;
      continue;
    }
    if (expect_term && c == '~') {
      if (terms.empty() || pending_range) return false;
      pending_range = true;
      ++i;
      if (i < s.size() && s[i] == '+') ++i;  // `28+29+...+49`
      continue;
    }
    if (expect_term) {
      if (c < '0' || c > '9') return false;
      int n = 0, digits = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (++digits > 3) return false;
        n = n * 10 + (s[i] - '0');
        ++i;
      }
      if (pending_range) {
        const int from = terms.back().number;
        if (n <= from + 1 || n - from > kMaxNoteTerms) return false;
        for (int k = from + 1; k < n; ++k) terms.push_back({k, terms.back().sign});
        pending_range = false;
      }
      terms.push_back({n, sign});
      if (static_cast<int>(terms.size()) > kMaxNoteTerms) return false;
      expect_term = false;
      continue;
    }
    if (c == '+' || c == '-') {
      sign = c == '-' ? -1 : 1;
      expect_term = true;
      ++i;
      // `+...+` and `+…` both read as a range marker.
      continue;
    }
    if (c == '~') {
      expect_term = true;
      continue;
    }
    return false;
  }
  return !expect_term && !pending_range && !terms.empty();
}

}  // namespace

std::vector<NoteIdentity> ParseNoteIdentities(std::string_view note) {
  std::vector<NoteIdentity> out;
  const std::string text = Canonical(note);
  static const RE2 kIdentity(
      R"((([0-9]{1,3}) *(行|栏)(?: *各行)? *= *(\(?)([0-9+\-~ ]+?)(\)?) *(行|栏)(?: *各行)?))");
  re2::StringPiece input(text);
  std::string whole, target, axis, open, sum, close, axis2;
  while (
      RE2::FindAndConsume(&input, kIdentity, &whole, &target, &axis, &open, &sum, &close, &axis2)) {
    if (axis != axis2 || open.empty() != close.empty()) continue;
    NoteIdentity id;
    id.axis = axis == "行" ? NoteIdentity::Axis::kRows : NoteIdentity::Axis::kColumns;
    id.target = std::stoi(target);
    if (!ParseTerms(sum, id.terms)) continue;
    id.text = whole;
    out.push_back(std::move(id));
  }
  return out;
}

}  // namespace fiscalcheck
