// libFuzzer target: arbitrary bytes as a PDF file through the whole extraction pipeline.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "extract/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/fiscalcheck-fuzz-" + std::to_string(getpid()) + ".pdf";
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  (void)fiscalcheck::ExtractDocument(path);
  return 0;
}
