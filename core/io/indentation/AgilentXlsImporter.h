#pragma once

#include "io/Importer.h"

namespace gb {

/// Agilent / KLA G200 and MTS XP NanoSuite Excel 97 export (".xls", BIFF8), one dataset per
/// "Test nnn" sheet, read with libfreexl.
/// See AgilentXlsImporter.cpp for the layout. Stateless and thread-safe.
class AgilentXlsImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("agilent-g200-xls"); }
    QString displayName() const override;
    QStringList filePatterns() const override { return {QStringLiteral("*.xls")}; }
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
