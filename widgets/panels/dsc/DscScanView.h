#pragma once

#include "panels/dsc/DscCurrentScan.h"
#include "project/DatasetSettings.h"

#include <QWidget>

class QLabel;
class QCPAbstractItem;

namespace gb {

class CurvePlot;

/// One relaxed DSC scan as the analysis saw it: the relaxed and reference traces on the common
/// grid (top), and the difference with its baseline, the relaxation peak with its shaded
/// integrated area, the T_p and half-maximum markers, the baseline windows (shaded) and the
/// integration limits (bottom). The window edges and the limits are draggable; letting one go
/// emits the new interval for the panel to store as one undoable setting.
class DscScanView : public QWidget {
    Q_OBJECT
public:
    explicit DscScanView(QWidget *parent = nullptr);

    /// Draws `scan`; `label` names it in the legend. `simulated` marks simulated data.
    void show(const DscCurrentScan &scan, const QString &label, bool simulated);

    CurvePlot *differencePlot() const { return m_difference; }
    CurvePlot *tracesPlot() const { return m_traces; }
    /// The read-out of the peak (ΔH, T_p, FWHM, status) under the plots.
    QString summaryText() const;

    // Ids of the draggable lines on the difference plot.
    static QString lowerLimitId() { return QStringLiteral("T1"); }
    static QString upperLimitId() { return QStringLiteral("T2"); }
    static QString glassLowId() { return QStringLiteral("glass_low"); }
    static QString glassHighId() { return QStringLiteral("glass_high"); }
    static QString liquidLowId() { return QStringLiteral("liquid_low"); }
    static QString liquidHighId() { return QStringLiteral("liquid_high"); }

Q_SIGNALS:
    /// A person moved an edge: the new interval of that setting (K).
    void integrationLimitsEdited(const ValueRange &limits);
    void glassWindowEdited(const ValueRange &window);
    void liquidWindowEdited(const ValueRange &window);

private:
    void lineMoved(const QString &id, double x);
    void lineReleased(const QString &id, double x);
    void drawDifference(const DscScanResult &result);
    void drawMarkers(const DscScanResult &result);

    CurvePlot *m_traces;
    CurvePlot *m_difference;
    QLabel *m_summary;
    QList<QCPAbstractItem *> m_labels;
};

} // namespace gb
