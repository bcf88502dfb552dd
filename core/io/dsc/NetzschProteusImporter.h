#pragma once

#include "io/Importer.h"

namespace gb {

/// NETZSCH Proteus ASCII export (#FORMAT:NETZSCH5): one Dataset per temperature segment.
/// Stateless and thread-safe; see the comment at the top of NetzschProteusImporter.cpp for the layout.
class NetzschProteusImporter final : public Importer {
public:
    QString id() const override;
    QString displayName() const override;
    QStringList filePatterns() const override;
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
