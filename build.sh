#!/usr/bin/env bash
# Sets up this machine, builds Dispute Explorer, then opens it or runs every test.
#
#   ./build.sh run [FILE...]   install what is missing, build, open the explorer
#   ./build.sh test            install what is missing, build, run every test
#
# Both install only the Debian packages that are missing (with sudo when not root) and
# rebuild only what changed, so running them again is fast and changes nothing.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    g++ cmake ninja-build pkg-config git python3 python3-jsonschema clang-format
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libxkbcommon-dev libgl-dev
    xvfb xauth fonts-noto-cjk poppler-utils
    desktop-file-utils appstream shared-mime-info libxml2-utils libglib2.0-bin dpkg-dev file
)

install_missing_packages() {
    local missing=() package
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    # Ninja re-runs CMake by itself when a CMakeLists.txt changes, so configure once.
    [ -f build/release/build.ninja ] || cmake --preset release
    cmake --build --preset release
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing_packages
    build
    exec build/release/app/dispute-explorer "$@"
    ;;
test)
    install_missing_packages
    build
    ctest --preset release "$@"
    ;;
*)
    echo "usage: ./build.sh run [FILE...] | ./build.sh test" >&2
    exit 2
    ;;
esac
