#!/usr/bin/env bash
# Builds the fuzzers (libFuzzer + ASan, release) and runs one of them.
#   Fuzz/run.sh FuzzText 900        # target, seconds (default 600)
#   Fuzz/run.sh FuzzExtract 900
# Extra libFuzzer flags after the seconds: Fuzz/run.sh FuzzText 60 -max_len=8192
# Findings go to Fuzz/findings/<target>/ (crash-*, timeout-*, oom-*); the grown corpus to
# Fuzz/work/<target>/, libFuzzer's log to Fuzz/logs/<target>/fuzz-0.log. None is committed
# (Fuzz/.gitignore).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-FuzzText}"; secs="${2:-600}"; shift $(( $# > 2 ? 2 : $# ))
scratch="$here/../.build-fuzz"
cd "$here"
swift build -c release --product "$target" --scratch-path "$scratch" \
    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
[ -d "$here/seeds" ] || python3 "$here/make-seeds.py" --out "$here/seeds"
mkdir -p "$here/work/$target" "$here/findings/$target" "$here/logs/$target"
cd "$here/logs/$target"   # -jobs=1 writes fuzz-0.log here: one folder per target, so two can run at once
export SWIFT_BACKTRACE=enable=no   # otherwise swift-backtrace may hang after a crash
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
exec "$scratch/release/$target" "$here/work/$target" "$here/seeds" \
    -dict="$here/circ.dict" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
    -workers=1 -jobs=1 -max_total_time="$secs" -print_final_stats=1 \
    -artifact_prefix="$here/findings/$target/" "$@"
