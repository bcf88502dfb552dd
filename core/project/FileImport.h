#pragma once

#include "io/Importer.h"
#include "project/ProjectLoader.h"

#include <QMap>

namespace gb {

class ImporterRegistry;
class Progress;

/// What a path given to the window (opened, dropped) is.
enum class PathKind {
    Project,     ///< a .gbproj file
    Manifest,    ///< a campaign manifest (.csv whose header has `file` and `technique`)
    DataFile,    ///< an instrument file
    IndentArray, ///< a folder holding a Hysitron indent array: one group
    Folder,      ///< another folder: its files are imported one by one
    Missing,     ///< nothing there
};

/// Classifies by suffix, by the first line of a .csv, and for folders by whether their files
/// form an indent array. Reads at most the first 64 KiB of a file. Thread-safe.
PathKind classifyPath(const QString &path);

/// True when `head` (the first bytes of a CSV file) has a manifest header: after '#' comment
/// lines, a header naming both `file` and `technique`.
bool looksLikeManifest(const QByteArray &head);

/// The files directly inside a plain folder, in natural name order.
QStringList filesInFolder(const QString &folder);

/// One data file or indent array read for adding to a campaign.
struct FileImport {
    QString path;
    bool indentArray = false;
    QString formatId;
    std::vector<DatasetPtr> datasets;
    std::vector<Diagnostic> diagnostics;
    std::optional<Error> error;
    PathDigest digest;
    QString forcedId;      ///< importer the person chose, empty = detected
    ImportOptions options; ///< options it was read with (a column mapping)
};

/// Reads one path (an indent array: every indent file, in order) with the registry, and
/// digests it. Thread-safe.
FileImport importPath(const QString &path, bool indentArray, const ImporterRegistry &registry,
                      const QString &forcedId = {}, const ImportOptions &options = {});

/// importPath for many paths in parallel; one progress step per path. Cancelling leaves the
/// paths not reached with a "cancelled" error.
std::vector<FileImport> importPaths(const QStringList &paths, const QList<bool> &indentArrays,
                                    const ImporterRegistry &registry, const QString &forcedId,
                                    const QMap<QString, ImportOptions> &options, Progress &progress);

/// The technique a curve most likely comes from, by its columns: heat flow → dsc, stress or
/// modulus → stress_relaxation, load and depth → nanoindentation; empty when unclear.
QString guessTechnique(const Dataset &dataset);

/// New campaign rows for imported files: one row per curve of a multi-curve file (segment =
/// its 1-based index), one row for a one-curve file, one row for an indent array. The `file`
/// cell is relative to `project.baseDir` (absolute when the project has none); technique,
/// sample and mass come from the file where it says. Files the project already holds, and
/// files that could not be read, give issues instead of rows.
struct RowsToAdd {
    std::vector<ProjectRow> rows;
    std::vector<RowData> data;
    std::vector<RawFileRecord> records;
    std::vector<Issue> issues;
};
RowsToAdd rowsFromImports(const std::vector<FileImport> &imports, const Project &project);

} // namespace gb
