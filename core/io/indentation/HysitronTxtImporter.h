#pragma once

#include "io/Importer.h"

namespace gb {

/// Bruker Hysitron TriboScan load–displacement curve export (".txt", one indent per file).
/// See HysitronTxtImporter.cpp for the layout. Stateless and thread-safe.
class HysitronTxtImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("hysitron-triboscan-txt"); }
    QString displayName() const override;
    QStringList filePatterns() const override { return {QStringLiteral("*.txt")}; }
    int confidence(const FileProbe &probe) const override;
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;
};

} // namespace gb
