// Stage 2: character normalisation (ICU).
//
// Contract:
// - NormalizeGlyphText maps one glyph's text to its normal form: NFKC, except for characters whose
//   NFKC form would change what the document says (fullwidth punctuation such as `，：；（）．`,
//   the ellipsis `……`, circled and parenthesised list numbers, Roman numerals, squared units like
//   ㎡, superscripts, vulgar fractions), which are kept as printed. CJK Radicals Supplement
//   characters (U+2E80–U+2EFF), which NFKC leaves alone, are mapped to their equivalent unified
//   ideographs; Kangxi radicals and compatibility ideographs go through NFKC. Zero-width characters
//   and soft hyphens vanish; control characters become U+FFFD. The result is deterministic and
//   cached.
// - NormalizeNumberPunctuation works on the characters of one assembled line and rewrites
//   fullwidth `．，％－` and U+2212 to ASCII only where they are part of a number (`１２．５０` →
//   `12.50`, `96.3％` → `96.3%`), keeping a list number such as `4．2026年…` intact. It replaces
//   one character by one character, so per-character geometry stays aligned.
#ifndef FISCALCHECK_EXTRACT_NORMALIZE_NORMALIZE_H_
#define FISCALCHECK_EXTRACT_NORMALIZE_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

namespace fiscalcheck {

std::string NormalizeGlyphText(std::string_view text);

// `chars` holds one UTF-8 character (or a short normalised glyph) per element.
void NormalizeNumberPunctuation(std::vector<std::string>& chars);

// The unified ideograph a CJK Radicals Supplement character stands for, or 0 when unknown.
char32_t RadicalSupplementEquivalent(char32_t c);

struct CharacterCounts {
  int replacement = 0;        // U+FFFD: glyphs whose font gives no Unicode
  int private_use = 0;        // U+E000–U+F8FF and the supplementary private-use planes
  int unmapped_radicals = 0;  // CJK Radicals Supplement characters with no known equivalent
};

// Counts the suspicious characters of already-normalised text.
void CountCharacters(std::string_view text, CharacterCounts& counts);

bool IsCjkIdeograph(char32_t c);
bool IsAsciiDigit(char32_t c);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_NORMALIZE_NORMALIZE_H_
