// The window's actions, menus and toolbar, and the small handlers behind them.
#include "MainWindow.h"

#include "ProjectController.h"
#include "RecentProjects.h"
#include "SettingsDialog.h"
#include "dialogs/ExtractFromNamesDialog.h"
#include "dialogs/PlotExportDialog.h"
#include "docks/CampaignTreeView.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "io/ImporterRegistry.h"
#include "plot/CurvePlot.h"
#include "plot/PlotExport.h"
#include "table/MetadataTableView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace gb {

namespace {
QString lastFolder()
{
    return QSettings()
        .value(QStringLiteral("lastFolder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}
} // namespace

QAction *MainWindow::addAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    QStyle *style = QApplication::style();
    connect(addAction(QStringLiteral("new"), tr("&New Campaign"), QKeySequence::New), &QAction::triggered,
            m_controller, &ProjectController::newDocument);
    QAction *open = addAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open);
    open->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    open->setToolTip(tr("Open a project, a campaign manifest or instrument files"));
    connect(open, &QAction::triggered, this, &MainWindow::openFile);
    QAction *import =
        addAction(QStringLiteral("importFiles"), tr("&Import Files…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    connect(import, &QAction::triggered, this, &MainWindow::importFiles);
    connect(addAction(QStringLiteral("importFolder"), tr("Import &Folder…")), &QAction::triggered, this,
            &MainWindow::importFolder);
    connect(addAction(QStringLiteral("openDemo"), tr("Open &Demo Campaign")), &QAction::triggered,
            m_controller, &ProjectController::openDemo);
    QAction *save = addAction(QStringLiteral("save"), tr("&Save"), QKeySequence::Save);
    save->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    connect(save, &QAction::triggered, m_controller, &ProjectController::save);
    connect(addAction(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs), &QAction::triggered,
            m_controller, &ProjectController::saveAs);
    QAction *exportFigureAction =
        addAction(QStringLiteral("exportFigure"), tr("&Export Figure…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFigureAction->setIcon(style->standardIcon(QStyle::SP_DriveFDIcon));
    connect(exportFigureAction, &QAction::triggered, this, &MainWindow::exportFigure);
    connect(addAction(QStringLiteral("copyFigure"), tr("&Copy Figure"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
            &QAction::triggered, this, &MainWindow::copyFigure);
    connect(addAction(QStringLiteral("exportTables"), tr("Export &Tables…")), &QAction::triggered, this,
            &MainWindow::exportTables);
    connect(addAction(QStringLiteral("settings"), tr("Se&ttings…"), QKeySequence::Preferences),
            &QAction::triggered, this, [this] { SettingsDialog(this).exec(); });
    QAction *quit = addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    QAction *find = addAction(QStringLiteral("find"), tr("&Find…"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_campaignDock->show();
        m_campaignDock->raise();
        m_campaignView->focusFilter();
    });
    connect(
        addAction(QStringLiteral("resetView"), tr("&Reset Plot View"), QKeySequence(Qt::CTRL | Qt::Key_0)),
        &QAction::triggered, this, [this] {
            if (CurvePlot *plot = currentPlot())
                plot->resetView();
        });
    QAction *analyse =
        addAction(QStringLiteral("runAnalysis"), tr("&Run Analysis"), QKeySequence(Qt::Key_F5));
    analyse->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    connect(analyse, &QAction::triggered, m_controller, &ProjectController::runAnalysis);
    QAction *cancel = addAction(QStringLiteral("cancelJob"), tr("&Cancel Background Work"));
    cancel->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    connect(cancel, &QAction::triggered, m_jobs, &JobRunner::cancel);
    connect(addAction(QStringLiteral("about"), tr("&About Glassbench")), &QAction::triggered, this,
            &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(action(QStringLiteral("openDemo")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("importFiles")));
    file->addAction(action(QStringLiteral("importFolder")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportFigure")));
    file->addAction(action(QStringLiteral("copyFigure")));
    file->addAction(action(QStringLiteral("exportTables")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("settings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(m_metadataView->copyAction());
    edit->addAction(m_metadataView->pasteAction());
    edit->addAction(m_metadataView->fillDownAction());
    edit->addAction(m_metadataView->clearAction());
    edit->addAction(m_metadataView->extractAction());
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_campaignDock, m_propertiesDock, m_metadataDock, m_issuesDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(action(QStringLiteral("resetView")));

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(action(QStringLiteral("runAnalysis")));
    analysis->addAction(action(QStringLiteral("cancelJob")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("openDemo")));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(action(QStringLiteral("open")));
    toolbar->addAction(action(QStringLiteral("importFiles")));
    toolbar->addAction(action(QStringLiteral("save")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("undo")));
    toolbar->addAction(action(QStringLiteral("redo")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("runAnalysis")));
    toolbar->addAction(action(QStringLiteral("exportFigure")));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentProjects::list();
    for (const QString &path : paths)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { m_controller->openPaths({path}); })
            ->setToolTip(path);
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { RecentProjects::clear(); })
        ->setEnabled(!paths.isEmpty());
}

void MainWindow::openFile()
{
    QStringList patterns;
    for (const Importer *importer : ImporterRegistry::standard().importers())
        patterns << importer->filePatterns();
    patterns.removeDuplicates();
    const QString filter = tr("Projects and manifests (*.gbproj *.csv);;Instrument files (%1);;All files (*)")
                               .arg(patterns.join(u' '));
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open"), lastFolder(), filter);
    if (!paths.isEmpty())
        m_controller->openPaths(paths);
}

void MainWindow::importFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Instrument Files"), lastFolder(), tr("All files (*)"));
    if (!paths.isEmpty())
        m_controller->importPaths(paths);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), lastFolder());
    if (!folder.isEmpty())
        m_controller->importPaths({folder});
}

void MainWindow::exportFigure()
{
    CurvePlot *plot = currentPlot();
    if (!plot) {
        QMessageBox::information(this, tr("Export Figure"),
                                 tr("The panel in front has no figure to export."));
        return;
    }
    auto *panel = m_tabs->currentWidget();
    PlotExportDialog dialog(m_document->displayName().section(u'.', 0, 0) + u'-' +
                                m_tabs->tabText(m_tabs->indexOf(panel)).toLower(),
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status written = gb::exportFigure(*plot, dialog.spec(), dialog.filePath());
    if (!written.ok())
        QMessageBox::critical(this, tr("Export Figure"), written.error().toString());
    else
        statusBar()->showMessage(tr("Exported %1").arg(dialog.filePath()), 8000);
}

void MainWindow::copyFigure()
{
    if (CurvePlot *plot = currentPlot()) {
        FigureSpec spec;
        spec.format = FigureFormat::Png;
        copyFigureToClipboard(*plot, spec);
        statusBar()->showMessage(tr("The figure is on the clipboard."), 5000);
    }
}

void MainWindow::exportTables()
{
    const auto &tables = m_document->results().tables;
    if (tables.empty()) {
        QMessageBox::information(this, tr("Export Tables"), tr("There are no result tables to export yet."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Tables"), lastFolder());
    if (folder.isEmpty())
        return;
    for (const auto &table : tables) {
        const Status written = writeResultTable(table.table, QDir(folder).filePath(table.fileName));
        if (!written.ok()) {
            QMessageBox::critical(this, tr("Export Tables"), written.error().toString());
            return;
        }
    }
    statusBar()->showMessage(tr("Wrote %n table(s) to %1", nullptr, int(tables.size())).arg(folder), 8000);
}

void MainWindow::extractFromNames()
{
    if (m_document->isEmpty())
        return;
    ExtractFromNamesDialog dialog(m_document, m_metadataView->selectedRowsOrAll(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Glassbench"),
                       tr("<h3>Glassbench %1</h3><p>A workbench for glass relaxation experiments: Flash DSC, "
                          "stress relaxation and nanoindentation, from instrument files to the tables and "
                          "figures of a paper.</p><p>Licensed under the GNU GPL, version 3 or later. Plots "
                          "use QCustomPlot.</p>")
                           .arg(QStringLiteral(GLASSBENCH_VERSION)));
}

} // namespace gb
