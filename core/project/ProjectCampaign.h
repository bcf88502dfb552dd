#pragma once

#include "analysis/campaign/LoadedCampaign.h"
#include "project/ProjectFile.h"

namespace gb {

/// A project's campaign ready for loadCampaign(): the parsed entries and the importers and
/// options its raw-file records fix. Lets the command line analyse a .gbproj exactly like a
/// manifest, and the window load a project with the same code.
struct ProjectCampaign {
    Project project; ///< the project (for a manifest: projectFromManifest), for its settings
    Campaign campaign;
    LoadOptions options;
};

/// Builds the campaign of a project. Rows are parsed with parseCampaignEntry against the
/// project's base folder; a row whose raw file was relocated reads from its new place but keeps
/// its `file` cell (so dataset ids do not change). Each entry's manifestLine is the row's
/// 1-based position in `project.rows`, and diagnostics name the project file. Importer choices
/// recorded as forced, and every recorded option (column mappings), go into `options`.
ProjectCampaign projectCampaign(const Project &project);

/// The rows of `project` as a manifest (columns, comments, cells) located in its base folder:
/// what "export manifest" writes and what a project made from a manifest started as.
Manifest projectAsManifest(const Project &project);

/// The campaign of a project file or of a manifest, by the file's suffix: what
/// `glassbench-cli analyze` accepts. Errors: the file cannot be read or parsed.
/// Analysing it as the window does takes two calls:
///     LoadedCampaign loaded = loadCampaign(pc.campaign, registry, progress, pc.options);
///     AnalysisTables tables = analyzeProject(loaded, pc.project, progress);  // ProjectAnalysis.h
Result<ProjectCampaign> readCampaignOrProject(const QString &path);

} // namespace gb
