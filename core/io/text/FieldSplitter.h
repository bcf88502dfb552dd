#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gb {

enum class Delimiter { Tab, Semicolon, Comma, Whitespace };

/// ' ' for Whitespace. Inline: a table scanner asks it for every row.
inline char delimiterChar(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Tab: return '\t';
    case Delimiter::Semicolon: return ';';
    case Delimiter::Comma: return ',';
    case Delimiter::Whitespace: break;
    }
    return ' ';
}

/// Splits a line into fields. Whitespace splits at runs of blanks and ignores leading and
/// trailing blanks; the others split at every occurrence (empty fields are kept) and trim
/// blanks around each field. `fields` is cleared first and reused to avoid allocations.
void splitFields(std::string_view line, Delimiter delimiter, std::vector<std::string_view> &fields);

/// Splits a CSV line with RFC 4180 quoting ("a,""b""" is one field): quotes are removed,
/// doubled quotes unescaped, blanks around unquoted fields trimmed.
/// Returns false when a quoted field is not closed on this line.
bool splitQuotedCsv(std::string_view line, char delimiter, std::vector<std::string> &fields);

} // namespace gb
