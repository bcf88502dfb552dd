#!/usr/bin/env bash
# Runs the libFuzzer targets of a GLASSBENCH_BUILD_FUZZERS build, seeded from the shared real
# instrument files (read in place, never copied into the repository) and small hand-made
# manifests and projects. Crashes land in <build>/fuzz-artifacts/<target>/; keep each one,
# after its fix, under tests/fuzz/regressions/<target>/ so that ctest replays it.
#
# Usage: tests/fuzz/run-fuzzers.sh [BUILD_DIR] [SECONDS_PER_TARGET] [TARGET...]
#   defaults: build-asan, 600 s, every target (importers manifest project)
# Configure the build with: CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -G Ninja \
#   -DGLASSBENCH_SANITIZE=address,undefined -DGLASSBENCH_BUILD_FUZZERS=ON
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${1:-build-asan}
seconds=${2:-600}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(importers manifest project)
shared_dir=${GLASSBENCH_SHARED_DIR:-$PWD/../shared}
work="$build_dir/fuzz"
failed=0

seed_manifest() {
  mkdir -p "$1"
  cat >"$1/manifest.csv" <<'CSV'
# campaign of one glass, seed for the manifest fuzzer
file,segment,technique,sample,path,T_a_K,t_a_s,phi_K_per_s,T_s_K,heating_rate_K_per_s,mass_ng,T_test_K,strain,tip_radius_nm,Tg_K,reference,note
dsc/A_1.txt,1,dsc,A,reference,,,1000,600,1000,120,,,,550,,"as cooled"
dsc/A_1.txt,2,dsc,A,isothermal,520,100,1000,600,1000,120,,,,550,dsc/A_1.txt#1,"aged, 100 s"
stress-relaxation/creep_experiment.txt,,stress_relaxation,PS,isothermal,370,3600,,,,,370,0.01,,373,,
nanoindentation/Exp-50mN_0000.hld,,nanoindentation,steel,isochronal,,,0.5,700,,,,,150,,,"multi
line note"
CSV
  printf 'file,technique\n"a ""quoted"" name.txt",dsc\n' >"$1/quoted.csv"
}

seed_project() {
  mkdir -p "$1"
  cat >"$1/project.gbproj" <<'JSON'
{
    "analysis": {"dsc": {"baseline": "linear"}, "relaxation": {}, "indentation": {}},
    "campaign": {
        "base": ".",
        "columns": ["file", "segment", "technique", "sample", "T_a_K"],
        "comments": ["# seed"],
        "manifest": "manifest.csv",
        "rows": [
            {"cells": {"file": "dsc/A_1.txt", "segment": "1", "technique": "dsc", "sample": "A"},
             "id": "d1", "manifest_line": 2},
            {"cells": {"file": "dsc/A_1.txt", "segment": "2", "technique": "dsc", "T_a_K": "520"},
             "id": "d2", "manifest_line": 3}
        ]
    },
    "format": "glassbench-project",
    "generator": "Glassbench 0.1.0",
    "plot_styles": {"dsc.curves": {"log_x": false}},
    "raw_files": [
        {"file": "dsc/A_1.txt", "importer": "mettler-stare", "importer_forced": false,
         "options": {"decimal": "."}, "path": "dsc/A_1.txt",
         "sha256": "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "size": 385030}
    ],
    "settings": {"d1": {"t_range": [1, 2]}},
    "simulated": false,
    "version": 1
}
JSON
}

for target in "${targets[@]}"; do
  binary="$build_dir/bin/fuzz_$target"
  [ -x "$binary" ] || { echo "missing $binary (build with -DGLASSBENCH_BUILD_FUZZERS=ON)" >&2; exit 1; }
  corpus="$work/corpus/$target"
  artifacts="$work/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  seeds=()
  max_len=32768
  case $target in
    importers)
      max_len=8192 # the layouts are told apart and parsed in the first lines; longer inputs only slow it
      export GLASSBENCH_FUZZ_SEED_FROM="$shared_dir/data/real" GLASSBENCH_FUZZ_SEED_TO="$work/seeds/importers" ;;
    manifest) seed_manifest "$work/seeds/manifest" ;;
    project) seed_project "$work/seeds/project" ;;
  esac
  mkdir -p "$work/seeds/$target"
  seeds+=("$work/seeds/$target")
  echo "fuzz_$target: $seconds s, corpus $corpus"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
    "$binary" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -max_len="$max_len" -timeout=20 \
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$artifacts/" 2>"$work/$target.log" ||
    { tail -40 "$work/$target.log"; echo "fuzz_$target FAILED: see $artifacts" >&2; failed=1; }
  unset GLASSBENCH_FUZZ_SEED_FROM GLASSBENCH_FUZZ_SEED_TO
  grep -E "^stat::|cov:" "$work/$target.log" | tail -8
done
exit $failed
