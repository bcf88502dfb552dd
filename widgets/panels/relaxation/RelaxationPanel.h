#pragma once

#include "analysis/relaxation/RelaxationFit.h"
#include "panels/AnalysisPanel.h"

#include <optional>

class QTabWidget;
class QTableWidget;

namespace gb {

class RelaxationAgingView;
class RelaxationCurveView;

/// Stress relaxation (issue 7): the current curve's σ/σ0 against log t with its KWW fit and
/// residuals, the fit window draggable (one undoable setting), beside the table of β, τ and r²
/// of every curve; and a second tab with the aging series (β and τ against t_a with the aging
/// laws, the Arrhenius plot, Ea against t_a).
class RelaxationPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit RelaxationPanel(Document *document, QWidget *parent = nullptr);

    QString panelId() const override { return QStringLiteral("relaxation"); }
    QString title() const override;
    QList<Technique> techniques() const override { return {Technique::StressRelaxation}; }
    CurvePlot *currentPlot() const override;

    RelaxationCurveView *curveView() const { return m_curve; }
    RelaxationAgingView *agingView() const { return m_aging; }
    QTableWidget *fitTable() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The curve shown (dataset id) and its fit.
    const QString &shownDataset() const { return m_datasetId; }
    const std::optional<RelaxationCurveResult> &shownFit() const { return m_fit; }

public Q_SLOTS:
    void documentChanged() override;
    void selectionChanged() override {}
    void redrawNow();

private:
    void scheduleRedraw();
    void fillTable();
    bool isRelaxationRow(const QString &datasetId) const;

    QTabWidget *m_tabs;
    RelaxationCurveView *m_curve;
    QTableWidget *m_table;
    RelaxationAgingView *m_aging;
    QString m_datasetId;
    std::optional<RelaxationCurveResult> m_fit;
    bool m_redrawPending = false;
};

} // namespace gb
