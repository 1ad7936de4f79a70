// Identities printed in table notes (DOMAIN.md: the 2019 Hubei template), parsed into data.
//
// Forms read (fullwidth or halfwidth brackets, `＝`, `＋`, `－`, spaces anywhere):
//   `24行 = (1+2+3+4+5+6+7) 行`       row 24 = Σ rows (per amount column)
//   `51行 = (28+29+...+49) 行`        `...`, `…`, `……` between two numbers fill the range
//   `1栏各行 = (2+3+4+5+6+7) 栏各行`  column 1 = Σ columns, on every row
//   `6栏各行 = (1+2-3) 栏各行`        signed terms
//   `1栏=（2+3+6）栏`                 `各行` may be left out
// `N行` is the 行次 (TableRow::row_number), `N栏` the 栏次 (Column::column_number). Anything else
// (prose, a malformed identity, a range of more than kMaxTerms, numbers of more than 3 digits,
// an identity mixing 行 and 栏) is skipped. Total on any input: never throws or crashes.
#ifndef FISCALCHECK_AUDIT_NOTE_IDENTITY_H_
#define FISCALCHECK_AUDIT_NOTE_IDENTITY_H_

#include <string>
#include <string_view>
#include <vector>

namespace fiscalcheck {

struct NoteTerm {
  int number = 0;
  int sign = 1;  // +1 or -1
  friend bool operator==(const NoteTerm&, const NoteTerm&) = default;
};

struct NoteIdentity {
  enum class Axis { kRows, kColumns };
  Axis axis = Axis::kRows;
  int target = 0;
  std::vector<NoteTerm> terms;
  std::string text;  // the identity as printed
};

inline constexpr int kMaxNoteTerms = 200;

std::vector<NoteIdentity> ParseNoteIdentities(std::string_view note);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_NOTE_IDENTITY_H_
