#pragma once

#include <string_view>

namespace gb {

enum class NumberStatus {
    Ok,
    Gap,        ///< an explicit missing-value marker ("", "---", "nan", "-1.#IND00", ...): value is NaN
    Invalid,    ///< not a number, or characters left over ("1,5" with a '.' decimal mark)
    OutOfRange, ///< magnitude beyond double ("1e400") or below the smallest subnormal ("1e-400")
};

struct ParsedNumber {
    double value = 0.0;
    NumberStatus status = NumberStatus::Invalid;
    bool ok() const { return status == NumberStatus::Ok; }
};

/// Parses one cell, locale-independently. Blanks around the token and one leading '+' are
/// allowed; the rest of the token must be consumed. `decimalMark` is '.' or ','. Out-of-range
/// values are reported, never clamped. Thread-safe.
ParsedNumber parseNumber(std::string_view token, char decimalMark = '.');

/// True for the gap markers instruments write for a missing value.
bool isGapMarker(std::string_view token);

/// True when the token looks like a number with a decimal comma ("25,0", "-1,5e-3").
bool looksLikeDecimalComma(std::string_view token);

} // namespace gb
