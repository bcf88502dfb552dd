#pragma once

#include "io/Importer.h"

namespace gb {

/// PerkinElmer Pyris text export (DSC 8000/8500): one Dataset per method step.
/// Stateless and thread-safe; see the comment at the top of PerkinElmerPyrisImporter.cpp for the layout.
class PerkinElmerPyrisImporter final : public Importer {
public:
    QString id() const override;
    QString displayName() const override;
    QStringList filePatterns() const override;
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
