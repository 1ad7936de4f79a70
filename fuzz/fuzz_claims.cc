// libFuzzer target: arbitrary text through sentence splitting, claim extraction and the
// placeholder patterns (extract/claims).
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/claims/claim_extractor.h"
#include "extract/claims/narrative_text.h"
#include "extract/claims/placeholders.h"
#include "extract/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Valid UTF-8 only, as the extractor receives normalised text.
  const std::string text = fiscalcheck::EncodeUtf8(
      fiscalcheck::DecodeUtf8(std::string(reinterpret_cast<const char*>(data), size)));
  fiscalcheck::ClaimsOfSentence(text, 2024);
  fiscalcheck::FindPlaceholders(text);
  fiscalcheck::NumericTokens(fiscalcheck::DecodeUtf8(text));
  return 0;
}
