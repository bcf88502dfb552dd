#pragma once

#include <QByteArray>
#include <QString>

#include <limits>

#include <string_view>

namespace gb {

enum class TextEncoding { Ascii, Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 };

QString encodingName(TextEncoding encoding);

/// Bytes of a text file turned into UTF-8, with what was detected on the way.
struct DecodedText {
    QByteArray utf8;
    TextEncoding encoding = TextEncoding::Ascii;
    bool hadByteOrderMark = false;
    bool droppedTrailingByte = false; ///< UTF-16/32 input whose length was not a whole unit
};

/// The encoding decodeText detects, found without converting anything.
struct DetectedEncoding {
    TextEncoding encoding = TextEncoding::Ascii;
    bool hadByteOrderMark = false;
};

/// What decodeText(raw) would report as encoding and byte order mark, without the copy or
/// conversion: for readers that parse single-byte text in place. Thread-safe.
DetectedEncoding detectEncoding(const QByteArray &raw);

/// Detects the encoding (BOM; UTF-16 from the pattern of zero bytes; strict UTF-8; otherwise
/// Windows-1252) and returns the text as UTF-8 without a BOM. Pure ASCII and BOM-less UTF-8
/// input is returned without copying. Never fails: every byte sequence decodes to something.
/// A caller that knows the bytes from `asciiFrom` on to be ASCII says so, and they are copied
/// as they are from a single-byte text (not from UTF-16 or UTF-32, where they mean otherwise).
DecodedText decodeText(const QByteArray &raw, qsizetype asciiFrom = std::numeric_limits<qsizetype>::max());

/// Windows-1252 bytes as text, as decodeText turns them into UTF-8 (undefined bytes become
/// U+FFFD). Thread-safe.
QString windows1252ToString(std::string_view bytes);

/// True when `bytes` is valid UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool isValidUtf8(const char *data, qsizetype size);

} // namespace gb
