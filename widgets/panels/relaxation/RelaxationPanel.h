#pragma once

#include "analysis/relaxation/RelaxationFit.h"
#include "common/LatestOnlyTask.h"
#include "panels/AnalysisPanel.h"

#include <optional>
#include <vector>

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
    /// The curves the Curve tab shows: the current one first, then the other aging times of its
    /// sample and T_a (gathered on the GUI thread, fitted on any).
    struct CurvesToFit {
        struct Member {
            DatasetPtr dataset;
            RelaxationCurveSettings settings;
            QString label;
        };
        QString datasetId;
        QString message; ///< why there is no curve (empty when there is one)
        bool simulated = false;
        std::vector<Member> members;
    };
    struct FittedCurves {
        CurvesToFit curves;
        std::vector<RelaxationCurveResult> fits; ///< one per member
    };

    void redrawScheduled() override;
    CurvesToFit gatherCurves();
    static FittedCurves fitCurves(const CurvesToFit &curves);
    void showCurves(FittedCurves fitted);
    void fillTable();
    bool isRelaxationRow(const QString &datasetId) const;

    QTabWidget *m_tabs;
    RelaxationCurveView *m_curve;
    QTableWidget *m_table;
    RelaxationAgingView *m_aging;
    QString m_datasetId;
    std::optional<RelaxationCurveResult> m_fit;
    LatestOnlyTask<FittedCurves> m_fitting;
};

} // namespace gb
