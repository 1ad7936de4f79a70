#!/usr/bin/env bash
# Builds the libFuzzer targets with clang + ASan/UBSan in build-fuzz/ and runs each for SECONDS
# (default 60), seeded with corpus/*.pdf for the PDF target. Crashes are left in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFISCALCHECK_SANITIZE=ON -DFISCALCHECK_FUZZ=ON -DFISCALCHECK_TESTS=OFF >/dev/null
cmake --build build-fuzz --target fuzz_normalize fuzz_layout fuzz_pdf
mkdir -p build-fuzz/seeds-pdf build-fuzz/seeds-text build-fuzz/seeds-layout
cp corpus/hz-city-meteorology-2026-dept-budget.pdf corpus/js-prov-npcoffice-2019-dept-budget-tables.pdf \
  build-fuzz/seeds-pdf/
export ASAN_OPTIONS=detect_leaks=0
cd build-fuzz
for t in normalize layout; do
  dir=seeds-text; [ "$t" = layout ] && dir=seeds-layout
  ./fuzz_$t -max_total_time="$seconds" -print_final_stats=1 $dir 2>&1 | tail -3
done
./fuzz_pdf -max_total_time="$seconds" -max_len=400000 -timeout=20 -rss_limit_mb=2048 \
  -print_final_stats=1 seeds-pdf 2>&1 | tail -3
