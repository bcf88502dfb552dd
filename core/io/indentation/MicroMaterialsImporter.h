#pragma once

#include "io/Importer.h"

namespace gb {

/// Micro Materials NanoTest text export: headerless time (s), depth (nm), load (mN) columns.
/// See MicroMaterialsImporter.cpp for the layout. Stateless and thread-safe.
class MicroMaterialsImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("micromaterials-nanotest"); }
    QString displayName() const override;
    QStringList filePatterns() const override { return {QStringLiteral("*.txt")}; }
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
