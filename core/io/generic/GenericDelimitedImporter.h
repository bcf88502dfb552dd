#pragma once

#include "io/Importer.h"

namespace gb {

/// Hand-made and exported delimited text tables of any technique: CSV, TSV, semicolon tables
/// with decimal commas, blank-aligned columns (formats.md "Generic delimited text"). It sniffs
/// the delimiter, the names and units rows and the decimal mark, converts every column to
/// internal units and maps columns to roles by name and unit. Its confidence is low (15) so
/// that any importer recognising a real signature wins. Options: see GenericImportOptions.
/// Stateless and thread-safe.
class GenericDelimitedImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("generic-delimited"); }
    QString displayName() const override;
    QStringList filePatterns() const override;
    int confidence(const FileProbe &probe) const override;
    bool isFallback() const override { return true; }
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
