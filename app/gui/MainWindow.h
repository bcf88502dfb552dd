#pragma once

#include "data/Dataset.h"

#include <QMainWindow>

#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace gb {

class CurvePlot;

/// The workbench window: a tree of the files that were opened and their curves, and a plot
/// of the selected curves. It only wires actions to core and widgets.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Imports the files through the importer registry; failures are shown, not fatal.
    void openFiles(const QStringList &paths);

private:
    void createActions();
    void showSelectedCurves();
    void addImportedFile(const QString &path, const QString &formatId,
                         const std::vector<DatasetPtr> &datasets);

    QTreeWidget *m_tree = nullptr;
    CurvePlot *m_plot = nullptr;
    std::vector<DatasetPtr> m_datasets; ///< indexed by the tree items' data
};

} // namespace gb
