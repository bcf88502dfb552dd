#include "ProjectController.h"

#include "DemoCampaign.h"
#include "dialogs/ColumnMappingDialog.h"
#include "dialogs/RawFilesDialog.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "io/ManifestFile.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace gb {

namespace {
constexpr qsizetype kCurvesShownAfterImport = 12;
}

ProjectController::ProjectController(Document *document, JobRunner *jobs, QWidget *dialogParent,
                                     const ImporterRegistry &registry)
    : QObject(dialogParent), m_document(document), m_jobs(jobs), m_dialogParent(dialogParent),
      m_registry(registry)
{
    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(300);
    connect(&m_analysisTimer, &QTimer::timeout, this, &ProjectController::runAnalysis);
    connect(document, &Document::contentChanged, &m_analysisTimer, qOverload<>(&QTimer::start));
    connect(jobs, &JobRunner::finished, this, [this] {
        if (m_analysisPending)
            m_analysisTimer.start();
    });
}

void ProjectController::reportError(const QString &title, const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    if (m_interactive)
        QMessageBox::critical(m_dialogParent, title, message);
}

bool ProjectController::ensureIdle()
{
    // A running analysis gives way (it runs again afterwards); other work is waited for.
    m_analysisTimer.stop();
    while (m_jobs->isRunning() && m_jobs->title() == tr("Analysing the campaign")) {
        m_analysisPending = true;
        m_jobs->cancel();
        m_jobs->waitForIdle();
        m_analysisTimer.stop();
    }
    if (!m_jobs->isRunning())
        return true;
    reportError(tr("Busy"), tr("Wait until “%1” has finished, or cancel it.").arg(m_jobs->title()));
    return false;
}

bool ProjectController::confirmDiscard()
{
    if (!m_document->isModified() || m_document->isEmpty() || !m_interactive)
        return true;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ProjectController::newDocument()
{
    if (!ensureIdle() || !confirmDiscard())
        return;
    m_document->clear();
}

void ProjectController::openPaths(const QStringList &paths)
{
    QStringList data;
    for (const QString &path : paths) {
        switch (classifyPath(path)) {
        case PathKind::Project: openProject(path); return;
        case PathKind::Manifest: openManifest(path); return;
        case PathKind::Missing: reportError(tr("Open"), tr("“%1” does not exist.").arg(path)); return;
        default: data << path;
        }
    }
    if (!data.isEmpty())
        importPaths(data);
}

bool ProjectController::openProject(const QString &path, const QString &restoreAs, bool restored)
{
    if (!ensureIdle() || !confirmDiscard())
        return false;
    Result<Project> project = readProject(path);
    if (!project.ok()) {
        reportError(tr("Open Project"), project.error().toString());
        return false;
    }
    if (restored)
        project->path = restoreAs.isEmpty() ? QString() : QFileInfo(restoreAs).absoluteFilePath();
    else
        Q_EMIT pathUsed(QFileInfo(path).absoluteFilePath());
    return startLoad(std::move(project).value(), tr("Opening %1").arg(QFileInfo(path).fileName()), restored);
}

bool ProjectController::openManifest(const QString &path, bool simulated)
{
    if (!ensureIdle() || !confirmDiscard())
        return false;
    Result<Manifest> manifest = readManifest(path);
    if (!manifest.ok()) {
        reportError(tr("Open Manifest"), manifest.error().toString());
        return false;
    }
    Project project = projectFromManifest(*manifest);
    project.simulated = project.simulated || simulated;
    if (!simulated)
        Q_EMIT pathUsed(QFileInfo(path).absoluteFilePath());
    for (const Diagnostic &d : manifest->diagnostics)
        Q_EMIT statusMessage(d.toString());
    return startLoad(std::move(project), tr("Opening %1").arg(QFileInfo(path).fileName()), false);
}

bool ProjectController::openDemo()
{
    if (const QString manifest = DemoCampaign::locate(); !manifest.isEmpty())
        return openManifest(manifest, true);
    // First time: write the demo from the simulator, then open it.
    if (!ensureIdle())
        return false;
    return m_jobs->start<Result<QString>>(
        tr("Simulating the demo campaign"), [](Progress &) { return DemoCampaign::generate(); },
        [this](Result<QString> manifest, bool cancelled) {
            if (cancelled) {
                Q_EMIT loadFinished(false);
                return;
            }
            if (!manifest) {
                reportError(tr("Demo Campaign"), manifest.error().message);
                Q_EMIT loadFinished(false);
                return;
            }
            openManifest(manifest.value(), true);
        });
}

bool ProjectController::startLoad(Project project, const QString &title, bool markModified)
{
    const ImporterRegistry *registry = &m_registry;
    return m_jobs->start<LoadedProject>(
        title, [project, registry](Progress &progress) { return loadProject(project, *registry, progress); },
        [this, markModified](LoadedProject loaded, bool cancelled) {
            if (cancelled) {
                Q_EMIT statusMessage(tr("Opening was cancelled; the campaign was left as it was."));
                Q_EMIT loadFinished(false);
                return;
            }
            finishLoad(std::move(loaded), markModified);
        });
}

void ProjectController::finishLoad(LoadedProject loaded, bool markModified)
{
    const std::vector<RawFileProblem> problems = loaded.problems;
    Project project = loaded.project;
    m_document->load(std::move(loaded));
    if (markModified)
        m_document->markModified();
    if (!problems.empty() && m_interactive) {
        RawFilesDialog dialog(project, problems, m_dialogParent);
        if (dialog.exec() == QDialog::Accepted && !dialog.relocated().empty()) {
            for (const RawFileRecord &record : dialog.relocated())
                if (RawFileRecord *existing = project.rawFile(record.file))
                    *existing = record;
            startLoad(project, tr("Reading relocated files"), true);
            return;
        }
    }
    showFirstMeasurement();
    Q_EMIT loadFinished(true);
    runAnalysis();
}

void ProjectController::showFirstMeasurement()
{
    // An opened campaign shows its first measured (not reference) dataset, so every panel has
    // something to draw at once.
    for (int row = 0; row < m_document->rowCount(); ++row) {
        if (m_document->cell(row, QStringLiteral("path")).trimmed() == QLatin1String("reference"))
            continue;
        const QList<CurveRef> curves = m_document->curvesOf(m_document->row(row).id);
        if (curves.isEmpty())
            continue;
        m_document->setSelection({curves.front()});
        m_document->setCurrentCurve(curves.front());
        return;
    }
}

bool ProjectController::importPaths(const QStringList &paths, const QString &forcedId)
{
    if (paths.isEmpty() || !ensureIdle())
        return false;
    QStringList files;
    QList<bool> arrays;
    for (const QString &path : paths) {
        const PathKind kind = classifyPath(path);
        if (kind == PathKind::IndentArray) {
            files << path;
            arrays << true;
        } else if (kind == PathKind::Folder) {
            for (const QString &file : filesInFolder(path)) {
                files << file;
                arrays << false;
            }
        } else if (kind == PathKind::DataFile || kind == PathKind::Manifest) {
            files << path;
            arrays << false;
        }
    }
    if (files.isEmpty()) {
        reportError(tr("Import"), tr("There is nothing to import there."));
        return false;
    }
    m_document->setBaseDirIfUnset(QFileInfo(files.front()).absolutePath());
    const ImporterRegistry *registry = &m_registry;
    return m_jobs->start<std::vector<FileImport>>(
        tr("Importing %n file(s)", nullptr, int(files.size())),
        [files, arrays, forcedId, registry](Progress &progress) {
            return gb::importPaths(files, arrays, *registry, forcedId, {}, progress);
        },
        [this](std::vector<FileImport> imports, bool cancelled) {
            if (cancelled) {
                Q_EMIT statusMessage(tr("The import was cancelled; nothing was added."));
                Q_EMIT loadFinished(false);
                return;
            }
            finishImport(std::move(imports));
        });
}

void ProjectController::finishImport(std::vector<FileImport> imports)
{
    // Generic text files whose columns are ambiguous: ask once per layout, read them again.
    QMap<QString, ImportOptions> answers; // column names → mapping
    QMap<QString, ImportOptions> again;   // path → options
    QMap<QString, QString> formats;       // path → importer
    for (const FileImport &import : imports) {
        if (import.error ||
            !ColumnMappingDialog::needsMapping(import.formatId, import.datasets, import.diagnostics))
            continue;
        QStringList names;
        for (const Column &column : import.datasets.front()->columns)
            names << column.name;
        const QString layout = names.join(u'\x1f');
        if (!answers.contains(layout)) {
            if (!m_interactive)
                continue;
            ColumnMappingDialog dialog(import.path, *import.datasets.front(), m_dialogParent);
            answers.insert(layout, dialog.exec() == QDialog::Accepted ? dialog.options() : ImportOptions{});
        }
        if (!answers.value(layout).isEmpty()) {
            again.insert(import.path, answers.value(layout));
            formats.insert(import.path, import.formatId);
        }
    }
    if (again.isEmpty()) {
        addImports(imports);
        return;
    }
    const ImporterRegistry *registry = &m_registry;
    m_jobs->start<std::vector<FileImport>>(
        tr("Reading files with the chosen column roles"),
        [again, formats, registry](Progress &progress) {
            std::vector<FileImport> reread;
            progress.setTotal(again.size());
            for (auto it = again.cbegin(); it != again.cend() && !progress.isCancelled(); ++it) {
                reread.push_back(importPath(it.key(), false, *registry, formats.value(it.key()), it.value()));
                progress.advance(QFileInfo(it.key()).fileName());
            }
            return reread;
        },
        [this, imports](std::vector<FileImport> reread, bool cancelled) {
            std::vector<FileImport> merged = imports;
            if (!cancelled)
                for (FileImport &import : merged)
                    for (const FileImport &better : reread)
                        if (better.path == import.path && !better.error)
                            import = better;
            addImports(merged);
        });
}

void ProjectController::addImports(const std::vector<FileImport> &imports)
{
    RowsToAdd add = rowsFromImports(imports, m_document->project());
    if (add.rows.empty()) {
        QStringList messages;
        for (const Issue &issue : add.issues)
            messages << issue.diagnostic.toString();
        reportError(tr("Import"), messages.isEmpty() ? tr("Nothing was imported.") : messages.join(u'\n'));
        Q_EMIT loadFinished(false);
        return;
    }
    m_document->addRows(add.rows, add.data, add.records, add.issues);
    Q_EMIT statusMessage(tr("Imported %n dataset(s).", nullptr, int(add.rows.size())));
    // Show what came in (the first few curves: drawing hundreds would only be slow).
    QList<CurveRef> curves;
    for (const ProjectRow &row : add.rows)
        if (curves.size() < kCurvesShownAfterImport)
            curves << m_document->curvesOf(row.id).mid(0, kCurvesShownAfterImport - curves.size());
    m_document->setSelection(curves);
    if (!curves.isEmpty())
        m_document->setCurrentCurve(curves.front());
    Q_EMIT loadFinished(true);
}

bool ProjectController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const Status saved = saveTo(m_document->filePath());
    if (!saved.ok())
        reportError(tr("Save"), saved.error().toString());
    return saved.ok();
}

bool ProjectController::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString base = m_document->project().manifestPath.isEmpty()
                                 ? m_document->project().baseDir
                                 : QFileInfo(m_document->project().manifestPath).absolutePath();
        suggestion = QDir(base).filePath(QFileInfo(m_document->displayName()).completeBaseName() +
                                         QStringLiteral(".gbproj"));
    }
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Project"), suggestion,
                                                tr("Glassbench projects (*.gbproj)"));
    if (path.isEmpty())
        return false;
    if (!isProjectPath(path))
        path += QStringLiteral(".gbproj");
    const Status saved = saveTo(path);
    if (!saved.ok())
        reportError(tr("Save"), saved.error().toString());
    return saved.ok();
}

Status ProjectController::saveTo(const QString &path)
{
    const Status written = writeProject(m_document->project(), path);
    if (written.ok()) {
        m_document->markSaved(path);
        Q_EMIT pathUsed(QFileInfo(path).absoluteFilePath());
        Q_EMIT statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
    }
    return written;
}

void ProjectController::runAnalysis()
{
    m_analysisTimer.stop();
    if (m_document->isEmpty()) {
        m_document->setResults(AnalysisTables{});
        return;
    }
    if (m_jobs->isRunning()) {
        m_analysisPending = true;
        return;
    }
    m_analysisPending = false;
    const LoadedCampaign campaign = m_document->loadedCampaign();
    const Project project = m_document->project();
    m_jobs->start<AnalysisTables>(
        tr("Analysing the campaign"),
        [campaign, project](Progress &progress) { return analyzeProject(campaign, project, progress); },
        [this](AnalysisTables tables, bool cancelled) {
            if (cancelled)
                return;
            m_document->setAnalysisIssues(tables.diagnostics);
            m_document->setResults(std::move(tables));
        });
}

} // namespace gb
