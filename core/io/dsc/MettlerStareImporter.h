#pragma once

#include "io/Importer.h"

namespace gb {

/// Mettler Toledo STARe export (Flash DSC 1 / 2+): many curves per file, one Dataset per curve.
/// Stateless and thread-safe; see the comment at the top of MettlerStareImporter.cpp for the layout.
class MettlerStareImporter final : public Importer {
public:
    QString id() const override;
    QString displayName() const override;
    QStringList filePatterns() const override;
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
