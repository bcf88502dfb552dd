#pragma once

#include "io/Importer.h"

namespace gb {

/// TA Instruments TRIOS classic "Export to text" files (stress relaxation, creep and DSC runs):
/// key/value header, [Section] blocks, then per `[step]` a title, a names row, a units row and
/// tab-separated rows. One Dataset per step. Stateless and thread-safe.
class TriosTextImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("ta-trios-text"); }
    QString displayName() const override;
    QStringList filePatterns() const override { return {QStringLiteral("*.txt")}; }
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
