#pragma once

// The plain decimal numbers that fill an instrument's table. Inline, for the table scanners
// call it for every cell: the call itself cost a tenth of the scan.

#include "support/AlwaysInline.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace gb {

namespace detail {
/// Appends the run of up to eight digits at `p` (eight readable bytes) to `mantissa` in one
/// step and returns the end of the run: the fraction of an instrument's number (1 to 8 digits)
/// costs a few operations instead of a loop turn per digit. The mantissa wraps when there are
/// too many digits in all; the caller counts them.
GB_ALWAYS_INLINE const char *appendEightDigits(const char *p, std::uint64_t &mantissa)
{
    static constexpr std::uint64_t kPowers[] = {1,      10,      100,      1000,     10000,
                                                100000, 1000000, 10000000, 100000000};
    std::uint64_t word = 0;
    std::memcpy(&word, p, 8); // the first character in the lowest byte (little endian)
    // A byte's high bit ends up set when it is below '0' (borrow), above '9' (carry) or was set;
    // borrows and carries only reach bytes after the first non-digit, which are not used.
    const std::uint64_t nonDigits =
        ((word - 0x3030303030303030ULL) | (word + 0x4646464646464646ULL) | word) & 0x8080808080808080ULL;
    const int digits = nonDigits == 0 ? 8 : std::countr_zero(nonDigits) / 8;
    if (digits == 0)
        return p;
    // The digits moved to the top bytes (zeros below are leading zeros), then combined in pairs,
    // fours and eights.
    word = (word << (8 * (8 - digits))) & 0x0F0F0F0F0F0F0F0FULL;
    word = (word * 2561) >> 8;
    word = ((word & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
    word = ((word & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32;
    mantissa = mantissa * kPowers[digits] + word;
    return p + digits;
}
} // namespace detail

/// Scans a plain decimal number at the start of [p, end): an optional '-', at least one
/// digit, and optionally `decimalMark` and more digits (".5" is not plain: a plain row then
/// always starts like a number); at most 19 digits in all. Sets
/// `value` to the double std::from_chars gives for it and returns the end of the number, or
/// returns nullptr when the text does not start with such a number or its value needs more
/// than one correctly rounded operation (mantissa above 2^53); the caller then takes the
/// general path (parseNumber). What follows the number is not looked at. Thread-safe.
GB_ALWAYS_INLINE const char *scanPlainDecimal(const char *p, const char *end, char decimalMark, double &value)
{
    static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,
                                              1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19};
    const bool negative = p != end && *p == '-';
    p += negative ? 1 : 0;
    // The digits as one integer (at most 19 of them cannot overflow 64 bits), then divided by
    // the power of ten of the fraction digits: as parseFastDecimal, without the general cases.
    std::uint64_t mantissa = 0;
    const char *const integerStart = p;
    for (unsigned d; p != end && (d = unsigned(*p) - '0') < 10; ++p)
        mantissa = mantissa * 10 + d;
    std::ptrdiff_t digits = p - integerStart;
    if (digits == 0)
        return nullptr;
    std::ptrdiff_t fractionDigits = 0;
    if (p != end && *p == decimalMark) {
        const char *const fractionStart = ++p;
        // Eight digits at once; only a run of eight can go on.
        if (end - p < 8 || (p = detail::appendEightDigits(p, mantissa)) - fractionStart == 8)
            for (unsigned d; p != end && (d = unsigned(*p) - '0') < 10; ++p)
                mantissa = mantissa * 10 + d;
        fractionDigits = p - fractionStart;
        digits += fractionDigits;
    }
    if (digits > 19 || mantissa > (std::uint64_t(1) << 53))
        return nullptr;
    const double magnitude = double(mantissa) / kPowersOfTen[fractionDigits];
    value = negative ? -magnitude : magnitude;
    return p;
}

} // namespace gb
