#pragma once

#include <QMainWindow>

#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace gb {

class AnalysisPanel;
class AutosaveManager;
class CampaignTreeView;
class CurvePlot;
class Document;
class ImporterRegistry;
class IssuesView;
class JobRunner;
class MetadataTableView;
class ProjectController;
class PropertiesView;

/// The workbench window: the Campaign dock (tree), the analysis panels in the middle, the
/// Properties dock, the Metadata table and the Issues dock; menus, toolbar and standard
/// shortcuts; window state and recent projects remembered; drag and drop of files, folders,
/// manifests and projects. It only wires actions to the document, the controller and the
/// panels.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const ImporterRegistry &registry, QWidget *parent = nullptr);
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    ProjectController *controller() const { return m_controller; }
    JobRunner *jobs() const { return m_jobs; }
    AutosaveManager *autosave() const { return m_autosave; }
    CampaignTreeView *campaignView() const { return m_campaignView; }
    MetadataTableView *metadataView() const { return m_metadataView; }
    PropertiesView *propertiesView() const { return m_propertiesView; }
    IssuesView *issuesView() const { return m_issuesView; }
    QTabWidget *panelTabs() const { return m_tabs; }
    const std::vector<AnalysisPanel *> &panels() const { return m_panels; }
    /// The plot of the panel in front, or nullptr.
    CurvePlot *currentPlot() const;
    /// An action by its object name ("save", "undo", "exportFigure", ...), for tests.
    QAction *action(const QString &name) const;

    /// Offers autosaves left by a crashed session back (asks when interactive).
    void offerAutosaveRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createPanels();
    void createActions();
    void createMenus();
    void updateTitle();
    void updateRecentMenu();
    void exportFigure();
    void copyFigure();
    void exportTables();
    void extractFromNames();
    void importFiles();
    void importFolder();
    void openFile();
    void showAbout();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut = {});
    void readSettings();
    void writeSettings();

    Document *m_document = nullptr;
    JobRunner *m_jobs = nullptr;
    ProjectController *m_controller = nullptr;
    AutosaveManager *m_autosave = nullptr;
    CampaignTreeView *m_campaignView = nullptr;
    MetadataTableView *m_metadataView = nullptr;
    PropertiesView *m_propertiesView = nullptr;
    IssuesView *m_issuesView = nullptr;
    QDockWidget *m_campaignDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_metadataDock = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_readout = nullptr;
    QMenu *m_recentMenu = nullptr;
    std::vector<AnalysisPanel *> m_panels;
};

} // namespace gb
