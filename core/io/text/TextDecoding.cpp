#include "io/text/TextDecoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace gb {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Ascii: return QStringLiteral("ASCII");
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Utf32LE: return QStringLiteral("UTF-32LE");
    case TextEncoding::Utf32BE: return QStringLiteral("UTF-32BE");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

namespace {
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

/// Whether any of the 32 bytes at `data` is ≥ 0x80: four words tested at once, since a numeric
/// export is nearly all ASCII.
bool hasNonAsciiIn32(const char *data)
{
    std::uint64_t words[4];
    std::memcpy(words, data, sizeof words);
    return ((words[0] | words[1] | words[2] | words[3]) & kHighBits) != 0;
}

/// The index of the first byte ≥ 0x80 at or after `from` (or `size`), 32 bytes at a time.
qsizetype asciiRunEnd(const char *data, qsizetype from, qsizetype size)
{
    while (from + 32 <= size && !hasNonAsciiIn32(data + from))
        from += 32;
    while (from < size && static_cast<unsigned char>(data[from]) < 0x80)
        ++from;
    return from;
}

/// How many bytes are ≥ 0x80.
qsizetype countNonAscii(const char *data, qsizetype size)
{
    qsizetype count = 0;
    qsizetype i = 0;
    for (; i + 32 <= size; i += 32) {
        if (!hasNonAsciiIn32(data + i))
            continue;
        for (qsizetype k = i; k < i + 32; k += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, data + k, 8);
            // The high bits moved to the low bit of each byte, then all eight bytes summed.
            count += qsizetype((((word & kHighBits) >> 7) * 0x0101010101010101ULL) >> 56);
        }
    }
    for (; i < size; ++i)
        count += static_cast<unsigned char>(data[i]) >= 0x80;
    return count;
}
} // namespace

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            i = asciiRunEnd(data, i, size);
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

namespace {

bool isAscii(const char *data, qsizetype size)
{
    return asciiRunEnd(data, 0, size) == size;
}

/// Guesses UTF-16 from zero bytes: ASCII text in UTF-16LE has a zero in every odd byte.
TextEncoding guessUtf16(const QByteArray &raw)
{
    const qsizetype n = std::min<qsizetype>(raw.size(), 64 * 1024) & ~qsizetype(1);
    if (n < 4 || std::memchr(raw.constData(), '\0', std::size_t(n)) == nullptr)
        return TextEncoding::Ascii;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += raw[i] == '\0';
        zeroOdd += raw[i + 1] == '\0';
    }
    const double half = double(n / 2);
    if (zeroOdd > 0.3 * half && zeroEven < 0.05 * half)
        return TextEncoding::Utf16LE;
    if (zeroEven > 0.3 * half && zeroOdd < 0.05 * half)
        return TextEncoding::Utf16BE;
    return TextEncoding::Ascii;
}

QByteArray decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    return text.toUtf8();
}

/// The character a Windows-1252 byte stands for: Latin-1 but for 0x80..0x9F, whose five
/// undefined positions become U+FFFD.
char16_t fromWindows1252(unsigned char byte)
{
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    return byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char16_t(byte);
}

/// `raw` as UTF-8. Its bytes from `asciiFrom` on are known to be ASCII and are copied without a
/// look at them.
QByteArray windows1252ToUtf8(const QByteArray &raw, qsizetype asciiFrom)
{
    // One pass straight to UTF-8: ASCII runs (nearly all of a numeric export) are copied as
    // they are, every other byte becomes two or three UTF-8 bytes.
    const char *in = raw.constData();
    const qsizetype size = raw.size();
    asciiFrom = std::clamp<qsizetype>(asciiFrom, 0, size);
    QByteArray utf8(size + 2 * countNonAscii(in, asciiFrom), Qt::Uninitialized);
    char *out = utf8.data();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype run = i < asciiFrom ? asciiRunEnd(in, i, asciiFrom) : size;
        std::memcpy(out, in + i, std::size_t(run - i));
        out += run - i;
        i = run;
        if (i == asciiFrom || i == size)
            continue; // the ASCII tail is next, or all is done
        const char16_t u = fromWindows1252(static_cast<unsigned char>(in[i++]));
        if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3F));
        } else {
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        }
    }
    utf8.truncate(out - utf8.constData());
    return utf8;
}

} // namespace

QString windows1252ToString(std::string_view bytes)
{
    QString text(qsizetype(bytes.size()), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : bytes)
        *out++ = fromWindows1252(static_cast<unsigned char>(byte));
    return text;
}

DetectedEncoding detectEncoding(const QByteArray &raw)
{
    auto startsWith = [&raw](std::initializer_list<unsigned char> bom) {
        if (raw.size() < qsizetype(bom.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char b : bom)
            if (static_cast<unsigned char>(raw[i++]) != b)
                return false;
        return true;
    };
    if (startsWith({0xEF, 0xBB, 0xBF})) {
        const bool utf8 = isValidUtf8(raw.constData() + 3, raw.size() - 3);
        return {utf8 ? TextEncoding::Utf8 : TextEncoding::Windows1252, true};
    }
    if (startsWith({0xFF, 0xFE, 0x00, 0x00}))
        return {TextEncoding::Utf32LE, true};
    if (startsWith({0x00, 0x00, 0xFE, 0xFF}))
        return {TextEncoding::Utf32BE, true};
    if (startsWith({0xFF, 0xFE}))
        return {TextEncoding::Utf16LE, true};
    if (startsWith({0xFE, 0xFF}))
        return {TextEncoding::Utf16BE, true};
    if (const TextEncoding utf16 = guessUtf16(raw); utf16 != TextEncoding::Ascii)
        return {utf16, false};
    if (isAscii(raw.constData(), raw.size()))
        return {TextEncoding::Ascii, false};
    return {isValidUtf8(raw.constData(), raw.size()) ? TextEncoding::Utf8 : TextEncoding::Windows1252, false};
}

DecodedText decodeText(const QByteArray &raw, qsizetype asciiFrom)
{
    const DetectedEncoding detected = detectEncoding(raw);
    DecodedText result;
    result.encoding = detected.encoding;
    result.hadByteOrderMark = detected.hadByteOrderMark;
    auto decodeUnits = [&](QStringConverter::Encoding enc, qsizetype bomSize, qsizetype unit) {
        QByteArrayView body(raw.constData() + bomSize, raw.size() - bomSize);
        if (body.size() % unit != 0) {
            result.droppedTrailingByte = true;
            body = body.first(body.size() - body.size() % unit);
        }
        result.utf8 = decodeWith(enc, body);
    };
    const qsizetype bom = detected.hadByteOrderMark ? 3 : 0; // for UTF-8 and Windows-1252
    switch (detected.encoding) {
    case TextEncoding::Ascii:
    case TextEncoding::Utf8: result.utf8 = bom ? raw.mid(bom) : raw; break;
    case TextEncoding::Windows1252:
        result.utf8 = windows1252ToUtf8(bom ? raw.mid(bom) : raw, asciiFrom - bom);
        break;
    case TextEncoding::Utf16LE: decodeUnits(QStringConverter::Utf16LE, bom ? 2 : 0, 2); break;
    case TextEncoding::Utf16BE: decodeUnits(QStringConverter::Utf16BE, bom ? 2 : 0, 2); break;
    case TextEncoding::Utf32LE: decodeUnits(QStringConverter::Utf32LE, 4, 4); break;
    case TextEncoding::Utf32BE: decodeUnits(QStringConverter::Utf32BE, 4, 4); break;
    }
    return result;
}

} // namespace gb
