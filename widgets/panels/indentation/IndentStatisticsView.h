#pragma once

#include "analysis/campaign/AnalysisTables.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace gb {

class CurvePlot;

/// The pop-in statistics of a nanoindentation campaign, from ni_indents.csv and ni_summary.csv:
/// the histograms of τc/mean per aging time with their least-squares Gaussians and FWHM (the
/// seed study's Fig. 2), the cumulative distributions, and mean τc and the normalised FWHM
/// against aging time. Rejected indents are left out, as in the tables.
class IndentStatisticsView : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Histograms, Cumulative, MeanVsAgingTime, FwhmVsAgingTime };

    explicit IndentStatisticsView(QWidget *parent = nullptr);

    void setResults(const AnalysisTables &results, bool simulated);
    void setKind(Kind kind);
    Kind kind() const;
    CurvePlot *plot() const { return m_plot; }

private:
    void redraw();
    void drawDistributions(bool cumulative);
    void drawSummary(bool fwhm);

    QComboBox *m_kind;
    CurvePlot *m_plot;
    QLabel *m_note;
    AnalysisTables m_results;
    bool m_simulated = false;
};

} // namespace gb
