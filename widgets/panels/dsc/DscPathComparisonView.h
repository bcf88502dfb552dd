#pragma once

#include "panels/dsc/DscMatchedPair.h"

#include <QWidget>

class QCPTextElement;
class QLabel;
class QRadioButton;
class QStackedWidget;

namespace gb {

class CurvePlot;

/// The path comparison of one matched pair (design.md "Path comparison"): the isochronal
/// relaxation peak and the isothermal peak of equal ΔH side by side on the same axes, or overlaid
/// on one plot, each with its T_p marker and half-maximum segment and a legend giving ΔH, T_p and
/// FWHM: measured for the isochronal scan (dsc_peaks.csv), interpolated for the isothermal side
/// (dsc_matched.csv). The note under the plots names the measured scans the isothermal curve is
/// interpolated from, or says that the nearest measured scan is shown when ΔH lies outside the
/// isothermal series.
class DscPathComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit DscPathComparisonView(QWidget *parent = nullptr);

    /// Draws `pair` (marked as simulated data when `simulated`).
    void showPair(const DscMatchedPair &pair, bool simulated);
    const DscMatchedPair &shownPair() const { return m_pair; }

    CurvePlot *isochronalPlot() const { return m_isochronal; }
    CurvePlot *isothermalPlot() const { return m_isothermal; }
    CurvePlot *overlayPlot() const { return m_overlay; }
    /// The plot that stands for the comparison (export, copy): the overlay.
    CurvePlot *plot() const { return m_overlay; }

    bool isOverlaid() const;
    void setOverlaid(bool overlaid);
    QString noteText() const;
    /// The label above a plot side by side (its peak's ΔH, T_p and FWHM); the overlay has a legend.
    QString titleText(const CurvePlot *plot) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Peak;
    void clear(bool simulated);
    void drawPeak(CurvePlot *plot, const Peak &peak) const;
    void setCommonRanges(const std::vector<Peak> &peaks);
    void fitLegendRoom();

    QRadioButton *m_sideBySide;
    QRadioButton *m_overlaid;
    QStackedWidget *m_pages;
    CurvePlot *m_isochronal;
    CurvePlot *m_isothermal;
    CurvePlot *m_overlay;
    QLabel *m_note;
    QCPTextElement *m_isochronalTitle;
    QCPTextElement *m_isothermalTitle;
    bool m_fitPending = false;
    DscMatchedPair m_pair;
    double m_dataLowMw = std::numeric_limits<double>::quiet_NaN(); ///< the y range of the data (NaN: none)
    double m_dataHighMw = std::numeric_limits<double>::quiet_NaN();
};

} // namespace gb
