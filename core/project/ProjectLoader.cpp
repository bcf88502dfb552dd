#include "project/ProjectLoader.h"

#include "io/ImporterRegistry.h"
#include "project/ProjectCampaign.h"
#include "support/Progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <map>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectLoader", text);
}

const QString kFile = QStringLiteral("file");

QString rowIdFromCells(const QMap<QString, QString> &cells)
{
    const QString segment = cells.value(QStringLiteral("segment")).trimmed();
    return cells.value(kFile).trimmed() + u'#' + (segment.isEmpty() ? QStringLiteral("1") : segment);
}

/// A copy of the project whose rows all parse as far as loading needs: metadata that does not
/// parse (technique, path, numbers) is replaced so that the row's file is still read and a
/// person can repair the metadata in the table. The real findings come from the real rows.
Project loadableCopy(const Project &project)
{
    Project copy = project;
    const QString where = project.path.isEmpty() ? QStringLiteral("campaign") : project.path;
    for (ProjectRow &row : copy.rows) {
        QMap<QString, QString> &cells = row.row.cells;
        const QString path = project.resolvedPath(cells.value(kFile).trimmed());
        for (int attempt = 0; attempt < 3; ++attempt) {
            QMap<QString, QString> resolved = cells;
            resolved.insert(kFile, path);
            const Result<CampaignEntry> entry = parseCampaignEntry(ManifestRow{0, resolved}, where);
            if (entry.ok())
                break;
            if (entry.error().code == QLatin1String("bad_technique") ||
                (entry.error().code == QLatin1String("missing_file") && QFileInfo(path).isDir()))
                cells.insert(QStringLiteral("technique"), QFileInfo(path).isDir()
                                                              ? QStringLiteral("nanoindentation")
                                                              : QStringLiteral("dsc"));
            else if (entry.error().code == QLatin1String("bad_path"))
                cells.insert(QStringLiteral("path"), QString());
            else if (entry.error().code == QLatin1String("bad_number"))
                for (const QString &column : manifestColumns().mid(5, 10))
                    cells.remove(column);
            else
                break;
        }
    }
    return copy;
}

/// Where a row's findings point a person: the manifest line while the campaign is a manifest,
/// the row of the project once it is a project.
Diagnostic locateRow(const Project &p, Diagnostic d, std::size_t rowIndex)
{
    const ManifestRow &row = p.rows[rowIndex].row;
    if (p.path.isEmpty() && !p.manifestPath.isEmpty() && row.line > 0) {
        d.file = p.manifestPath;
        d.line = row.line;
    } else {
        d.file = p.path;
        d.line = qint64(rowIndex) + 1;
    }
    return d;
}

struct DigestJob {
    QString cell;
    QString path;
    Result<PathDigest> digest = Error{};
};
} // namespace

Project projectFromManifest(const Manifest &manifest)
{
    Project project;
    const QFileInfo info(manifest.path);
    project.baseDir = info.absolutePath();
    project.manifestPath = info.absoluteFilePath();
    project.leadingComments = manifest.leadingComments;
    project.columns = manifest.columns;
    static const QRegularExpression simulatedWord(QStringLiteral("\\bsimulated\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    for (const QString &comment : manifest.leadingComments)
        if (simulatedWord.match(comment).hasMatch())
            project.simulated = true;
    QSet<QString> ids;
    for (const ManifestRow &row : manifest.rows) {
        QString id = rowIdFromCells(row.cells);
        for (int n = 2; ids.contains(id); ++n)
            id = rowIdFromCells(row.cells) + QStringLiteral("~%1").arg(n);
        ids.insert(id);
        project.rows.push_back(ProjectRow{id, row});
    }
    return project;
}

LoadedProject loadProject(Project project, const ImporterRegistry &registry, Progress &progress)
{
    LoadedProject out;
    out.project = std::move(project);
    Project &p = out.project;

    std::vector<DigestJob> digests;
    QSet<QString> seen;
    for (const ProjectRow &row : p.rows) {
        const QString cell = row.row.cells.value(kFile).trimmed();
        if (!cell.isEmpty() && !seen.contains(cell)) {
            seen.insert(cell);
            digests.push_back(DigestJob{cell, p.resolvedPath(cell)});
        }
    }
    progress.setTotal(2 * qint64(digests.size()));
    QThreadPool pool; // not the global pool: the GUI thread's painting uses that one
    QtConcurrent::blockingMap(&pool, digests, [&progress](DigestJob &job) {
        if (progress.isCancelled())
            return;
        job.digest = sha256OfPath(job.path);
        progress.advance(QFileInfo(job.path).fileName());
    });
    if (progress.isCancelled()) {
        out.cancelled = true;
        return out;
    }

    // Read the data with the campaign loader; its own progress is relayed.
    Progress *relay = nullptr;
    Progress inner([&progress, &relay](qint64, qint64, const QString &what) {
        progress.advance(what);
        if (progress.isCancelled() && relay)
            relay->cancel();
    });
    relay = &inner;
    const ProjectCampaign loadable = projectCampaign(loadableCopy(p));
    LoadedCampaign loaded = loadCampaign(loadable.campaign, registry, inner, loadable.options);
    if (progress.isCancelled()) {
        out.cancelled = true;
        return out;
    }

    // Which row each file belongs to, for importer findings.
    std::map<QString, QString> rowOfPath;
    for (const ProjectRow &row : p.rows)
        rowOfPath.emplace(p.resolvedPath(row.row.cells.value(kFile).trimmed()), row.id);
    auto rowIdOfFile = [&rowOfPath](const QString &file) -> QString {
        const QString clean = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
        if (const auto it = rowOfPath.find(clean); it != rowOfPath.end())
            return it->second;
        const auto folder = rowOfPath.find(QFileInfo(clean).absolutePath());
        return folder != rowOfPath.end() ? folder->second : QString();
    };

    out.metadataIssues = metadataIssues(p);
    for (const Diagnostic &d : loaded.diagnostics)
        if (d.file != loadable.campaign.manifest.path)
            out.issues.push_back(Issue{d, rowIdOfFile(d.file)});

    out.rows.resize(p.rows.size());
    std::vector<bool> reached(p.rows.size(), false);
    for (LoadedEntry &entry : loaded.entries) {
        const std::size_t index = std::size_t(entry.entry.manifestLine - 1);
        RowData &data = out.rows[index];
        reached[index] = true;
        data.datasets = std::move(entry.datasets);
        if (!data.datasets.empty())
            data.formatId = data.datasets.front()->formatId;
        if (entry.loadError) {
            data.loadError = makeError(entry.loadError->code, entry.loadError->message);
            Diagnostic d{Severity::Error, entry.loadError->code, entry.loadError->message, {}, 0, 1};
            out.issues.push_back(Issue{locateRow(p, d, index), p.rows[index].id});
        }
    }
    for (std::size_t i = 0; i < p.rows.size(); ++i)
        if (!reached[i])
            out.rows[i].loadError =
                makeError(QStringLiteral("missing_file"), tr("the data file was not read"));

    // Bring the raw-file records up to date and say what moved or changed.
    for (const DigestJob &job : digests) {
        RawFileRecord *record = p.rawFile(job.cell);
        const bool known = record != nullptr;
        if (!known) {
            p.rawFiles.push_back(RawFileRecord{job.cell, job.path, {}, 0, {}, false, {}});
            record = &p.rawFiles.back();
        }
        record->absolutePath = job.path;
        const QString rowId = rowIdOfFile(job.path);
        if (!job.digest.ok()) {
            if (known && !record->sha256.isEmpty()) {
                out.problems.push_back(RawFileProblem{job.cell, job.path, RawFileState::Missing});
                out.issues.push_back(
                    Issue{Diagnostic{Severity::Error, QStringLiteral("raw_file_missing"),
                                     tr("raw file \"%1\" is not where the project expects it").arg(job.cell),
                                     job.path, 0, 1},
                          rowId});
            }
            continue;
        }
        if (known && !record->sha256.isEmpty() && record->sha256 != job.digest->sha256) {
            out.problems.push_back(RawFileProblem{job.cell, job.path, RawFileState::Changed});
            out.issues.push_back(Issue{Diagnostic{Severity::Warning, QStringLiteral("raw_file_changed"),
                                                  tr("raw file \"%1\" changed since the project was saved "
                                                     "(SHA-256 differs)")
                                                      .arg(job.cell),
                                                  job.path, 0, 1},
                                       rowId});
        }
        record->sha256 = job.digest->sha256;
        record->size = job.digest->size;
        for (std::size_t i = 0; i < p.rows.size(); ++i)
            if (p.rows[i].row.cells.value(kFile).trimmed() == job.cell && !out.rows[i].formatId.isEmpty() &&
                !record->importerForced) {
                record->importerId = out.rows[i].formatId;
                break;
            }
    }
    return out;
}

std::vector<Issue> metadataIssues(const Project &project)
{
    std::vector<Issue> issues;
    const Campaign real = projectCampaign(project).campaign;
    for (const Diagnostic &d : real.diagnostics)
        if (d.line >= 1 && d.line <= qint64(project.rows.size()))
            issues.push_back(Issue{locateRow(project, d, std::size_t(d.line - 1)),
                                   project.rows[std::size_t(d.line - 1)].id});
        else
            issues.push_back(Issue{d, {}});
    return issues;
}

LoadedCampaign loadedCampaignOf(const Project &project, const std::vector<RowData> &rows)
{
    ProjectCampaign pc = projectCampaign(project);
    LoadedCampaign loaded;
    loaded.diagnostics = pc.campaign.diagnostics;
    for (const CampaignEntry &entry : pc.campaign.entries) {
        const std::size_t index = std::size_t(entry.manifestLine - 1);
        LoadedEntry e;
        e.entry = entry;
        e.datasetId = project.rows[index].id;
        if (index < rows.size()) {
            e.datasets = rows[index].datasets;
            e.loadError = rows[index].loadError;
        }
        if (e.datasets.empty() && !e.loadError)
            e.loadError = makeError(QStringLiteral("missing_file"), tr("the data file was not read"));
        loaded.entries.push_back(std::move(e));
    }
    loaded.campaign = std::move(pc.campaign);
    return loaded;
}

} // namespace gb
