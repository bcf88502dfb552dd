#pragma once
// The libquadmath functions the NIST reference models use. GCC ships <quadmath.h>; Clang
// compiles __float128 on x86-64 and links the same library but does not see GCC's header, so
// the few functions are declared here when the header cannot be found.

#if __has_include(<quadmath.h>)
#include <quadmath.h>
#else
#include "fit/QuadPrecision.h"

extern "C" {
gb::QuadReal expq(gb::QuadReal);
gb::QuadReal powq(gb::QuadReal, gb::QuadReal);
gb::QuadReal logq(gb::QuadReal);
gb::QuadReal sqrtq(gb::QuadReal);
gb::QuadReal atanq(gb::QuadReal);
gb::QuadReal cosq(gb::QuadReal);
gb::QuadReal sinq(gb::QuadReal);
gb::QuadReal acosq(gb::QuadReal);
gb::QuadReal strtoflt128(const char *, char **);
}
#endif
