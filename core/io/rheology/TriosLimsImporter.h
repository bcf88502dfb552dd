#pragma once

#include "io/Importer.h"

namespace gb {

/// TA Instruments TRIOS "LIMS export" text files: INI-like [Section] blocks, then per `[Step]`
/// the lines `Step name`, `Number of points`, `Variables`, `Units` and rows that start with the
/// cell `Data point`. One Dataset per step. Stateless and thread-safe.
class TriosLimsImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("ta-trios-lims"); }
    QString displayName() const override;
    QStringList filePatterns() const override { return {QStringLiteral("*.txt")}; }
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
