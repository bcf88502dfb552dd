#pragma once

#include "data/Dataset.h"

#include <qcustomplot.h>

namespace gb {

/// The data of one plotted series, as the figure's CSV holds it.
struct PlotSeries {
    QString name;
    QString key;
    std::vector<double> x;
    std::vector<double> y;
};

/// Fonts and line widths of a plot: what "publication typography" means here. Screen and
/// export differ only in the sizes.
struct PlotTypography {
    double fontPt = 9.0;    ///< axis titles; tick labels and legend are one point smaller
    double lineWidth = 1.2; ///< curves
    double axisWidth = 0.8; ///< axes and ticks
};

/// The one plot component every panel uses (on QCustomPlot): mouse-wheel zoom, drag to pan,
/// double-click or "Reset view" to fit the data, a read-out of the nearest data point under
/// the cursor, click on a curve to select its dataset, a legend, log axes, the colour-blind-safe
/// palette, ticks on all four sides, and a "simulated data" mark when the data are simulated.
/// Panels add curves with a key (a dataset reference) and may add their own QCustomPlot
/// items (markers, shaded areas); export and copy go through PlotExport.
class CurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit CurvePlot(QWidget *parent = nullptr);

    /// Removes every curve (panels' own items stay).
    void clearCurves();
    /// Adds `y` against `x` as a line in the next palette colour. The axis titles come from
    /// the first curve's columns. `key` identifies the dataset for clicks and highlighting.
    QCPGraph *addCurve(const Column &x, const Column &y, const QString &name, const QString &key = {});
    /// Adds a series from plain vectors (derived quantities, fits).
    QCPGraph *addSeries(const std::vector<double> &x, const std::vector<double> &y, const QString &name,
                        const QString &key = {});
    void setAxisTitles(const QString &x, const QString &y);
    /// "Name (unit)", or the name alone for dimensionless columns.
    static QString axisTitle(const Column &column);

    /// Logarithmic axis (where the physics asks for it: time in relaxation, t_a in aging laws).
    void setLogScale(Qt::Orientation axis, bool logarithmic);
    bool isLogScale(Qt::Orientation axis) const;

    /// Draws the curves with these keys thicker and the others lighter; empty = all normal.
    void setHighlightedKeys(const QStringList &keys);
    /// Shows a "simulated data" mark in the plot's corner.
    void setSimulated(bool simulated);
    bool isSimulated() const;

    /// Fits the axes to the data (with a small margin) and redraws.
    void resetView();

    /// The plotted data, series by series, for the CSV beside an exported figure.
    std::vector<PlotSeries> seriesData() const;

    const PlotTypography &typography() const { return m_typography; }
    /// Applies fonts and line widths to every axis, the legend and the curves.
    void setTypography(const PlotTypography &typography);

    /// The read-out text for a point in widget coordinates (nearest curve point within a few
    /// pixels, otherwise the coordinates under the cursor). Empty outside the axes.
    QString readoutAt(const QPointF &position) const;

Q_SIGNALS:
    /// The read-out of the point under the cursor, for a status bar.
    void hovered(const QString &readout);
    /// A curve was clicked; `extend` when Ctrl was held (add to the selection).
    void curveClicked(const QString &key, bool extend);
    /// The person toggled a log axis from the context menu (panels store it as plot style).
    void logScaleToggled(Qt::Orientation axis, bool logarithmic);
    void exportRequested();
    void copyRequested();

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QCPGraph *nearestGraph(const QPointF &position, int *dataIndex) const;
    void styleGraph(QCPGraph *graph) const;

    PlotTypography m_typography;
    QStringList m_highlighted;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_simulatedMark = nullptr;
    int m_nextColor = 0;
    QPointF m_pressPosition;
};

} // namespace gb
