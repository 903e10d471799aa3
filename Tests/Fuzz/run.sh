#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for N seconds (default 60) on a
# scratch copy of its seed corpus, printing the executions and coverage of each.
# Usage: Tests/Fuzz/run.sh [seconds] [target…]   (exit 1 when a target finds a crash)
# Environment:
#   FUZZ_CONFIG=release|debug         build configuration (default release; CI uses debug: faster to build)
#   FUZZ_SANITIZERS=fuzzer,address    -sanitize= value (default fuzzer,address; `fuzzer` alone runs ~2x faster)
#   FUZZ_MAX_LEN=1024                 libFuzzer -max_len
set -uo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(FuzzParse FuzzEvaluate FuzzFormat)
CONFIG="${FUZZ_CONFIG:-release}"
SANITIZERS="${FUZZ_SANITIZERS:-fuzzer,address}"
MAX_LEN="${FUZZ_MAX_LEN:-1024}"
# Each configuration and sanitizer set gets its own build folder.
SCRATCH=".build"
[ "$SANITIZERS" != "fuzzer,address" ] && SCRATCH=".build-${SANITIZERS//,/-}"
BUILD=(swift build -c "$CONFIG" --scratch-path "$SCRATCH" --sanitize fuzzer -Xswiftc "-sanitize=$SANITIZERS")

# The Swift 6.3 backtracer trips ASan when a trap is caught; libFuzzer reports the signal itself.
export SWIFT_BACKTRACE=enable=no
# One -sanitize= value: the driver keeps only the last flag, and coverage needs `fuzzer` (swift-setup.md §4).
if ! "${BUILD[@]}" >build.log 2>&1; then
    tail -20 build.log
    if grep -q -i "fuzzer" build.log && grep -q -i "not found\|unsupported\|cannot find" build.log; then
        echo "SKIP: this toolchain has no libFuzzer runtime; fuzzing skipped."
        exit 0
    fi
    echo "FAIL: the fuzz package does not build (see Tests/Fuzz/build.log)."
    exit 1
fi
BIN="$("${BUILD[@]}" --show-bin-path)"
# Swift allocates often: recording a stack per allocation made ASan the main cost.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:detect_leaks=0}"
mkdir -p artifacts work
status=0
total=0
for t in "${TARGETS[@]}"; do
    # Fuzz in a scratch corpus so the committed seeds stay small; crashes land in artifacts/.
    rm -rf "work/$t" && mkdir -p "work/$t" && cp corpus/"$t"/* "work/$t"/ 2>/dev/null
    "$BIN/$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len="$MAX_LEN" \
        -dict=cplan.dict -artifact_prefix="artifacts/$t-" -print_final_stats=1 \
        "work/$t" >"work/$t.log" 2>&1
    rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "work/$t.log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "work/$t.log" | tail -1)
    ft=$(grep -o 'ft: [0-9]*' "work/$t.log" | tail -1)
    echo "$t: ${runs:-0} executions, $cov edges, $ft features, exit $rc"
    total=$((total + ${runs:-0}))
    if [ "$rc" -ne 0 ]; then
        status=1
        grep -E "ERROR|violated|Fatal error|SUMMARY|Test unit written" "work/$t.log" | head -10
    fi
done
echo "total: $total executions"
exit $status
