#pragma once

#include "project/FileImport.h"
#include "support/Result.h"

#include <QObject>
#include <QTimer>

class QWidget;

namespace gb {

class Document;
class ImporterRegistry;
class JobRunner;

/// Opens, imports, saves and analyses for the window: what the File menu, drag and drop, the
/// command line and autosave recovery ask for. Reading files and running analyses happen on
/// worker threads through the JobRunner (progress and Cancel in the status bar); the document
/// changes on the GUI thread when the work is done. In interactive mode problems are shown in
/// dialogs (and the person is asked about moved files and ambiguous columns); otherwise — for
/// tests and scripted use — they are only reported through errorOccurred().
class ProjectController : public QObject {
    Q_OBJECT
public:
    ProjectController(Document *document, JobRunner *jobs, QWidget *dialogParent,
                      const ImporterRegistry &registry);

    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    /// The last error reported (empty when none).
    QString lastError() const { return m_lastError; }

    /// Asks to save unsaved changes; false when the person cancels.
    bool confirmDiscard();
    void newDocument();

    /// Opens or imports whatever the paths are: a project or a manifest replaces the campaign,
    /// data files and folders (an indent array is one group) are added to it.
    void openPaths(const QStringList &paths);
    /// Starts opening a project; `restoreAs` gives an autosave back its original path.
    bool openProject(const QString &path, const QString &restoreAs = {}, bool restored = false);
    /// Starts opening a manifest; `simulated` labels the campaign as simulated data.
    bool openManifest(const QString &path, bool simulated = false);
    /// Starts importing data files and folders into the current campaign, read with `forcedId`
    /// when it is not empty.
    bool importPaths(const QStringList &paths, const QString &forcedId = {});
    /// Opens the bundled simulated demo campaign; says so when there is none.
    bool openDemo();

    bool save();
    bool saveAs();
    /// Writes the project to `path` (atomically) and marks the document saved.
    Status saveTo(const QString &path);

    /// Runs the analyses of the campaign in the background now (or after the running job).
    void runAnalysis();

Q_SIGNALS:
    /// A project or manifest was opened or saved (for the recent-files list).
    void pathUsed(const QString &path);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    /// Opening or importing finished (ok = something was loaded).
    void loadFinished(bool ok);

private:
    bool startLoad(Project project, const QString &title, bool markModified);
    void showFirstMeasurement();
    void finishLoad(LoadedProject loaded, bool markModified);
    void finishImport(std::vector<FileImport> imports);
    void addImports(const std::vector<FileImport> &imports);
    void reportError(const QString &title, const QString &message);
    bool ensureIdle();

    Document *m_document;
    JobRunner *m_jobs;
    QWidget *m_dialogParent;
    const ImporterRegistry &m_registry;
    bool m_interactive = true;
    bool m_analysisPending = false;
    QString m_lastError;
    QTimer m_analysisTimer;
};

} // namespace gb
