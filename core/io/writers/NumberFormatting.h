#pragma once

#include <string>

namespace gb {

/// Appends `value` with `decimals` digits after the point ("-0.01234567"), locale-free.
void appendFixed(std::string &out, double value, int decimals);

/// Appends `value` right-aligned in a field of `width` characters with `decimals` digits,
/// always after at least one blank (a wider number widens its field).
void appendFixedAligned(std::string &out, double value, int decimals, int width);

/// Appends the shortest text that reads back as exactly `value` ("0.1", "1e-07").
void appendShortest(std::string &out, double value);

} // namespace gb
