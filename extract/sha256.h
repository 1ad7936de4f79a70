// SHA-256 of a file, as lowercase hex (nettle).
#ifndef FISCALCHECK_EXTRACT_SHA256_H_
#define FISCALCHECK_EXTRACT_SHA256_H_

#include <string>

#include "absl/status/statusor.h"

namespace fiscalcheck {

absl::StatusOr<std::string> Sha256OfFile(const std::string& path);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_SHA256_H_
