#include "io/text/PlainFieldScanner.h"

#include "io/text/PlainDecimal.h"
#include "support/AlwaysInline.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace gb {

namespace {
/// The blanks around a field: what splitFields trims (or, for Whitespace, splits at).
template <bool Whitespace>
bool isFieldBlank(char c, char separator)
{
    return (c == ' ' || c == '\t') && (Whitespace || c != separator);
}

/// The run of blanks at `p` (there is one) skipped.
template <bool Whitespace>
const char *skipBlankRun(const char *p, const char *end, char separator)
{
    // Runs of spaces (STARe pads its columns with 4 to 11) eight at a time.
    constexpr std::uint64_t kSpaces = 0x2020202020202020ULL;
    while (end - p >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        if (word != kSpaces) {
            p += std::countr_zero(word ^ kSpaces) / 8; // the first byte that is not a space
            break;
        }
        p += 8;
    }
    while (p != end && isFieldBlank<Whitespace>(*p, separator))
        ++p;
    return p;
}

template <bool Whitespace>
GB_ALWAYS_INLINE const char *skipFieldBlanks(const char *p, const char *end, char separator)
{
    if (p == end || !isFieldBlank<Whitespace>(*p, separator))
        return p; // the usual case between tab-separated numbers: one test
    return skipBlankRun<Whitespace>(p, end, separator);
}

/// scanPlainFields for one kind of delimiter.
template <bool Whitespace>
const char *scanPlainFields(const char *p, const char *end, std::size_t columns, char separator,
                            char decimalMark, double *row)
{
    for (std::size_t c = 0; c < columns; ++c) {
        p = scanPlainDecimal(skipFieldBlanks<Whitespace>(p, end, separator), end, decimalMark, row[c]);
        if (!p)
            return nullptr;
        if (!Whitespace && c + 1 < columns && p != end && *p == separator) {
            ++p; // the usual case: the separator right after the number
            continue;
        }
        const char *const afterNumber = p;
        p = skipFieldBlanks<Whitespace>(p, end, separator);
        if (c + 1 == columns)
            break;
        if constexpr (Whitespace) {
            if (p == afterNumber)
                return nullptr; // the number runs into other text
        } else {
            if (p == end || *p != separator)
                return nullptr;
            ++p;
        }
    }
    // Only empty fields may follow the last column.
    while (p != end && (isFieldBlank<Whitespace>(*p, separator) || (!Whitespace && *p == separator)))
        ++p;
    return p;
}

} // namespace

const char *scanPlainFields(Delimiter delimiter, const char *p, const char *end, std::size_t columns,
                            char decimalMark, double *row)
{
    const char separator = delimiterChar(delimiter);
    return delimiter == Delimiter::Whitespace
               ? scanPlainFields<true>(p, end, columns, separator, decimalMark, row)
               : scanPlainFields<false>(p, end, columns, separator, decimalMark, row);
}

bool plainRowsPossible(Delimiter delimiter, char decimalMark)
{
    return delimiter == Delimiter::Whitespace || delimiterChar(delimiter) != decimalMark;
}
} // namespace gb
