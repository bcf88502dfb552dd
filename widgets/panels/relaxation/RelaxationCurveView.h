#pragma once

#include "analysis/relaxation/RelaxationFit.h"
#include "project/DatasetSettings.h"

#include <QWidget>

class QLabel;

namespace gb {

class CurvePlot;

/// One stress-relaxation curve as the analysis saw it: σ/σ0 (or G/G0) against log t with the KWW
/// fit over its window (shaded, with draggable edges), and the residuals below. Letting an edge
/// go emits the new window for the panel to store as one undoable setting.
class RelaxationCurveView : public QWidget {
    Q_OBJECT
public:
    explicit RelaxationCurveView(QWidget *parent = nullptr);

    /// Draws `result` (empty result: `message` instead); `label` names the curve.
    void show(const RelaxationCurveResult *result, const QString &label, const QString &message,
              bool simulated);

    /// Adds another curve of the series (same sample and T_a, another aging time) with its fit,
    /// in the next palette colour and lighter; call after show().
    void addSeriesCurve(const RelaxationCurveResult &result, const QString &label);

    CurvePlot *curvePlot() const { return m_curve; }
    CurvePlot *residualPlot() const { return m_residuals; }
    QString summaryText() const;

    static QString windowLowId() { return QStringLiteral("fit_low"); }
    static QString windowHighId() { return QStringLiteral("fit_high"); }

Q_SIGNALS:
    /// A person moved an edge of the fit window: the new window (s from the step).
    void fitWindowEdited(const ValueRange &window);

private:
    CurvePlot *m_curve;
    CurvePlot *m_residuals;
    QLabel *m_summary;
};

} // namespace gb
