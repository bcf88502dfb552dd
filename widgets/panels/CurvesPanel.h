#pragma once

#include "panels/AnalysisPanel.h"

class QLabel;

namespace gb {

/// The generic view: the selected curves plotted with their natural axes (heat flow against
/// temperature, stress against time, load against depth). Clicking a curve makes it the
/// current dataset; log axes are stored as the panel's plot style.
class CurvesPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit CurvesPanel(Document *document, QWidget *parent = nullptr);

    QString panelId() const override { return QStringLiteral("curves"); }
    QString title() const override;
    QList<Technique> techniques() const override { return {}; }
    CurvePlot *currentPlot() const override { return m_plot; }

    /// Most curves drawn at once (an indent array of hundreds is thinned to this many).
    static constexpr int kMaxCurves = 60;

public Q_SLOTS:
    void documentChanged() override;
    void selectionChanged() override;

private:
    void redraw();
    void applyStyle();

    CurvePlot *m_plot;
    QLabel *m_hint;
};

} // namespace gb
