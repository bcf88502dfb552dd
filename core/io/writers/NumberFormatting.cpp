#include "io/writers/NumberFormatting.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace gb {

namespace {
std::string_view formatFixed(std::array<char, 64> &buffer, double value, int decimals)
{
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                         std::chars_format::fixed, decimals);
    if (ec != std::errc()) {
        const auto [end2, ec2] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
        return {buffer.data(), ec2 == std::errc() ? std::size_t(end2 - buffer.data()) : 0};
    }
    return {buffer.data(), std::size_t(end - buffer.data())};
}
} // namespace

void appendFixed(std::string &out, double value, int decimals)
{
    std::array<char, 64> buffer;
    out.append(formatFixed(buffer, value, decimals));
}

void appendFixedAligned(std::string &out, double value, int decimals, int width)
{
    std::array<char, 64> buffer;
    const std::string_view text = formatFixed(buffer, value, decimals);
    // At least one blank, so a number wider than its field never merges with its neighbour.
    const std::size_t padding = int(text.size()) < width ? std::size_t(width) - text.size() : 1;
    out.append(padding, ' ');
    out.append(text);
}

void appendShortest(std::string &out, double value)
{
    std::array<char, 64> buffer;
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec == std::errc())
        out.append(buffer.data(), std::size_t(end - buffer.data()));
}

} // namespace gb
