#pragma once

#include <QtGlobal>

#include <string_view>

namespace gb {

/// Walks a text buffer line by line, accepting LF, CRLF and lone CR endings. Returned lines
/// exclude the terminator and view into the buffer, which must outlive the reader.
class LineReader {
public:
    explicit LineReader(std::string_view text) : m_text(text) {}

    /// Fetches the next line; false at the end of the buffer. A final line without a
    /// terminator is returned like any other.
    bool next(std::string_view &line);

    /// 1-based number of the line last returned by next() (0 before the first call).
    qint64 lineNumber() const { return m_lineNumber; }
    /// Byte offset of the start of the next line.
    std::size_t offset() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    /// True when the line last returned had no terminator (the buffer ended inside it).
    bool lastLineUnterminated() const { return m_unterminated; }

    /// The text from offset() on, for a caller that reads whole lines of it itself.
    std::string_view rest() const { return m_text.substr(m_pos); }
    /// Moves past `lines` terminated lines that the caller read from rest(), which ended
    /// `bytes` into it.
    void skipLines(std::size_t bytes, qint64 lines)
    {
        m_pos += bytes;
        m_lineNumber += lines;
        m_unterminated = m_unterminated && lines == 0;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    qint64 m_lineNumber = 0;
    bool m_unterminated = false;
    /// The first '\r' in [m_pos, limit), or npos; remembers what it searched.
    std::size_t firstCrBefore(std::size_t limit);

    /// Offset of the next '\n' at or after m_pos (npos: none left), found once per LF so that
    /// files with lone-CR endings are read in linear time.
    std::size_t m_nextLf = 0;
    bool m_nextLfKnown = false;
    /// The next '\r' found (npos: none found yet) and the offset before which [m_pos, it) is
    /// known to hold no '\r' other than m_nextCr: LF-only text is searched for CRs in large
    /// steps, not once per line.
    std::size_t m_nextCr = std::string_view::npos;
    std::size_t m_crFreeUntil = 0;
};

/// Trims ASCII blanks (space, tab) from both ends.
inline std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace gb
