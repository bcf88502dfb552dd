// The workbench window end to end under the offscreen platform: open the simulated demo
// campaign, select a dataset (tree ↔ plot), edit metadata and undo/redo it, save and reopen a
// project and compare every result, export figures, drop files and folders, cancel background
// work, keep the event loop responsive, offer an autosave back after a crash.
#include "AutosaveManager.h"
#include "DemoCampaign.h"
#include "EventLoopWatch.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "RecentProjects.h"
#include "Translations.h"
#include "docks/CampaignTreeView.h"
#include "docks/IssuesView.h"
#include "docks/PropertiesView.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "models/CampaignTreeModel.h"
#include "models/IssuesModel.h"
#include "panels/AnalysisPanel.h"
#include "plot/CurvePlot.h"
#include "plot/PlotExport.h"
#include "project/TnmTestCampaign.h"
#include "table/MetadataTableView.h"

#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <cstring>

using namespace gb;

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensDemoLabelledSimulated();
    void demoIsSimulatedOnFirstUse();
    void selectingInTreeAndPlotIsSynchronised();
    void editsMetadataWithUndoRedo();
    void settingsFromPropertiesAreUndoable();
    void saveAndReopenReproducesResults();
    void realAnalysisFollowsEditsAndSurvivesReopening();
    void reopeningAfterFilesMovedOffersRelocation();
    void exportsFiguresOfTheWindow();
    void dropImportsFilesFoldersAndManifests();
    void issuesSelectTheirDataset();
    void cancelLeavesCampaignUnchanged();
    void staysResponsiveDuringImport();
    void autosaveIsOfferedBackAfterCrash();
    void remembersRecentProjectsAndWindowState();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool openDemo(MainWindow &window);
    static QByteArray datasetBytes(const Document &document);
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlassbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    QSettings().clear();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void MainWindowTest::init()
{
    QVERIFY(m_dir.isValid());
    m_demo = QDir(m_dir.path()).filePath(QStringLiteral("demo"));
    test::writeSmallCampaign(m_demo);
    qputenv("GLASSBENCH_DEMO_DIR", m_demo.toUtf8());
    m_window = makeWindow();
}

void MainWindowTest::cleanup()
{
    if (m_window) {
        m_window->document()->undoStack()->setClean();
        m_window->close();
    }
    m_window.reset();
    qunsetenv("GLASSBENCH_DEMO_DIR");
}

std::unique_ptr<MainWindow> MainWindowTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(test::xyTestRegistry());
    window->controller()->setInteractive(false);
    window->resize(1200, 800);
    window->show();
    return window;
}

bool MainWindowTest::openDemo(MainWindow &window)
{
    QSignalSpy finished(window.controller(), &ProjectController::loadFinished);
    if (!window.controller()->openDemo())
        return false;
    if (!finished.wait(30000) || !finished.front().front().toBool())
        return false;
    return window.jobs()->waitForIdle(); // the analysis that follows
}

QByteArray MainWindowTest::datasetBytes(const Document &document)
{
    QByteArray bytes;
    for (int row = 0; row < document.rowCount(); ++row)
        for (const DatasetPtr &dataset : document.rowData(row).datasets)
            for (const Column &column : dataset->columns) {
                bytes += column.name.toUtf8() + '\0';
                bytes.append(reinterpret_cast<const char *>(column.values.data()),
                             qsizetype(column.values.size() * sizeof(double)));
            }
    return bytes;
}

void MainWindowTest::opensDemoLabelledSimulated()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    QCOMPARE(document->rowCount(), 5);
    QVERIFY(document->isSimulated());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("simulated data")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("simulatedBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("Simulated data")));
    QVERIFY(!document->isModified());
    // Every row of the manifest loaded its data (the toy curves need not analyse cleanly).
    for (int row = 0; row < document->rowCount(); ++row)
        QVERIFY2(!document->rowData(row).datasets.empty(), qPrintable(QString::number(row)));
    // Every registered panel is there, the Curves panel first.
    QVERIFY(m_window->panels().size() >= 2);
    QCOMPARE(m_window->panelTabs()->tabText(0), QStringLiteral("Curves"));
    // The manifest in the demo is opened from a copy the user cannot overwrite by saving.
    QCOMPARE(document->project().manifestPath, QDir(m_demo).filePath(QStringLiteral("campaign.csv")));
    QVERIFY(document->filePath().isEmpty());
}

void MainWindowTest::demoIsSimulatedOnFirstUse()
{
    qunsetenv("GLASSBENCH_DEMO_DIR");
    QDir(DemoCampaign::generatedFolder()).removeRecursively();
    QVERIFY(DemoCampaign::locate().isEmpty());
    // The window of the program: every importer (the other tests use a registry of test files).
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->controller()->setInteractive(false);
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy finished(m_window->controller(), &ProjectController::loadFinished);
    QVERIFY(m_window->controller()->openDemo());
    QVERIFY(finished.wait(120000));
    QVERIFY(finished.front().front().toBool());
    // The generator's small campaign, written once and opened from the program's data folder.
    const QString manifest = DemoCampaign::locate();
    QCOMPARE(QFileInfo(manifest).absolutePath(), QDir(DemoCampaign::generatedFolder()).absolutePath());
    const Document *document = m_window->document();
    QVERIFY(document->isSimulated());
    QCOMPARE(document->project().manifestPath, manifest);
    QVERIFY(document->rowCount() > 20);
    for (const Issue &issue : document->issues())
        QVERIFY2(issue.diagnostic.severity != Severity::Error, qPrintable(issue.diagnostic.toString()));
    m_window->jobs()->waitForIdle(120000);
    // Every technique's tables were computed: DSC peaks, KWW fits and indents all have rows.
    QStringList filled;
    for (const AnalysisTables::NamedTable &named : document->results().tables)
        if (named.table.rowCount() > 0)
            filled << named.fileName;
    for (const char *name : {"dsc_peaks.csv", "sr_kww.csv", "ni_indents.csv"})
        QVERIFY2(filled.contains(QLatin1String(name)), qPrintable(filled.join(u' ')));
}

void MainWindowTest::selectingInTreeAndPlotIsSynchronised()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    QTreeView *tree = m_window->campaignView()->tree();
    CampaignTreeModel *model = m_window->campaignView()->model();
    const auto *proxy = tree->model();
    // Select the isothermal DSC group of AuMG: two curves.
    const QModelIndex isothermal = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    QCOMPARE(isothermal.data().toString(), QStringLiteral("Isothermal"));
    tree->selectionModel()->select(proxy->index(0, 0, proxy->index(0, 0, proxy->index(0, 0))),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(document->selection().size(), 2);
    QCOMPARE(document->currentCurve().rowId, QStringLiteral("AuMG_Ta393_ta60s.xy#1"));
    CurvePlot *plot = m_window->currentPlot();
    QVERIFY(plot);
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->xAxis->label(), QStringLiteral("T (K)"));
    QCOMPARE(plot->yAxis->label(), QStringLiteral("Heat flow (mW)"));
    QVERIFY(plot->isSimulated());

    // Click the second curve in the plot: it becomes current, in the tree and the properties.
    QTest::qWait(50);
    const QCPGraph *second = plot->graph(1);
    const auto point = second->data()->at(24);
    const QPoint pixel(int(plot->xAxis->coordToPixel(point->key)),
                       int(plot->yAxis->coordToPixel(point->value)));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixel);
    QCOMPARE(document->currentCurve().rowId, QStringLiteral("AuMG_Ta393_ta600s.xy#1"));
    const QModelIndex current = tree->selectionModel()->currentIndex();
    QCOMPARE(current.data(CampaignTreeModel::RowIdRole).toString(), QStringLiteral("AuMG_Ta393_ta600s.xy#1"));
    QCOMPARE(document->selection().size(), 2); // the plot keeps both curves
    QVERIFY(plot->graph(1)->pen().widthF() > plot->graph(0)->pen().widthF());
    // The metadata table follows.
    QCOMPARE(m_window->metadataView()->currentIndex().row(), 2);
}

void MainWindowTest::editsMetadataWithUndoRedo()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    MetadataTableView *table = m_window->metadataView();
    const int column = int(document->columns().indexOf(QStringLiteral("T_a_K")));
    QVERIFY(table->model()->setData(table->model()->index(0, column), QStringLiteral("393")));
    QCOMPARE(document->cell(0, QStringLiteral("T_a_K")), QStringLiteral("393"));
    QVERIFY(m_window->isWindowModified());
    QAction *undo = m_window->action(QStringLiteral("undo"));
    QAction *redo = m_window->action(QStringLiteral("redo"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(undo->text().contains(QLatin1String("T_a_K")));
    undo->trigger();
    QCOMPARE(document->cell(0, QStringLiteral("T_a_K")), QString());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(document->cell(0, QStringLiteral("T_a_K")), QStringLiteral("393"));

    // Fill down through the table's own action: one more command.
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, column), table->model()->index(3, column)),
        QItemSelectionModel::ClearAndSelect);
    table->fillDownAction()->trigger();
    for (int row = 0; row < 4; ++row)
        QCOMPARE(document->cell(row, QStringLiteral("T_a_K")), QStringLiteral("393"));
    QCOMPARE(document->undoStack()->count(), 2);
    undo->trigger();
    QCOMPARE(document->cell(3, QStringLiteral("T_a_K")), QStringLiteral("500"));
    // Paste from a spreadsheet into the selection's top-left cell.
    table->selectionModel()->select(table->model()->index(1, column), QItemSelectionModel::ClearAndSelect);
    table->pasteText(QStringLiteral("410\t42\r\n420\t43\r\n"));
    QCOMPARE(document->cell(1, QStringLiteral("T_a_K")), QStringLiteral("410"));
    QCOMPARE(document->cell(2, QStringLiteral("t_a_s")), QStringLiteral("43"));
    QCOMPARE(document->undoStack()->count(), 2);
}

void MainWindowTest::settingsFromPropertiesAreUndoable()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    document->setSelection(document->curvesOf(QStringLiteral("PdSi_Ta500_ta1.5s.xy#1")));
    document->setCurrentCurve(CurveRef{QStringLiteral("PdSi_Ta500_ta1.5s.xy#1"), 0});
    CurvePlot *plot = m_window->currentPlot();
    const double before = plot->graph(0)->data()->at(10)->value;
    m_window->propertiesView()->signFlipBox()->click();
    QCOMPARE(document->settings().get(QStringLiteral("PdSi_Ta500_ta1.5s.xy#1"), settings::kSignFlip), true);
    QCOMPARE(plot->graph(0)->data()->at(10)->value, -before); // the panel redrew from the document
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(!m_window->propertiesView()->signFlipBox()->isChecked());
    QCOMPARE(plot->graph(0)->data()->at(10)->value, before);

    // Rejecting one indent of the array.
    document->setCurrentCurve(CurveRef{QStringLiteral("array#1"), 2});
    QCOMPARE(m_window->propertiesView()->rejectedBox()->text(), QStringLiteral("Reject this indent"));
    m_window->propertiesView()->rejectedBox()->click();
    QCOMPARE(document->settings().get(QStringLiteral("array#1"), settings::kRejectedCurves), QList<int>{3});
    QCOMPARE(document->undoStack()->count(), 1);
}

void MainWindowTest::saveAndReopenReproducesResults()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    document->editCells(
        {CellEdit{QStringLiteral("AuMG_Ta393_ta60s.xy#1"), QStringLiteral("T_a_K"), QStringLiteral("393")}},
        QStringLiteral("edit"));
    document->setSetting(QStringLiteral("AuMG_Ta393_ta60s.xy#1"), settings::kIntegrationLimitsK.id(),
                         settingToJson(ValueRange{305.25, 318.0 + 1.0 / 3.0}), QStringLiteral("limits"));
    document->setSetting(QStringLiteral("PdSi_Ta500_ta1.5s.xy#1"), settings::kSignFlip.id(), true,
                         QStringLiteral("flip"));
    document->setPlotStyle(QStringLiteral("curves"), QStringLiteral("log_y"), true);
    QVERIFY(m_window->jobs()->waitForIdle());
    m_window->controller()->runAnalysis();
    QVERIFY(m_window->jobs()->waitForIdle());
    document->setSelection(document->curvesOf(QStringLiteral("PdSi_Ta500_ta1.5s.xy#1")) +
                           document->curvesOf(QStringLiteral("array#1")));
    const QByteArray plotted = plotDataCsv(*m_window->currentPlot());

    const QString projectPath = m_dir.filePath(QStringLiteral("saved/study.gbproj"));
    QDir().mkpath(QFileInfo(projectPath).absolutePath());
    const Status saved = m_window->controller()->saveTo(projectPath);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY(!document->isModified());
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("study")));

    auto reopened = makeWindow();
    QSignalSpy finished(reopened->controller(), &ProjectController::loadFinished);
    QVERIFY(reopened->controller()->openProject(projectPath));
    QVERIFY(finished.wait(30000));
    QVERIFY(reopened->jobs()->waitForIdle());
    Document *again = reopened->document();
    QCOMPARE(again->filePath(), projectPath);
    QVERIFY(!again->isModified());
    QVERIFY(again->isSimulated());
    QCOMPARE(again->columns(), document->columns());
    QCOMPARE(again->rowCount(), document->rowCount());
    for (int row = 0; row < again->rowCount(); ++row)
        QVERIFY(again->row(row) == document->row(row));
    QVERIFY(again->settings() == document->settings());
    QCOMPARE(again->project().plotStyles, document->project().plotStyles);
    // The selection is not part of a project: an opened campaign shows its first measurement.
    QCOMPARE(again->currentCurve().rowId, QStringLiteral("AuMG_Ta393_ta60s.xy#1"));
    // Bit for bit: the data read, the analysis tables, and the data a figure plots.
    QCOMPARE(datasetBytes(*again), datasetBytes(*document));
    QCOMPARE(again->results().tables.size(), document->results().tables.size());
    for (std::size_t i = 0; i < again->results().tables.size(); ++i)
        QCOMPARE(again->results().tables[i].table.toCsv(), document->results().tables[i].table.toCsv());
    again->setSelection(again->curvesOf(QStringLiteral("PdSi_Ta500_ta1.5s.xy#1")) +
                        again->curvesOf(QStringLiteral("array#1")));
    QCOMPARE(plotDataCsv(*reopened->currentPlot()), plotted);
    QVERIFY(reopened->currentPlot()->isLogScale(Qt::Vertical)); // the plot style came back
    const ValueRange limits =
        *again->settings().get(QStringLiteral("AuMG_Ta393_ta60s.xy#1"), settings::kIntegrationLimitsK);
    const double third = 318.0 + 1.0 / 3.0;
    QCOMPARE(std::memcmp(&limits.high, &third, sizeof third), 0);
    reopened->close();
}

void MainWindowTest::realAnalysisFollowsEditsAndSurvivesReopening()
{
    // A simulated Flash DSC campaign read with the real importers and analysed in the background.
    const QString manifest = test::writeTnmDscCampaign(m_dir.filePath(QStringLiteral("tnm")), {1.0, 100.0});
    QVERIFY(!manifest.isEmpty());
    auto window = std::make_unique<MainWindow>();
    window->controller()->setInteractive(false);
    window->show();
    QSignalSpy finished(window->controller(), &ProjectController::loadFinished);
    QVERIFY(window->controller()->openManifest(manifest));
    QVERIFY(finished.wait(60000));
    QVERIFY(window->jobs()->waitForIdle(60000));
    Document *document = window->document();
    QVERIFY(document->isSimulated()); // the manifest's comment says so
    auto peaksOf = [](const Document &d) -> const ResultTable * {
        for (const auto &named : d.results().tables)
            if (named.fileName == QLatin1String("dsc_peaks.csv"))
                return &named.table;
        return nullptr;
    };
    const ResultTable *peaks = peaksOf(*document);
    QVERIFY(peaks);
    QCOMPARE(peaks->rowCount(), qsizetype(2));
    QCOMPARE(peaks->text(0, QStringLiteral("status")), QStringLiteral("ok"));
    const QByteArray before = peaks->toCsv();

    // Rejecting a scan is one command; the analysis runs again without it; undo brings it back.
    document->setCurrentCurve(CurveRef{QStringLiteral("tnm.txt#3"), 0});
    window->propertiesView()->rejectedBox()->click();
    QTRY_COMPARE_WITH_TIMEOUT(peaksOf(*document)->rowCount(), qsizetype(1), 30000);
    window->action(QStringLiteral("undo"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(peaksOf(*document)->rowCount(), qsizetype(2), 30000);
    QVERIFY(window->jobs()->waitForIdle(60000));
    QCOMPARE(peaksOf(*document)->toCsv(), before);

    // Saved and reopened: the same tables, bit for bit.
    const QString projectPath = m_dir.filePath(QStringLiteral("tnm-study.gbproj"));
    QVERIFY(window->controller()->saveTo(projectPath).ok());
    auto reopened = std::make_unique<MainWindow>();
    reopened->controller()->setInteractive(false);
    QSignalSpy reopenedFinished(reopened->controller(), &ProjectController::loadFinished);
    QVERIFY(reopened->controller()->openProject(projectPath));
    QVERIFY(reopenedFinished.wait(60000));
    QVERIFY(reopened->jobs()->waitForIdle(60000));
    QCOMPARE(reopened->document()->results().tables.size(), document->results().tables.size());
    for (std::size_t i = 0; i < document->results().tables.size(); ++i) {
        QCOMPARE(reopened->document()->results().tables[i].fileName, document->results().tables[i].fileName);
        QCOMPARE(reopened->document()->results().tables[i].table.toCsv(),
                 document->results().tables[i].table.toCsv());
    }
    reopened->close();
    window->close();
}

void MainWindowTest::reopeningAfterFilesMovedOffersRelocation()
{
    QVERIFY(openDemo(*m_window));
    const QString projectPath = QDir(m_demo).filePath(QStringLiteral("study.gbproj"));
    QVERIFY(m_window->controller()->saveTo(projectPath).ok());
    QVERIFY(QDir(m_demo).rename(QStringLiteral("AuMG_Ta393_ta600s.xy"), QStringLiteral("moved.xy")));
    auto reopened = makeWindow();
    QSignalSpy finished(reopened->controller(), &ProjectController::loadFinished);
    QVERIFY(reopened->controller()->openProject(projectPath));
    QVERIFY(finished.wait(30000));
    const Document *document = reopened->document();
    bool reported = false;
    for (const Issue &issue : document->issues())
        if (issue.diagnostic.code == QLatin1String("raw_file_missing")) {
            reported = true;
            QCOMPARE(issue.rowId, QStringLiteral("AuMG_Ta393_ta600s.xy#1"));
            QVERIFY(issue.diagnostic.message.contains(QLatin1String("AuMG_Ta393_ta600s.xy")));
        }
    QVERIFY(reported);
    QVERIFY(document->rowData(2).loadError.has_value());
    QCOMPARE(document->rowData(0).datasets.size(), std::size_t(1)); // the others were read
    reopened->jobs()->waitForIdle();
    reopened->close();
}

void MainWindowTest::exportsFiguresOfTheWindow()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    document->setSelection(document->curvesOf(QStringLiteral("array#1")));
    CurvePlot *plot = m_window->currentPlot();
    QCOMPARE(plot->graphCount(), 3);
    QCOMPARE(plot->xAxis->label(), QStringLiteral("T (K)"));
    struct Case {
        FigureFormat format;
        const char *name;
        QByteArray magic;
    };
    for (const Case &c :
         {Case{FigureFormat::Pdf, "fig.pdf", "%PDF-"}, Case{FigureFormat::Svg, "fig.svg", "<?xml"},
          Case{FigureFormat::Png, "fig.png", "\x89PNG"}}) {
        FigureSpec spec;
        spec.format = c.format;
        spec.widthMm = kDoubleColumn.widthMm;
        spec.heightMm = 100.0;
        spec.dpi = 600;
        const QString path = m_dir.filePath(QString::fromLatin1(c.name));
        QVERIFY(exportFigure(*plot, spec, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith(c.magic));
        if (c.format == FigureFormat::Png)
            QCOMPARE(QImage(path).size(), QSize(4134, 2362)); // 175 × 100 mm at 600 dpi
        QFile csv(figureCsvPath(path));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 1 + 11 + 12 + 13);
    }
    QVERIFY(m_window->action(QStringLiteral("exportFigure"))->isEnabled());
    QCOMPARE(m_window->action(QStringLiteral("exportFigure"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_E));
}

void MainWindowTest::dropImportsFilesFoldersAndManifests()
{
    // Into an empty window: a file with two curves, a plain file and an indent-array folder.
    const QString drop = m_dir.filePath(QStringLiteral("drop"));
    test::writeFile(QDir(drop).filePath(QStringLiteral("two.xy")), test::xyTestFile({"a", "b"}));
    test::writeFile(QDir(drop).filePath(QStringLiteral("one.xy")), test::xyTestFile({QString()}));
    for (int i = 0; i < 4; ++i)
        test::writeFile(QDir(drop).filePath(QStringLiteral("grid/Test_%1.txt").arg(i, 4, 10, QChar(u'0'))),
                        test::xyTestFile({QString()}, 5));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QDir(drop).filePath(QStringLiteral("two.xy"))),
                  QUrl::fromLocalFile(QDir(drop).filePath(QStringLiteral("one.xy"))),
                  QUrl::fromLocalFile(QDir(drop).filePath(QStringLiteral("grid")))});
    QSignalSpy finished(m_window->controller(), &ProjectController::loadFinished);
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropEvent);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.front().front().toBool());
    Document *document = m_window->document();
    QCOMPARE(document->rowCount(), 4); // two rows for two.xy, one for one.xy, one group for grid
    QCOMPARE(document->row(0).id, QStringLiteral("two.xy#1"));
    QCOMPARE(document->cell(1, QStringLiteral("segment")), QStringLiteral("2"));
    QCOMPARE(document->row(3).id, QStringLiteral("grid#1"));
    QCOMPARE(document->cell(3, QStringLiteral("technique")), QStringLiteral("nanoindentation"));
    QCOMPARE(document->rowData(3).datasets.size(), std::size_t(4));
    QCOMPARE(document->project().rawFile(QStringLiteral("grid"))->importerId, QStringLiteral("xy-test"));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->selection().size(), 7); // what came in is shown
    m_window->jobs()->waitForIdle();

    // Dropping a manifest opens it instead (the unsaved import is discarded without asking
    // in non-interactive mode).
    mime.setUrls({QUrl::fromLocalFile(QDir(m_demo).filePath(QStringLiteral("campaign.csv")))});
    QDragEnterEvent enterAgain(QPoint(60, 60), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enterAgain);
    QDropEvent manifestDrop(QPointF(60, 60), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &manifestDrop);
    QVERIFY2(finished.wait(30000), qPrintable(m_window->controller()->lastError()));
    QCOMPARE(document->rowCount(), 5);
    QCOMPARE(document->row(0).id, QStringLiteral("AuMG_Ta393_ta60s.xy#1"));
    QVERIFY(document->undoStack()->count() == 0);
}

void MainWindowTest::issuesSelectTheirDataset()
{
    test::writeFile(QDir(m_demo).filePath(QStringLiteral("campaign.csv")),
                    "file,technique,sample,path,T_a_K\n"
                    "AuMG_Ta393_ta600s.xy,dsc,AuMG,isothermal,393\n"
                    "PdSi_Ta500_ta1.5s.xy,dsc,PdSi,isochronal,five hundred\n"
                    "missing.xy,dsc,PdSi,isothermal,400\n");
    QSignalSpy finished(m_window->controller(), &ProjectController::loadFinished);
    QVERIFY(m_window->controller()->openManifest(QDir(m_demo).filePath(QStringLiteral("campaign.csv"))));
    QVERIFY(finished.wait(30000));
    const Document *document = m_window->document();
    IssuesView *issues = m_window->issuesView();
    QCOMPARE(issues->model()->rowCount(), 2);
    int numberRow = -1;
    for (int row = 0; row < 2; ++row) {
        const QString message = issues->model()->index(row, 1).data().toString();
        QCOMPARE(issues->model()->index(row, 2).data().toString(), QStringLiteral("campaign.csv"));
        if (message.contains(QLatin1String("is not a number"))) {
            numberRow = row;
            QCOMPARE(issues->model()->index(row, 3).data().toInt(), 3);
        } else {
            QVERIFY(message.contains(QLatin1String("not found")));
            QCOMPARE(issues->model()->index(row, 3).data().toInt(), 4);
        }
    }
    QVERIFY(numberRow >= 0);
    issues->activateIssue(numberRow);
    QCOMPARE(document->currentCurve().rowId, QStringLiteral("PdSi_Ta500_ta1.5s.xy#1"));
    QCOMPARE(document->selection().size(), 1);
    // The row with a bad number is still read and plotted, so the person can fix it.
    QCOMPARE(m_window->currentPlot()->graphCount(), 1);
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock"))
                ->windowTitle()
                .contains(QLatin1String("2 errors")));
}

void MainWindowTest::cancelLeavesCampaignUnchanged()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    QStringList files;
    for (int i = 0; i < 400; ++i) {
        files << m_dir.filePath(QStringLiteral("many/f%1.xy").arg(i));
        test::writeFile(files.back(), test::xyTestFile({QString()}, 2000));
    }
    QSignalSpy finished(m_window->controller(), &ProjectController::loadFinished);
    QVERIFY(m_window->controller()->importPaths(files));
    QVERIFY(m_window->jobs()->isRunning());
    m_window->action(QStringLiteral("cancelJob"))->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().front().toBool(), false);
    QCOMPARE(document->rowCount(), 5);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!m_window->jobs()->isRunning());
}

void MainWindowTest::staysResponsiveDuringImport()
{
    QStringList files;
    for (int i = 0; i < 80; ++i) {
        files << m_dir.filePath(QStringLiteral("big/f%1.xy").arg(i));
        test::writeFile(files.back(), test::xyTestFile({QString()}, 20000));
    }
    test::EventLoopWatch watch;
    QElapsedTimer clock;
    QSignalSpy finished(m_window->controller(), &ProjectController::loadFinished);
    clock.start();
    watch.start();
    QVERIFY(m_window->controller()->importPaths(files));
    const bool done = finished.wait(120000);
    const qint64 importMs = clock.elapsed();
    QVERIFY(m_window->jobs()->waitForIdle(120000)); // and the analysis after it
    watch.stop();
    QVERIFY(done);
    QCOMPARE(m_window->document()->rowCount(), 80);
    qInfo("import of 80 files × 20000 points took %lld ms; %s", importMs, qPrintable(watch.summary()));
    QVERIFY2(watch.ticks() >= 10, qPrintable(watch.summary()));
    const QString stall = watch.stallOver(100.0);
    QVERIFY2(stall.isEmpty(), qPrintable(stall));
}

void MainWindowTest::autosaveIsOfferedBackAfterCrash()
{
    QVERIFY(openDemo(*m_window));
    Document *document = m_window->document();
    document->editCells({CellEdit{QStringLiteral("array#1"), QStringLiteral("T_a_K"), QStringLiteral("401")}},
                        QStringLiteral("edit"));
    AutosaveManager *autosave = m_window->autosave();
    QVERIFY(autosave->autosaveNow());
    QVERIFY(QFileInfo::exists(autosave->autosavePath()));
    // This session is alive: its autosave is not an orphan.
    for (const AutosaveManager::Orphan &orphan : AutosaveManager::orphans())
        QVERIFY(orphan.autosavePath != autosave->autosavePath());

    // A session that crashed: its autosave stays, its lock names a process that is gone.
    const QString crashed = QDir(AutosaveManager::folder()).filePath(QStringLiteral("crashed.gbproj"));
    QFile::remove(crashed);
    QVERIFY(QFile::copy(autosave->autosavePath(), crashed));
    test::writeFile(QDir(AutosaveManager::folder()).filePath(QStringLiteral("crashed.json")),
                    "{\"original\": \"\", \"saved_at\": \"2024-05-01T10:00:00Z\"}");
    test::writeFile(QDir(AutosaveManager::folder()).filePath(QStringLiteral("crashed.lock")),
                    "2147483000\n" + QCoreApplication::applicationName().toUtf8() + '\n' +
                        QSysInfo::machineHostName().toUtf8() + '\n');
    std::vector<AutosaveManager::Orphan> orphans = AutosaveManager::orphans();
    QCOMPARE(orphans.size(), std::size_t(1));
    QCOMPARE(orphans[0].autosavePath, crashed);
    QCOMPARE(orphans[0].savedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));

    auto restored = makeWindow();
    QSignalSpy finished(restored->controller(), &ProjectController::loadFinished);
    QVERIFY(restored->controller()->openProject(crashed, QString(), true));
    QVERIFY(finished.wait(30000));
    QCOMPARE(restored->document()->cell(4, QStringLiteral("T_a_K")), QStringLiteral("401"));
    QVERIFY(restored->document()->isModified()); // restored work is unsaved work
    QVERIFY(restored->document()->filePath().isEmpty());
    QCOMPARE(restored->document()->rowData(0).datasets.size(),
             std::size_t(1)); // files found from the autosave
    AutosaveManager::removeOrphan(orphans[0]);
    QVERIFY(AutosaveManager::orphans().empty());
    restored->jobs()->waitForIdle();
    restored->document()->undoStack()->setClean();
    restored->close();

    // Saving removes this session's autosave.
    QVERIFY(m_window->controller()->saveTo(m_dir.filePath(QStringLiteral("after.gbproj"))).ok());
    QVERIFY(!QFileInfo::exists(autosave->autosavePath()));
}

void MainWindowTest::remembersRecentProjectsAndWindowState()
{
    QVERIFY(openDemo(*m_window));
    const QString path = m_dir.filePath(QStringLiteral("recent.gbproj"));
    QVERIFY(m_window->controller()->saveTo(path).ok());
    QCOMPARE(RecentProjects::list().value(0), QFileInfo(path).absoluteFilePath());
    for (const char *name : {"open", "save", "saveAs", "undo", "redo", "exportFigure", "quit", "find"})
        QVERIFY2(m_window->action(QString::fromLatin1(name)), name);
    QCOMPARE(m_window->action(QStringLiteral("save"))->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(m_window->action(QStringLiteral("find"))->shortcut(), QKeySequence(QKeySequence::Find));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->action(QStringLiteral("find"))->trigger();
    QVERIFY(m_window->campaignView()->filterField()->hasFocus());
    m_window->campaignView()->filterField()->setText(QStringLiteral("PdSi"));
    QCOMPARE(m_window->campaignView()->tree()->model()->rowCount(), 1);
    m_window->resize(1111, 777);
    m_window->close();
    QVERIFY(!QSettings().value(QStringLiteral("window/state")).toByteArray().isEmpty());
    auto again = makeWindow();
    QCOMPARE(again->size(), QSize(1200, 800)); // makeWindow resizes; the geometry was restored first
    QVERIFY(again->restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray()));
    QCOMPARE(again->size(), QSize(1111, 777));
    again->close();
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
