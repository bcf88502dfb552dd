#pragma once

#include "io/Importer.h"

namespace gb {

/// Hysitron raw test file (".hld", TriboScan / HighLoad FBControls): header, then tables;
/// the indent is the "Test Data" table.
/// See HysitronHldImporter.cpp for the layout. Stateless and thread-safe.
class HysitronHldImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("hysitron-hld"); }
    QString displayName() const override;
    QStringList filePatterns() const override { return {QStringLiteral("*.hld")}; }
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
