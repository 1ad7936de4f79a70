#!/usr/bin/env bash
# Builds if needed and runs the whole suite with CTest, then the same suite built with
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/ (ARCHITECTURE.md, "What CI runs").
# Corpus tests also cover ../shared/corpus when it is there and skip that part when it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$jobs"
(cd build && ctest --output-on-failure -j "$jobs")

if [ "${FISCALCHECK_SKIP_ASAN:-0}" != "1" ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFISCALCHECK_SANITIZE=ON >/dev/null
  cmake --build build-asan -j "$jobs"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  (cd build-asan && ctest --output-on-failure -j "$jobs")
fi
