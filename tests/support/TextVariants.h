#pragma once
// Variants of a test text file, made in memory from one original: line endings, byte order
// marks, UTF-16, Latin-1, decimal comma and truncation. Generic: any importer test can use it to
// check that every variant a real instrument may write reads the same.

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

namespace gb::test {

enum class LineEnding { LF, CRLF, CR };

inline const char *lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::LF: return "LF";
    case LineEnding::CRLF: return "CRLF";
    case LineEnding::CR: return "CR";
    }
    return "";
}

/// `text` with every line ending (LF, CRLF or lone CR) written as `ending`.
inline QByteArray withLineEnding(const QByteArray &text, LineEnding ending)
{
    const QByteArray eol = ending == LineEnding::LF     ? QByteArray("\n")
                           : ending == LineEnding::CRLF ? QByteArray("\r\n")
                                                        : QByteArray("\r");
    QByteArray out;
    out.reserve(text.size() + text.size() / 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += eol;
        } else if (c == '\n') {
            out += eol;
        } else {
            out += c;
        }
    }
    return out;
}

/// UTF-8 `text` with a UTF-8 byte order mark in front.
inline QByteArray withUtf8Bom(const QByteArray &utf8)
{
    return QByteArray("\xEF\xBB\xBF") + utf8;
}

/// UTF-8 `text` as UTF-16 little-endian, with or without the byte order mark FF FE.
inline QByteArray toUtf16LE(const QByteArray &utf8, bool byteOrderMark = true)
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const QByteArray body = encoder(QString::fromUtf8(utf8));
    return byteOrderMark ? QByteArray("\xFF\xFE", 2) + body : body;
}

/// UTF-8 `text` as UTF-16 big-endian, with or without the byte order mark FE FF.
inline QByteArray toUtf16BE(const QByteArray &utf8, bool byteOrderMark = true)
{
    QStringEncoder encoder(QStringConverter::Utf16BE);
    const QByteArray body = encoder(QString::fromUtf8(utf8));
    return byteOrderMark ? QByteArray("\xFE\xFF", 2) + body : body;
}

/// UTF-8 `text` as Latin-1 (° becomes byte B0, µ byte B5); characters Latin-1 lacks become '?'.
inline QByteArray toLatin1(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8).toLatin1();
}

/// `text` with every '.' that stands between two digits written as ','. Pair it with a field
/// delimiter other than ',' (semicolon, tab, blanks).
inline QByteArray withDecimalComma(const QByteArray &text)
{
    QByteArray out = text;
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    for (qsizetype i = 1; i + 1 < out.size(); ++i)
        if (out[i] == '.' && isDigit(out[i - 1]) && isDigit(out[i + 1]))
            out[i] = ',';
    return out;
}

/// The lines of `text` before 1-based `lineNumber`, plus the first half of that line without its
/// line ending: a file cut off in the middle of a row. Works with LF, CRLF and CR endings.
inline QByteArray truncatedInLine(const QByteArray &text, int lineNumber)
{
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size() && line < lineNumber; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            start = i + 1;
        }
    }
    qsizetype end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r')
        ++end;
    return text.left(start + (end - start) / 2);
}

/// `text` with line `lineNumber` (1-based, LF endings) replaced by `replacement`.
inline QByteArray withLineReplaced(const QByteArray &text, int lineNumber, const QByteArray &replacement)
{
    QList<QByteArray> lines = text.split('\n');
    if (lineNumber >= 1 && lineNumber <= lines.size())
        lines[lineNumber - 1] = replacement;
    return lines.join('\n');
}

} // namespace gb::test
