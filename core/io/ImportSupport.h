#pragma once

#include "io/Importer.h"
#include "io/text/TextDecoding.h"

#include <QCoreApplication>

#include <string_view>

namespace gb {

/// Largest file an importer reads into memory.
constexpr qint64 kMaxImportBytes = qint64(2) * 1024 * 1024 * 1024 - 1;

/// The bytes of `device` from its position to its end. A QBuffer's bytes are shared, not copied.
/// Errors when the device cannot be read or is larger than kMaxImportBytes.
Result<QByteArray> readAllBytes(QIODevice &device, const QString &fileName);

/// The path of the file `device` reads (a QFile, or a FileBytesDevice); empty for other devices.
QString sourcePath(const QIODevice &device);

/// Reads the whole device and decodes it to UTF-8 (see decodeText). Errors when the device
/// cannot be read or is larger than kMaxImportBytes. A UTF-16 file of odd length gives a
/// warning in `diagnostics`.
Result<DecodedText> readText(QIODevice &device, const QString &fileName,
                             std::vector<Diagnostic> &diagnostics);

/// Shorthand for the Error an importer returns about `fileName` at `line`.
Error importError(const QString &fileName, qint64 line, const QString &message,
                  const QString &code = QStringLiteral("read_error"));

/// Text for a message, translated in the "Importer" context.
inline QString importerText(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

/// True when the file name ends with one of `suffixes` (case-insensitive, with the dot).
bool hasSuffix(const QString &fileName, std::initializer_list<const char *> suffixes);

/// The part of a probe's text in which `needle`, a marker with a letter in it (a byte from 'A'
/// up), may occur: it ends before FileProbe::letterEnd + the needle's length. In an export of a
/// few header lines and a table of numbers, that is the header.
std::string_view markerRegion(const FileProbe &probe, std::string_view needle);

/// True when the probe's text contains `needle`, a marker with a letter in it, searched in its
/// markerRegion() only.
inline bool probeContains(const FileProbe &probe, std::string_view needle)
{
    return markerRegion(probe, needle).find(needle) != std::string_view::npos;
}

/// QString from a UTF-8 view.
inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace gb
