#pragma once

#include "analysis/campaign/LoadedCampaign.h"
#include "project/ProjectFile.h"

#include <optional>
#include <vector>

namespace gb {

class ImporterRegistry;
class Progress;

/// What a project row's data file gave when it was loaded.
struct RowData {
    std::vector<DatasetPtr> datasets; ///< one curve, or every indent of an array folder
    QString formatId;                 ///< importer that read it (empty when nothing was read)
    std::optional<Error> loadError;   ///< why nothing was read
};

/// A finding tied to a campaign row when one can be named (`rowId` empty otherwise).
struct Issue {
    Diagnostic diagnostic;
    QString rowId;
};

/// A raw file that is not what the project recorded.
struct RawFileProblem {
    QString file;         ///< the `file` cell
    QString expectedPath; ///< where the project expected it
    RawFileState state = RawFileState::Missing;
};

/// A project with its data read: one RowData per project row (same order), the raw-file
/// records brought up to date (importer, SHA-256, size of what was read now) and every finding.
struct LoadedProject {
    Project project;
    std::vector<RowData> rows;
    std::vector<Issue> issues;            ///< reading the files (and what moved or changed)
    std::vector<Issue> metadataIssues;    ///< rows whose cells do not parse (see metadataIssues())
    std::vector<RawFileProblem> problems; ///< recorded files that moved or changed
    bool cancelled = false;
};

/// The project a manifest describes: rows with ids from datasetIdFor (file, '#', segment),
/// base folder = the manifest's folder, `simulated` when a leading comment says "simulated".
Project projectFromManifest(const Manifest &manifest);

/// Reads every data file of `project` (on `progress`'s worker: many files in parallel),
/// compares each recorded file with its SHA-256 and records the digest, importer and size of
/// what was read. Rows keep their ids. Pure apart from reading the files; thread-safe.
/// Cancelling through `progress` returns early with `cancelled` set and no rows.
/// `progress` counts two steps per distinct file (digest, then read).
LoadedProject loadProject(Project project, const ImporterRegistry &registry, Progress &progress);

/// The rows of `project` whose manifest cells do not parse (unknown technique or path, a
/// number that is not one, a missing file), each pointing at the manifest line while the
/// campaign is a manifest, at the project row (1-based) once it is a project.
std::vector<Issue> metadataIssues(const Project &project);

/// The campaign of a project with data already read, for analyses: the parsed entries paired
/// with the rows' datasets (no file is read). Rows whose metadata do not parse are left out
/// (they are issues already).
LoadedCampaign loadedCampaignOf(const Project &project, const std::vector<RowData> &rows);

} // namespace gb
