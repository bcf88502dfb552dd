#include "io/text/NumberParsing.h"

#include "io/text/LineReader.h"
#include "io/text/PlainDecimal.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <system_error>

namespace gb {

namespace {
/// What trimmed() removes.
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

/// Clinger's fast path: [-]digits[mark digits][(e|E)[±]digits] with at most 19 significant
/// digits whose value m·10^e has m < 2^53 and |e| ≤ 22 is m·10^e or m/10^−e, one correctly
/// rounded operation on exact operands, so the result equals from_chars bit for bit. Returns
/// false (nothing parsed) for anything else, which then takes the general path.
bool parseFastDecimal(std::string_view token, char decimalMark, double &value)
{
    static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                              1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                              1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = token.data();
    const char *const end = p + token.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    std::uint64_t mantissa = 0;
    int significant = 0;
    int exponent = 0;
    const char *const digitsStart = p;
    for (; p != end && unsigned(*p - '0') < 10; ++p) {
        if (mantissa != 0 || *p != '0')
            ++significant;
        mantissa = mantissa * 10 + unsigned(*p - '0');
    }
    bool anyDigit = p != digitsStart;
    if (p != end && *p == decimalMark) {
        ++p;
        const char *const fractionStart = p;
        for (; p != end && unsigned(*p - '0') < 10; ++p) {
            if (mantissa != 0 || *p != '0')
                ++significant;
            mantissa = mantissa * 10 + unsigned(*p - '0');
        }
        exponent -= int(p - fractionStart);
        anyDigit = anyDigit || p != fractionStart;
    }
    if (!anyDigit || significant > 19)
        return false;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        const bool negativeExponent = p != end && *p == '-';
        if (p != end && (*p == '-' || *p == '+'))
            ++p;
        if (p == end)
            return false;
        int written = 0;
        for (; p != end && unsigned(*p - '0') < 10; ++p) {
            if (written > 1000)
                return false;
            written = written * 10 + (*p - '0');
        }
        exponent += negativeExponent ? -written : written;
    }
    if (p != end || mantissa > (std::uint64_t(1) << 53) || exponent < -22 || exponent > 22)
        return false;
    double result = double(mantissa);
    result = exponent < 0 ? result / kPowersOfTen[-exponent] : result * kPowersOfTen[exponent];
    value = negative ? -result : result;
    return true;
}

ParsedNumber fromChars(std::string_view token)
{
    ParsedNumber parsed;
    const char *end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, parsed.value);
    if (ec == std::errc::result_out_of_range) {
        parsed.status = NumberStatus::OutOfRange;
        parsed.value = std::numeric_limits<double>::quiet_NaN();
    } else if (ec != std::errc() || ptr != end) {
        parsed.status = NumberStatus::Invalid;
    } else if (!std::isfinite(parsed.value)) {
        parsed.status = NumberStatus::Gap; // "nan", "inf": instruments' gap markers
        parsed.value = std::numeric_limits<double>::quiet_NaN();
    } else {
        parsed.status = NumberStatus::Ok;
    }
    return parsed;
}

} // namespace

bool isGapMarker(std::string_view token)
{
    token = trimmed(token);
    if (token.empty())
        return true;
    static constexpr std::array<std::string_view, 9> markers = {
        "---", "--", "--.--", "-", "nan", "1.#qnan", "-1.#ind", "-1.#ind00", "n/a"};
    return std::any_of(markers.begin(), markers.end(),
                       [token](std::string_view m) { return equalsIgnoringCase(token, m); });
}

ParsedNumber parseNumber(std::string_view token, char decimalMark)
{
    ParsedNumber parsed;
    const char *const tokenEnd = token.data() + token.size();
    if (!token.empty() && scanPlainDecimal(token.data(), tokenEnd, decimalMark, parsed.value) == tokenEnd) {
        parsed.status = NumberStatus::Ok;
        return parsed;
    }
    if (token.empty() || isBlank(token.front()) || isBlank(token.back())) // split fields come trimmed
        token = trimmed(token);
    if (!token.empty() && token.front() == '+')
        token.remove_prefix(1);
    if (token.empty() || token.front() == '+' || token.front() == ' ')
        return {std::numeric_limits<double>::quiet_NaN(),
                isGapMarker(token) ? NumberStatus::Gap : NumberStatus::Invalid};

    if (parseFastDecimal(token, decimalMark, parsed.value)) {
        parsed.status = NumberStatus::Ok;
        return parsed;
    }
    if (decimalMark == '.') {
        parsed = fromChars(token);
    } else {
        // Swap the marks in a small buffer; a '.' in a decimal-comma file is an error.
        std::array<char, 64> buffer{};
        if (token.size() > buffer.size() || token.find('.') != std::string_view::npos)
            parsed.status = NumberStatus::Invalid;
        else {
            std::replace_copy(token.begin(), token.end(), buffer.begin(), decimalMark, '.');
            parsed = fromChars(std::string_view(buffer.data(), token.size()));
        }
    }
    if (parsed.status == NumberStatus::Invalid && isGapMarker(token))
        return {std::numeric_limits<double>::quiet_NaN(), NumberStatus::Gap};
    return parsed;
}

bool looksLikeDecimalComma(std::string_view token)
{
    token = trimmed(token);
    if (!token.empty() && (token.front() == '+' || token.front() == '-'))
        token.remove_prefix(1);
    const std::size_t comma = token.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma + 1 >= token.size() ||
        token.find('.') != std::string_view::npos)
        return false;
    auto digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    std::string_view fraction = token.substr(comma + 1);
    if (const std::size_t e = fraction.find_first_of("eE"); e != std::string_view::npos) {
        std::string_view exponent = fraction.substr(e + 1);
        if (!exponent.empty() && (exponent.front() == '+' || exponent.front() == '-'))
            exponent.remove_prefix(1);
        if (!digits(exponent))
            return false;
        fraction = fraction.substr(0, e);
    }
    return digits(token.substr(0, comma)) && digits(fraction);
}

} // namespace gb
