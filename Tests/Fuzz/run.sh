#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for N seconds (default 60) on a
# scratch copy of its seed corpus, printing the executions and coverage of each.
# Usage: Tests/Fuzz/run.sh [seconds] [target…]   (exit 1 when a target finds a crash)
set -uo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(FuzzParse FuzzEvaluate FuzzFormat)

# The Swift 6.3 backtracer trips ASan when a trap is caught; libFuzzer reports the signal itself.
export SWIFT_BACKTRACE=enable=no
# One -sanitize= value: the driver keeps only the last flag, and coverage needs `fuzzer` (swift-setup.md §4).
if ! swift build -c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address >build.log 2>&1; then
    tail -20 build.log
    if grep -q -i "fuzzer" build.log && grep -q -i "not found\|unsupported\|cannot find" build.log; then
        echo "SKIP: this toolchain has no libFuzzer runtime; fuzzing skipped."
        exit 0
    fi
    echo "FAIL: the fuzz package does not build (see Tests/Fuzz/build.log)."
    exit 1
fi
BIN="$(swift build -c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address --show-bin-path)"
mkdir -p artifacts work
status=0
total=0
for t in "${TARGETS[@]}"; do
    # Fuzz in a scratch corpus so the committed seeds stay small; crashes land in artifacts/.
    rm -rf "work/$t" && mkdir -p "work/$t" && cp corpus/"$t"/* "work/$t"/ 2>/dev/null
    "$BIN/$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
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
