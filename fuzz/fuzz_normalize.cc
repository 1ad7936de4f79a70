// libFuzzer target: arbitrary bytes through UTF-8 decoding and character normalisation.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/normalize/normalize.h"
#include "extract/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> chars;
  for (char32_t c : fiscalcheck::DecodeUtf8(text)) {
    std::string one;
    fiscalcheck::AppendUtf8(c, one);
    chars.push_back(fiscalcheck::NormalizeGlyphText(one));
  }
  fiscalcheck::NormalizeNumberPunctuation(chars);
  fiscalcheck::CharacterCounts counts;
  for (const std::string& c : chars) fiscalcheck::CountCharacters(c, counts);
  return 0;
}
