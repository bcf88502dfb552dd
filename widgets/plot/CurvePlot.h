#pragma once

#include "data/Dataset.h"

#include <qcustomplot.h>

namespace gb {

/// A plot of one or more curves with publication typography: mouse-wheel zoom, drag to pan,
/// double-click to reset, and a read-out of the point under the cursor.
class CurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit CurvePlot(QWidget *parent = nullptr);

    /// Removes every curve.
    void clearCurves();
    /// Adds `y` against `x` as a line; the axis titles come from the columns' names and units.
    void addCurve(const Column &x, const Column &y, const QString &name);
    /// Fits the axes to the data.
    void resetView();

Q_SIGNALS:
    /// The data coordinates under the mouse, for a status-bar read-out.
    void hovered(const QString &readout);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    static QString axisTitle(const Column &column);
};

} // namespace gb
