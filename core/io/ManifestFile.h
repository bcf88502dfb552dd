#pragma once

#include "data/Campaign.h"

#include <QByteArray>

namespace gb {

/// Reads a campaign manifest (interfaces.md §1): UTF-8 CSV with RFC 4180 quoting (quoted cells
/// may span lines), '#' comment lines before the header, free column order. A row with more
/// cells than the header, or an unclosed quote, is kept as far as it goes and reported in
/// `Manifest::diagnostics` with its line. Errors: the file cannot be read, or has no header.
Result<Manifest> readManifest(const QString &path);
Result<Manifest> parseManifest(const QByteArray &bytes, const QString &path);

/// Writes the manifest back atomically (QSaveFile): comments, column order, every cell,
/// unknown columns included. Cells are quoted only when they need it.
Status writeManifest(const Manifest &manifest, const QString &path);
QByteArray formatManifest(const Manifest &manifest);

} // namespace gb
