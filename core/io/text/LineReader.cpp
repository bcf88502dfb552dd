#include "io/text/LineReader.h"

#include <algorithm>
#include <cstring>

namespace gb {

namespace {
constexpr std::size_t kNoPosition = std::string_view::npos;
/// How far ahead a CR is looked for at once: far enough that an LF-only text costs one extra
/// search per this many bytes, near enough that reading a few lines of a long text stays cheap.
constexpr std::size_t kCrLookahead = 64 * 1024;

/// Offset of the first `c` in [from, to) of `text`, or npos.
std::size_t findByte(std::string_view text, std::size_t from, std::size_t to, char c)
{
    const void *found = std::memchr(text.data() + from, c, to - from);
    return found ? std::size_t(static_cast<const char *>(found) - text.data()) : kNoPosition;
}
} // namespace

std::size_t LineReader::firstCrBefore(std::size_t limit)
{
    if (m_nextCr != kNoPosition && m_nextCr < m_pos)
        m_nextCr = kNoPosition; // passed
    if (m_nextCr != kNoPosition)
        return m_nextCr < limit ? m_nextCr : kNoPosition;
    if (m_crFreeUntil >= limit)
        return kNoPosition;
    const std::size_t from = std::max(m_pos, m_crFreeUntil);
    const std::size_t to = std::min(m_text.size(), std::max(limit, from + kCrLookahead));
    m_nextCr = findByte(m_text, from, to, '\r');
    m_crFreeUntil = m_nextCr == kNoPosition ? to : m_nextCr + 1;
    return m_nextCr < limit ? m_nextCr : kNoPosition;
}

bool LineReader::next(std::string_view &line)
{
    if (m_pos >= m_text.size())
        return false;
    // The next LF is searched for once and kept until passed, so that files with lone-CR
    // endings are read in linear time (searching again for every CR-terminated line would be
    // quadratic); a CR before it ends the line earlier.
    if (!m_nextLfKnown || (m_nextLf != kNoPosition && m_nextLf < m_pos)) {
        m_nextLf = findByte(m_text, m_pos, m_text.size(), '\n');
        m_nextLfKnown = true;
    }
    const std::size_t cr = firstCrBefore(m_nextLf == kNoPosition ? m_text.size() : m_nextLf);
    const char *begin = m_text.data() + m_pos;
    ++m_lineNumber;
    m_unterminated = false;
    if (cr != kNoPosition) {
        line = std::string_view(begin, cr - m_pos);
        m_pos = cr + (cr + 1 == m_nextLf ? 2 : 1);
    } else if (m_nextLf != kNoPosition) {
        line = std::string_view(begin, m_nextLf - m_pos);
        m_pos = m_nextLf + 1;
    } else {
        line = std::string_view(begin, m_text.size() - m_pos);
        m_pos = m_text.size();
        m_unterminated = true;
    }
    return true;
}

} // namespace gb
