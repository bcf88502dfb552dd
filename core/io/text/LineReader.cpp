#include "io/text/LineReader.h"

#include <cstring>

namespace gb {

bool LineReader::next(std::string_view &line)
{
    if (m_pos >= m_text.size())
        return false;
    const char *begin = m_text.data() + m_pos;
    const std::size_t remaining = m_text.size() - m_pos;
    // memchr for '\n' is fast; a lone '\r' before it ends the line earlier. The LF found is kept
    // until passed: searching again for every CR-terminated line would be quadratic.
    if (!m_nextLfKnown || (m_nextLf != std::string_view::npos && m_nextLf < m_pos)) {
        const void *found = std::memchr(begin, '\n', remaining);
        m_nextLf =
            found ? std::size_t(static_cast<const char *>(found) - m_text.data()) : std::string_view::npos;
        m_nextLfKnown = true;
    }
    const char *lf = m_nextLf == std::string_view::npos ? nullptr : m_text.data() + m_nextLf;
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
