#include "project/ProjectCampaign.h"

#include "io/ManifestFile.h"
#include "project/ProjectLoader.h"

#include <QDir>
#include <QFileInfo>

namespace gb {

ProjectCampaign projectCampaign(const Project &project)
{
    Manifest manifest;
    manifest.path = project.path.isEmpty() ? QDir(project.baseDir).filePath(QStringLiteral("campaign.gbproj"))
                                           : project.path;
    manifest.leadingComments = project.leadingComments;
    manifest.columns = project.columns;
    for (std::size_t i = 0; i < project.rows.size(); ++i) {
        ManifestRow row = project.rows[i].row;
        row.line = qint64(i) + 1;
        const QString cell = row.cells.value(QStringLiteral("file")).trimmed();
        if (!cell.isEmpty())
            row.cells.insert(QStringLiteral("file"), project.resolvedPath(cell));
        manifest.rows.push_back(std::move(row));
    }
    ProjectCampaign result;
    result.project = project;
    result.campaign = buildCampaign(std::move(manifest));
    for (CampaignEntry &entry : result.campaign.entries) {
        const ProjectRow &row = project.rows[std::size_t(entry.manifestLine - 1)];
        entry.file = row.row.cells.value(QStringLiteral("file")).trimmed();
    }
    for (const RawFileRecord &record : project.rawFiles) {
        if (record.importerForced && !record.importerId.isEmpty())
            result.options.forcedFormats.insert(record.file, record.importerId);
        if (!record.options.isEmpty())
            result.options.importOptions.insert(record.file, record.options);
    }
    return result;
}

Manifest projectAsManifest(const Project &project)
{
    Manifest manifest;
    manifest.path = project.manifestPath;
    manifest.leadingComments = project.leadingComments;
    manifest.columns = project.columns;
    for (const ProjectRow &row : project.rows)
        manifest.rows.push_back(row.row);
    return manifest;
}

Result<ProjectCampaign> readCampaignOrProject(const QString &path)
{
    if (isProjectPath(path)) {
        Result<Project> project = readProject(path);
        if (!project.ok())
            return project.error();
        return projectCampaign(*project);
    }
    Result<Manifest> manifest = readManifest(path);
    if (!manifest.ok())
        return manifest.error();
    ProjectCampaign result;
    result.project = projectFromManifest(*manifest);
    result.campaign = buildCampaign(std::move(manifest).value());
    return result;
}

} // namespace gb
