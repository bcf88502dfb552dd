#include "io/text/FieldSplitter.h"

#include "io/text/LineReader.h"

#include <string>

namespace gb {

void splitFields(std::string_view line, Delimiter delimiter, std::vector<std::string_view> &fields)
{
    fields.clear();
    if (delimiter == Delimiter::Whitespace) {
        std::size_t i = 0;
        const std::size_t n = line.size();
        while (i < n) {
            while (i < n && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i == n)
                break;
            const std::size_t start = i;
            while (i < n && line[i] != ' ' && line[i] != '\t')
                ++i;
            fields.emplace_back(line.data() + start, i - start);
        }
        return;
    }
    const char sep = delimiterChar(delimiter);
    std::size_t start = 0;
    while (true) {
        const std::size_t end = line.find(sep, start);
        if (end == std::string_view::npos) {
            fields.push_back(trimmed(line.substr(start)));
            return;
        }
        fields.push_back(trimmed(line.substr(start, end - start)));
        start = end + 1;
    }
}

bool splitQuotedCsv(std::string_view line, char delimiter, std::vector<std::string> &fields)
{
    fields.clear();
    std::string current;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    current.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                current.push_back(c);
            }
        } else if (c == '"' && !wasQuoted &&
                   std::string_view(current).find_first_not_of(" \t") == std::string_view::npos) {
            current.clear();
            inQuotes = wasQuoted = true;
        } else if (c == delimiter) {
            fields.push_back(wasQuoted ? current : std::string(trimmed(current)));
            current.clear();
            wasQuoted = false;
        } else if (!(wasQuoted && (c == ' ' || c == '\t'))) {
            current.push_back(c);
        }
    }
    fields.push_back(wasQuoted ? current : std::string(trimmed(current)));
    return !inQuotes;
}

} // namespace gb
