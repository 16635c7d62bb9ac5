#!/usr/bin/env bash
# Sets up this machine, builds Dispute Explorer, then opens it or runs every test.
#
#   ./build.sh run [FILE...]   install what is missing, build, open the explorer
#   ./build.sh test            install what is missing, build, run every test
#   ./build.sh asan            the same tests, built with AddressSanitizer (leaks too) and
#                              UndefinedBehaviorSanitizer, in build/asan
#   ./build.sh fuzz [SECONDS]  build the fuzz target with clang in build/fuzz and fuzz the
#                              reader for SECONDS (60); fails on any finding
#
# All install only the Debian packages that are missing (with sudo when not root) and
# rebuild only what changed, so running them again is fast and changes nothing.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    g++ cmake ninja-build pkg-config git python3 python3-jsonschema clang-format
    clang libclang-rt-14-dev
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
    local preset=${1:-release}
    # Ninja re-runs CMake by itself when a CMakeLists.txt changes, so configure once.
    [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset"
    cmake --build --preset "$preset"
}

# Seeds: the test fixtures, the compiled-in dataset, the JSONTestSuite corpus when it is beside
# the checkout, and one merge (two files joined by a NUL byte, see tests/fuzz). They are copied
# to a temporary folder, where the fuzzer also keeps what it finds interesting, so the
# repository is never changed. A finding is saved in build/fuzz/findings/.
fuzz() {
    local seconds=$1 corpus file
    corpus=$(mktemp -d)
    # shellcheck disable=SC2064 # the folder is named now; the local variable is gone at exit
    trap "rm -rf '$corpus'" EXIT
    for file in tests/fixtures/*/* resources/data/*.json; do
        cp "$file" "$corpus/$(basename "$(dirname "$file")")-$(basename "$file")"
    done
    local suite=../shared/corpora/JSONTestSuite/test_parsing
    if [ -d "$suite" ]; then
        cp "$suite"/*.json "$corpus/"
    elif [ "${DISPUTE_REQUIRE_SHARED:-0}" = 1 ]; then
        echo "the JSONTestSuite corpus is missing: $suite" >&2
        exit 1
    fi
    { cat resources/data/ford-xiaomi-ev-2026.json; printf '\0'
      cat tests/fixtures/valid/ford-xiaomi-update.json; } > "$corpus/merge-update"
    mkdir -p build/fuzz/findings
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        build/fuzz/tests/fuzz/fuzz_dataset -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -dict=tests/fuzz/dataset.dict -print_final_stats=1 \
        -artifact_prefix=build/fuzz/findings/ "$corpus"
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
asan)
    install_missing_packages
    build asan
    ctest --preset asan "$@"
    ;;
fuzz)
    install_missing_packages
    build fuzz
    fuzz "${1:-60}"
    ;;
*)
    echo "usage: ./build.sh run [FILE...] | ./build.sh test | ./build.sh asan" \
        "| ./build.sh fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
