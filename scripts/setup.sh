#!/usr/bin/env bash
# Installs every Debian package the build, the tests and the scripts need, then configures and
# builds fiscalcheck into build/. Idempotent: packages already present are not fetched again.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libpoppler-cpp-dev libpoppler-private-dev poppler-data poppler-utils
  libicu-dev libre2-dev libabsl-dev libgtest-dev libgmock-dev
  nlohmann-json3-dev libsqlite3-dev libssl-dev libcli11-dev
  qpdf time clang-format clang-tidy
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
echo "setup: built build/fiscalcheck"
