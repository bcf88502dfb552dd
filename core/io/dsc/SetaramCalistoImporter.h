#pragma once

#include "io/Importer.h"

namespace gb {

/// Setaram Calisto text export (space-aligned or semicolon table): one Dataset.
/// Stateless and thread-safe; see the comment at the top of SetaramCalistoImporter.cpp for the layout.
class SetaramCalistoImporter final : public Importer {
public:
    QString id() const override;
    QString displayName() const override;
    QStringList filePatterns() const override;
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
