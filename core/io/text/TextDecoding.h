#pragma once

#include <QByteArray>
#include <QString>

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

/// Detects the encoding (BOM; UTF-16 from the pattern of zero bytes; strict UTF-8; otherwise
/// Windows-1252) and returns the text as UTF-8 without a BOM. Pure ASCII and BOM-less UTF-8
/// input is returned without copying. Never fails: every byte sequence decodes to something.
DecodedText decodeText(const QByteArray &raw);

/// True when `bytes` is valid UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool isValidUtf8(const char *data, qsizetype size);

} // namespace gb
