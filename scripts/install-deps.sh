#!/usr/bin/env bash
# Installs the Debian 12 packages HealthPulse builds, runs and tests with, when missing.
# Quiet and quick when everything is there already.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libpqxx-dev libboost-dev libboost-system-dev nlohmann-json3-dev libsodium-dev
  libcurl4-openssl-dev libspdlog-dev libfmt-dev libcli11-dev libexpected-dev
  libhowardhinnant-date-dev libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
  postgresql-15 postgresql-client-15
  chromium curl wrk
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts a system-wide cluster on install; HealthPulse uses its own private ones.
