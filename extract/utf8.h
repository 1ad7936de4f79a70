// UTF-8 helpers shared by the extraction stages.
#ifndef FISCALCHECK_EXTRACT_UTF8_H_
#define FISCALCHECK_EXTRACT_UTF8_H_

#include <string>
#include <string_view>

namespace fiscalcheck {

// Decodes UTF-8 leniently: each invalid byte becomes U+FFFD, never an exception.
std::u32string DecodeUtf8(std::string_view text);

// Appends `c` as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void AppendUtf8(char32_t c, std::string& out);
std::string EncodeUtf8(std::u32string_view text);

// The first and last code points of `text` (0 for empty text), without allocating.
char32_t FirstCodePoint(std::string_view text);
char32_t LastCodePoint(std::string_view text);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_UTF8_H_
