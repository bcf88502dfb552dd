#pragma once

#include "data/Campaign.h"
#include "project/DatasetSettings.h"
#include "project/RawFiles.h"
#include "support/Result.h"

#include <QJsonObject>

#include <vector>

namespace gb {

/// One row of a project's campaign: the manifest cells and the stable dataset id the row was
/// given when it joined the campaign (settings and selections refer to it, so editing the
/// cells never orphans them).
struct ProjectRow {
    QString id;
    ManifestRow row; ///< row.line: line in the manifest it came from (0 when it did not)
    friend bool operator==(const ProjectRow &a, const ProjectRow &b)
    {
        return a.id == b.id && a.row.line == b.row.line && a.row.cells == b.row.cells;
    }
};

/// Everything a `.gbproj` file holds (format "glassbench-project", version kProjectFormatVersion):
/// the campaign (manifest columns and rows), where each raw file is and its SHA-256, the
/// importer and options that read it, every per-dataset analysis setting, the technique
/// analyses' own settings and the plot styles. Paths are absolute in memory and relative to the project's
/// folder on disk.
struct Project {
    QString path;           ///< the .gbproj file (absolute); empty for a new project
    QString baseDir;        ///< absolute folder the rows' `file` cells are relative to
    QString manifestPath;   ///< manifest the campaign was first read from (informative), absolute
    bool simulated = false; ///< the campaign is simulated data (the demo), shown as such
    QStringList leadingComments;
    QStringList columns;
    std::vector<ProjectRow> rows;
    std::vector<RawFileRecord> rawFiles;
    DatasetSettings settings;
    /// Global settings of the technique analyses, as their toJson() write them:
    /// {"dsc": ..., "relaxation": ..., "indentation": ...}; empty = the defaults.
    QJsonObject analysis;
    QJsonObject plotStyles; ///< per plot: {"<panel id>": {...}}; free-form for the panels

    /// The record of a `file` cell, or nullptr.
    const RawFileRecord *rawFile(const QString &fileCell) const;
    RawFileRecord *rawFile(const QString &fileCell);
    /// Where a row's data is: the raw-file record's path when there is one, else the cell
    /// resolved against baseDir (absolute cells as they are).
    QString resolvedPath(const QString &fileCell) const;
};

inline constexpr int kProjectFormatVersion = 1;

/// Serialises a project as indented JSON, with paths relative to the folder of `projectPath`.
/// Deterministic: the same project gives the same bytes. Numbers keep every bit (shortest
/// round-trip form).
QByteArray formatProject(const Project &project, const QString &projectPath);

/// Reads what formatProject wrote. Tolerant: unknown keys are ignored, missing optional parts
/// are empty. Errors (naming `projectPath`, and the line for JSON syntax errors): not JSON, not
/// a Glassbench project, a version newer than this program reads, a row without an id.
Result<Project> parseProject(const QByteArray &bytes, const QString &projectPath);

/// readProject = read the file + parseProject. Errors name the file.
Result<Project> readProject(const QString &path);

/// Writes atomically (QSaveFile: the old file stays intact until the new one is complete).
/// Does not change `project.path`.
Status writeProject(const Project &project, const QString &path);

/// True when `path` looks like a project (by suffix ".gbproj").
bool isProjectPath(const QString &path);

} // namespace gb
