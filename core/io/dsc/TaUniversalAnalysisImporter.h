#pragma once

#include "io/Importer.h"

namespace gb {

/// TA Instruments Universal Analysis text export (DSC, DMA Q800): one Dataset per segment.
/// Stateless and thread-safe; see the comment at the top of TaUniversalAnalysisImporter.cpp for the layout.
class TaUniversalAnalysisImporter final : public Importer {
public:
    QString id() const override;
    QString displayName() const override;
    QStringList filePatterns() const override;
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
