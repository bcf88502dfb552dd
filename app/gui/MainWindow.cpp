#include "MainWindow.h"

#include "data/DatasetAxes.h"
#include "io/ImporterRegistry.h"
#include "plot/CurvePlot.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

namespace gb {

namespace {
constexpr int kDatasetIndexRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Glassbench"));
    m_plot = new CurvePlot(this);
    setCentralWidget(m_plot);

    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Curve"), tr("Rows")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *dock = new QDockWidget(tr("Data"), this);
    dock->setObjectName(QStringLiteral("dataDock"));
    dock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &MainWindow::showSelectedCurves);
    connect(m_plot, &CurvePlot::hovered, statusBar(),
            [this](const QString &text) { statusBar()->showMessage(text); });
    createActions();
    resize(1200, 760);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open instrument files"));
        if (!paths.isEmpty())
            openFiles(paths);
    });
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList failures;
    for (const QString &path : paths) {
        const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(path);
        if (!imported.ok()) {
            failures << imported.error().toString();
            continue;
        }
        addImportedFile(path, imported->formatId, imported->output.datasets);
    }
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Some files could not be read"), failures.join(u'\n'));
}

void MainWindow::addImportedFile(const QString &path, const QString &formatId,
                                 const std::vector<DatasetPtr> &datasets)
{
    auto *fileItem = new QTreeWidgetItem(m_tree, {QFileInfo(path).fileName(), QString()});
    fileItem->setToolTip(0, QStringLiteral("%1\n%2").arg(path, formatId));
    for (const DatasetPtr &dataset : datasets) {
        auto *item =
            new QTreeWidgetItem(fileItem, {dataset->curveName.isEmpty() ? tr("curve %1").arg(dataset->segment)
                                                                        : dataset->curveName,
                                           QString::number(dataset->rowCount())});
        item->setData(0, kDatasetIndexRole, qulonglong(m_datasets.size()));
        m_datasets.push_back(dataset);
    }
    fileItem->setExpanded(true);
    if (fileItem->childCount() > 0)
        m_tree->setCurrentItem(fileItem->child(0));
}

void MainWindow::showSelectedCurves()
{
    m_plot->clearCurves();
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const QVariant index = item->data(0, kDatasetIndexRole);
        if (!index.isValid())
            continue;
        const Dataset &dataset = *m_datasets.at(index.toULongLong());
        const DatasetAxes axes = defaultAxes(dataset);
        if (axes.x && axes.y)
            m_plot->addCurve(*axes.x, *axes.y, item->text(0));
    }
}

} // namespace gb
