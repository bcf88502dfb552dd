#pragma once

#include "panels/AnalysisPanel.h"

class QComboBox;
class QLabel;
class QTableView;

namespace gb {

class ResultTableModel;

/// The result tables of the latest analysis run, exactly as `glassbench-cli analyze` writes
/// them (interfaces.md §3), one at a time.
class ResultsPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit ResultsPanel(Document *document, QWidget *parent = nullptr);

    QString panelId() const override { return QStringLiteral("results"); }
    QString title() const override;
    QList<Technique> techniques() const override { return {}; }
    CurvePlot *currentPlot() const override { return nullptr; }

public Q_SLOTS:
    void documentChanged() override;
    void selectionChanged() override {}

private:
    void showTable(int index);

    QComboBox *m_tables;
    QLabel *m_status;
    QTableView *m_view;
    ResultTableModel *m_model;
};

} // namespace gb
