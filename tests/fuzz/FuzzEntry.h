#pragma once
// The one function every fuzz target defines (libFuzzer's entry point). The same source is
// linked either with libFuzzer (-fsanitize=fuzzer, GLASSBENCH_BUILD_FUZZERS) or with
// FuzzReplayMain.cpp, which ctest uses to replay the kept regression inputs in any build.

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
