#!/usr/bin/env bash
# Configures and builds Glassbench into build/ (executables land in build/bin/).
# Extra arguments go to CMake, e.g. scripts/build.sh -DGLASSBENCH_BUILD_GUI=OFF
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${GLASSBENCH_BUILD_DIR:-build}

cmake_args=(-S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${CI:-}" = true ]; then
  cmake_args+=(-DGLASSBENCH_WERROR=ON)
fi
if [ ! -f "$build_dir/build.ninja" ] || [ $# -gt 0 ]; then
  cmake "${cmake_args[@]}" "$@" >"${TMPDIR:-/tmp}/glassbench-configure.log" 2>&1 ||
    { cat "${TMPDIR:-/tmp}/glassbench-configure.log"; exit 1; }
fi
ninja -C "$build_dir" --quiet
