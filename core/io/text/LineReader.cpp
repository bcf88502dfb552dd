#include "io/text/LineReader.h"

#include <cstring>

namespace gb {

bool LineReader::next(std::string_view &line)
{
    if (m_pos >= m_text.size())
        return false;
    const char *begin = m_text.data() + m_pos;
    const std::size_t remaining = m_text.size() - m_pos;
    // memchr for '\n' is fast; a lone '\r' before it ends the line earlier.
    const auto *lf = static_cast<const char *>(std::memchr(begin, '\n', remaining));
    const std::size_t searchLength = lf ? std::size_t(lf - begin) : remaining;
    const auto *cr = static_cast<const char *>(std::memchr(begin, '\r', searchLength));
    ++m_lineNumber;
    m_unterminated = false;
    if (cr) {
        line = std::string_view(begin, std::size_t(cr - begin));
        m_pos += line.size() + ((cr + 1 == lf) ? 2 : 1);
    } else if (lf) {
        line = std::string_view(begin, searchLength);
        m_pos += searchLength + 1;
    } else {
        line = std::string_view(begin, remaining);
        m_pos = m_text.size();
        m_unterminated = true;
    }
    return true;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace gb
