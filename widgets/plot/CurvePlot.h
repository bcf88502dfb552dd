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

    /// Extends the top of the y axis by this fraction of its span (room for labels above a
    /// peak) and redraws.
    void addHeadroom(double fraction);

    /// The plotted data, series by series, for the CSV beside an exported figure.
    std::vector<PlotSeries> seriesData() const;

    const PlotTypography &typography() const { return m_typography; }
    /// Applies fonts and line widths to every axis, the legend and the curves.
    void setTypography(const PlotTypography &typography);

    /// Adds `x`/`y` as markers without a line (measured points of a series plot), in the next
    /// palette colour; `shape` is a QCPScatterStyle shape.
    QCPGraph *addPoints(const std::vector<double> &x, const std::vector<double> &y, const QString &name,
                        QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssCircle,
                        const QString &key = {});
    /// Gives a series its own pen (a baseline, a fit, a marker) instead of the palette's: `color`
    /// (invalid = keep the palette colour), dash `style`, width as a multiple of the typography's
    /// line width. Kept through highlighting and export typography.
    void setSeriesPen(QCPGraph *graph, const QColor &color, Qt::PenStyle style = Qt::SolidLine,
                      double widthFactor = 1.0);
    /// Hides a series from the legend (fills, markers, helpers).
    static void hideFromLegend(QCPGraph *graph);
    /// Moves the legend to the corner of the axis rectangle where it covers no text label and
    /// the fewest plotted points (call after the axes and labels are set) and redraws, a hidden
    /// legend too; again whenever the plot is resized, until setLegendCorner() fixes a corner.
    void placeLegendAwayFromData();
    /// Puts the legend in a corner of the axis rectangle (where the data leave room).
    void setLegendCorner(Qt::Alignment corner);

    /// A vertical line across the axis rectangle at `x` (plot coordinates): an integration limit,
    /// a window edge. With a non-empty `id` and `draggable`, the person can drag it: the plot
    /// emits verticalLineMoved while it moves and verticalLineReleased when it is let go.
    QCPItemLine *addVerticalLine(double x, const QPen &pen, const QString &id = {}, bool draggable = false);
    /// A shaded band between two x values across the axis rectangle (a baseline window).
    QCPItemRect *addVerticalBand(double low, double high, const QBrush &brush, const QString &id = {});
    /// Moves a line or band edge by id (no signal). Returns false when there is no such item.
    bool moveVerticalLine(const QString &id, double x);
    bool moveVerticalBand(const QString &id, double low, double high);
    /// The x of a line by id (NaN when there is none).
    double verticalLineX(const QString &id) const;
    /// Removes every line and band added above.
    void clearVerticalItems();
    /// Drags the line `id` to `x` as a person would (moved, then released signals). For tests and
    /// keyboard editing. Returns false when there is no such draggable line.
    bool dragVerticalLine(const QString &id, double x);

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
    /// A draggable vertical line is being dragged to `x`.
    void verticalLineMoved(const QString &id, double x);
    /// A draggable vertical line was let go at `x` (panels store it then: one undoable change).
    void verticalLineReleased(const QString &id, double x);
    void copyRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QCPGraph *nearestGraph(const QPointF &position, int *dataIndex) const;
    QCPItemLine *draggableLineAt(const QPointF &position) const;
    QCPItemLine *lineById(const QString &id) const;
    void styleGraph(QCPGraph *graph) const;
    /// Of `corners` of the axis rect, the one where a box of `size` covers no text label and
    /// the fewest data points.
    Qt::Alignment emptiestCorner(const QSize &size, const QList<Qt::Alignment> &corners) const;
    void moveLegendTo(Qt::Alignment corner);
    /// Puts the "simulated data" mark in that corner of the axis rect.
    void placeSimulatedMark(Qt::Alignment corner);

    PlotTypography m_typography;
    QStringList m_highlighted;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_simulatedMark = nullptr;
    bool m_legendAwayFromData = false; ///< placeLegendAwayFromData() again on resize
    int m_nextColor = 0;
    QPointF m_pressPosition;
    QList<QCPAbstractItem *> m_verticalItems;
    QCPItemLine *m_draggedLine = nullptr;
};

} // namespace gb
