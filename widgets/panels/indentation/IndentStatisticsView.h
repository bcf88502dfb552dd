#pragma once

#include "panels/SeriesPlotView.h"

namespace gb {

/// The pop-in statistics of a nanoindentation campaign, from ni_indents.csv and ni_summary.csv:
/// the histograms of τc/mean per aging time with their least-squares Gaussians and FWHM (the
/// seed study's Fig. 2), the cumulative distributions, and mean τc and the normalised FWHM
/// against aging time. Rejected indents are left out, as in the tables.
class IndentStatisticsView : public SeriesPlotView {
    Q_OBJECT
public:
    enum class Kind { Histograms, Cumulative, MeanVsAgingTime, FwhmVsAgingTime };

    explicit IndentStatisticsView(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;

private:
    void draw(int index) override;
    void drawDistributions(bool cumulative);
    void drawSummary(bool fwhm);
};

} // namespace gb
