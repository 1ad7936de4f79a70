#include "extract/normalize/normalize.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "extract/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace fiscalcheck {
namespace {

// CJK Radicals Supplement → equivalent unified ideograph (Unicode's
// EquivalentUnifiedIdeograph property for the block, the entries a Chinese text can meet).
struct RadicalEntry {
  char32_t radical, ideograph;
};
constexpr RadicalEntry kRadicalSupplement[] = {
    {0x2E85, 0x4EBB}, {0x2E86, 0x5182}, {0x2E87, 0x51E0}, {0x2E89, 0x5202}, {0x2E8A, 0x535C},
    {0x2E8B, 0x353E}, {0x2E8C, 0x5C0F}, {0x2E8D, 0x5C0F}, {0x2E8E, 0x5140}, {0x2E8F, 0x5C23},
    {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E96, 0x5FC4},
    {0x2E97, 0x38FA}, {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9C, 0x65E5},
    {0x2E9D, 0x6708}, {0x2E9E, 0x6B7A}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35},
    {0x2EA2, 0x6C3A}, {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA5, 0x722B}, {0x2EA6, 0x4E2C},
    {0x2EA7, 0x725B}, {0x2EA8, 0x72AD}, {0x2EA9, 0x738B}, {0x2EAA, 0x758B}, {0x2EAB, 0x7F52},
    {0x2EAC, 0x793A}, {0x2EAD, 0x793B}, {0x2EAE, 0x7AF9}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F},
    {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB3, 0x34C1}, {0x2EB6, 0x7F8A}, {0x2EB7, 0x7F8A},
    {0x2EB9, 0x8002}, {0x2EBA, 0x8080}, {0x2EBB, 0x807F}, {0x2EBC, 0x6708}, {0x2EBD, 0x81FC},
    {0x2EBE, 0x8279}, {0x2EBF, 0x8279}, {0x2EC0, 0x8279}, {0x2EC1, 0x864E}, {0x2EC2, 0x8864},
    {0x2EC3, 0x8980}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0},
    {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6},
    {0x2ECF, 0x961D}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F},
    {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6},
    {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0},
    {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C},
    {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE},
    {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EED, 0x6B6F}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC},
    {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F},
};

bool InRange(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Characters whose NFKC form would change what the document says; they are kept as printed.
bool KeepAsPrinted(char32_t c) {
  return InRange(c, 0xFF01, 0xFF0F) ||  // fullwidth ！＂＃＄％＆＇（）＊＋，－．／
         InRange(c, 0xFF1A, 0xFF20) ||  // ：；＜＝＞？＠
         InRange(c, 0xFF3B, 0xFF40) ||  // ［＼］＾＿｀
         InRange(c, 0xFF5B, 0xFF65) ||  // ｛｜｝～ and halfwidth CJK punctuation
         InRange(c, 0xFFE0, 0xFFEE) ||  // fullwidth ￥ ￠ and signs
         c == 0x2026 || c == 0x2025 ||  // …… and ‥ (template placeholders are made of them)
         InRange(c, 0x2460, 0x24FF) ||  // ① ⑴ ⒈ ⓐ
         InRange(c, 0x2776, 0x2793) ||  // ❶ ➀
         InRange(c, 0x3200, 0x32FF) ||  // ㈠ ㊀ and other enclosed CJK
         InRange(c, 0x3300, 0x33FF) ||  // ㎡ ㎏ and other squared units
         InRange(c, 0x2150, 0x218F) ||  // Ⅰ Ⅱ Ⅲ and vulgar fractions
         c == 0x00B2 || c == 0x00B3 || c == 0x00B9 || c == 0x00BC || c == 0x00BD || c == 0x00BE ||
         InRange(c, 0x2070, 0x209F) ||  // superscripts and subscripts
         c == 0x2122;                   // ™
}

bool Vanishes(char32_t c) {
  return c == 0x00AD || InRange(c, 0x200B, 0x200D) || c == 0x2060 || c == 0xFEFF;
}

// Per-thread cache of each code point's normal form: no locking on the per-glyph path.
class GlyphNormalizer {
 public:
  std::string Normalize(std::string_view text) {
    // Fast path: one printable ASCII character is its own normal form.
    if (text.size() == 1 && text[0] >= 0x20 && text[0] < 0x7F) return std::string(text);
    std::string out;
    for (char32_t c : DecodeUtf8(text)) out += NormalizeCodePoint(c);
    return out;
  }

 private:
  const std::string& NormalizeCodePoint(char32_t c) {
    auto [it, inserted] = cache_.try_emplace(c);
    if (inserted) it->second = Compute(c);
    return it->second;
  }

  static std::string Compute(char32_t c) {
    std::string out;
    if (Vanishes(c)) return out;
    if (c < 0x20 || InRange(c, 0x7F, 0x9F)) {
      AppendUtf8(c == '\t' || c == '\n' || c == '\r' ? U' ' : U'\uFFFD', out);
      return out;
    }
    if (KeepAsPrinted(c)) {
      AppendUtf8(c, out);
      return out;
    }
    if (char32_t eq = RadicalSupplementEquivalent(c); eq != 0) {
      AppendUtf8(eq, out);
      return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || nfkc == nullptr) {
      AppendUtf8(c, out);
      return out;
    }
    icu::UnicodeString source(static_cast<UChar32>(c));
    icu::UnicodeString normal = nfkc->normalize(source, status);
    if (U_FAILURE(status)) {
      AppendUtf8(c, out);
      return out;
    }
    normal.toUTF8String(out);
    return out;
  }

  absl::flat_hash_map<char32_t, std::string> cache_;
};

GlyphNormalizer& SharedNormalizer() {
  thread_local GlyphNormalizer normalizer;
  return normalizer;
}

char32_t Single(const std::string& s) {
  std::u32string u = DecodeUtf8(s);
  return u.size() == 1 ? u[0] : 0;
}

bool DigitAt(const std::vector<std::string>& chars, long i) {
  return i >= 0 && i < static_cast<long>(chars.size()) && chars[i].size() == 1 &&
         chars[i][0] >= '0' && chars[i][0] <= '9';
}

}  // namespace

char32_t RadicalSupplementEquivalent(char32_t c) {
  if (!InRange(c, 0x2E80, 0x2EFF)) return 0;
  for (const RadicalEntry& e : kRadicalSupplement) {
    if (e.radical == c) return e.ideograph;
  }
  return 0;
}

bool IsCjkIdeograph(char32_t c) {
  return InRange(c, 0x4E00, 0x9FFF) || InRange(c, 0x3400, 0x4DBF) || InRange(c, 0x20000, 0x2FA1F) ||
         InRange(c, 0xF900, 0xFAFF) || c == 0x3007;
}

bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

std::string NormalizeGlyphText(std::string_view text) { return SharedNormalizer().Normalize(text); }

void NormalizeNumberPunctuation(std::vector<std::string>& chars) {
  // Fast path: nothing to do unless a fullwidth form (EF BC/BD ..) or U+2212 (E2 88 92) occurs.
  const bool candidate = std::any_of(chars.begin(), chars.end(), [](const std::string& c) {
    return c.size() == 3 &&
           ((static_cast<unsigned char>(c[0]) == 0xEF &&
             (static_cast<unsigned char>(c[1]) & 0xFE) == 0xBC) ||
            (static_cast<unsigned char>(c[0]) == 0xE2 && static_cast<unsigned char>(c[1]) == 0x88));
  });
  if (!candidate) return;
  const long n = static_cast<long>(chars.size());
  for (long i = 0; i < n; ++i) {
    const char32_t c = Single(chars[i]);
    switch (c) {
      case 0xFF05:  // ％ after a figure
        if (DigitAt(chars, i - 1)) chars[i] = "%";
        break;
      case 0xFF0E: {  // ． between digits is a decimal point, unless it ends a list number
        if (!DigitAt(chars, i - 1) || !DigitAt(chars, i + 1)) break;
        long start = i - 1;
        while (start > 0 && DigitAt(chars, start - 1)) --start;
        bool at_line_start = true;
        for (long k = 0; k < start; ++k) {
          if (chars[k] != " ") at_line_start = false;
        }
        const long int_digits = i - start;
        if (at_line_start && int_digits <= 2) break;  // `4．2026年…`: a list number and a year
        chars[i] = ".";
        break;
      }
      case 0xFF0C: {  // ， inside 1，234.56 (only with a decimal part, to stay safe)
        if (!DigitAt(chars, i - 1)) break;
        long k = i + 1, digits = 0;
        while (DigitAt(chars, k)) ++k, ++digits;
        if (digits != 3) break;
        long j = k;
        while (j < n && (chars[j] == "," || Single(chars[j]) == 0xFF0C) && DigitAt(chars, j + 1)) {
          long d = 0;
          ++j;
          while (DigitAt(chars, j)) ++j, ++d;
          if (d != 3) break;
        }
        if (j < n && (chars[j] == "." || Single(chars[j]) == 0xFF0E) && DigitAt(chars, j + 1)) {
          chars[i] = ",";
        }
        break;
      }
      case 0xFF0D:  // －, and U+2212 minus, before a figure
      case 0x2212:
        if (DigitAt(chars, i + 1) && !DigitAt(chars, i - 1)) chars[i] = "-";
        break;
      default:
        break;
    }
  }
}

void CountCharacters(std::string_view text, CharacterCounts& counts) {
  for (char32_t c : DecodeUtf8(text)) {
    if (c == 0xFFFD) ++counts.replacement;
    if (InRange(c, 0xE000, 0xF8FF) || c >= 0xF0000) ++counts.private_use;
    if (InRange(c, 0x2E80, 0x2EFF)) ++counts.unmapped_radicals;
  }
}

}  // namespace fiscalcheck
