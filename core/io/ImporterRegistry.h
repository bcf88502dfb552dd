#pragma once

#include "io/Importer.h"

#include <functional>
#include <memory>
#include <vector>

namespace gb {

struct RankedImporter {
    const Importer *importer = nullptr;
    int confidence = 0;
};

/// Result of importing one file through the registry: which importer read it, and how sure
/// the registry was.
struct ImportedFile {
    QString formatId;
    int confidence = 0;
    ImportOutput output;
};

/// All importers Glassbench knows, and the choice between them.
class ImporterRegistry {
public:
    ImporterRegistry() = default;
    ImporterRegistry(const ImporterRegistry &) = delete;
    ImporterRegistry &operator=(const ImporterRegistry &) = delete;

    /// The registry with every built-in importer. Created once; thread-safe to use.
    static const ImporterRegistry &standard();

    void add(std::unique_ptr<Importer> importer);
    const Importer *find(const QString &id) const;
    std::vector<const Importer *> importers() const;

    /// Importers with confidence > 0, most confident first.
    std::vector<RankedImporter> rank(const FileProbe &probe) const;

    /// Opens `path` read-only and imports it with the most confident importer that can read
    /// it (trying the others in order of confidence when it cannot), or with the importer
    /// `forcedId` when given. Errors: missing file, a directory, unreadable, no importer
    /// recognises it, or the most confident importer's own error.
    Result<ImportedFile> importFile(const QString &path, const QString &forcedId = {},
                                    const ImportOptions &options = {}) const;
    /// Same for bytes already in memory (tests, fuzzing).
    Result<ImportedFile> importBytes(const QByteArray &bytes, const QString &fileName,
                                     const QString &forcedId = {}, const ImportOptions &options = {}) const;

private:
    /// The importers `include` accepts, with confidence > 0, most confident first.
    std::vector<RankedImporter> rankWhere(const FileProbe &probe,
                                          const std::function<bool(const Importer &)> &include) const;
    Result<ImportedFile> importDevice(QIODevice &device, const QByteArray &head, const QString &fileName,
                                      const QString &forcedId, const ImportOptions &options) const;

    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace gb
